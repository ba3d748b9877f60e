// `digestbot once`: one cycle in the foreground, as an operator (or a cron job) runs it.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_FIXTURES } from '../../fixtures/stories.js';
import { runCli } from '../../helpers/cli.js';
import { startLoopbackServer, type LoopbackServer } from '../../helpers/loopback-server.js';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('digestbot once', () => {
  let server: LoopbackServer;
  let env: Record<string, string>;
  beforeAll(async () => {
    const now = Date.now();
    const items = STORY_FIXTURES.slice(0, 8).map(
      (f) =>
        `<item><title>${escape(f.title)}</title><link>https://news.example/${f.key}</link><pubDate>${new Date(now - f.hoursAgo * 3_600_000).toUTCString()}</pubDate><description>${escape(f.text)}</description></item>`,
    );
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss version="2.0"><channel><title>Fixture Wire</title>${items.join('')}</channel></rss>`);
    });
    env = { DIGESTBOT_DATA_DIR: mkdtempSync(join(tmpdir(), 'digestbot-once-')), FEED_ALLOW_PRIVATE: '127.0.0.1/32' };
    const added = await runCli(['feeds', 'add', server.url('/feed.xml'), '--backfill', '48h', '--full-text', 'off'], { env });
    expect(added.code).toBe(0);
  });
  afterAll(async () => {
    await server.close();
  });

  it('--dry-run prints the coming digest and stores no digest', async () => {
    const r = await runCli(['once', '--dry-run'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('console:terminal (dry run: nothing posted)');
    expect(r.stdout).toContain('Harbor Robotics');
    expect(r.stdout).toMatch(/reported by 3 sources|Fixture Wire/);
    const again = await runCli(['once', '--dry-run'], { env });
    expect(again.stdout).toContain('Harbor Robotics'); // nothing was marked as used
  });

  it('--now posts a digest to each destination, once', async () => {
    const withDest = { ...env, DIGESTBOT_DESTINATIONS: 'console:ops-terminal' };
    const r = await runCli(['once', '--now'], { env: withDest });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/console:ops-terminal .*: queued/);
    expect(r.stdout).toContain('Harbor Robotics');
    expect(r.stdout).toMatch(/posted 1 message, 0 failed, 0 still queued/);
    const without = await runCli(['once'], { env: withDest });
    expect(without.code).toBe(0);
    expect(without.stdout).toMatch(/no slot due within the grace window|slot /);
    expect(without.stdout).not.toContain('Harbor Robotics');
  });
});

// The operator's side of issue 19, as real processes: config check warns about a destination
// without credentials and start refuses it naming the variable; once --dry-run honours
// emptyDigest: skip; the CLI refuses to remove a config feed; OPML import and export; a listing
// piped into head ends quietly; the demo never deletes a folder it did not make.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { rssDocument, startLoopbackServer, type LoopbackServer } from '../../helpers/loopback-server.js';

const CLI = fileURLToPath(new URL('../../../src/cli.ts', import.meta.url));
const fresh = (name: string) => mkdtempSync(join(tmpdir(), `digestbot-${name}-`));

describe('config check and start with a destination the bot cannot post to', () => {
  const env = { DIGESTBOT_DESTINATIONS: 'slack:C0123456789', DIGESTBOT_DATA_DIR: fresh('creds') };

  it('config check prints the configuration and warns, naming the variable', async () => {
    const r = await runCli(['config', 'check'], { env });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).destinations).toEqual([expect.objectContaining({ platform: 'slack', channel: 'C0123456789' })]);
    expect(r.stderr).toBe(
      'warning: destinations[0] (slack:C0123456789) posts to Slack, but SLACK_BOT_TOKEN is not set: set SLACK_BOT_TOKEN ' +
        '(or SLACK_BOT_TOKEN_FILE), or remove destinations[0] (start refuses this)\n',
    );
  });

  it('start refuses, exit 2, with the same message', async () => {
    const r = await runCli(['start'], { env: { ...env, PORT: '0' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CONFIG_INVALID: Invalid configuration (settings that cannot work together): 1 problem:');
    expect(r.stderr).toContain('SLACK_BOT_TOKEN is not set: set SLACK_BOT_TOKEN');
  });
});

describe('the CLI and the config file', () => {
  let server: LoopbackServer;
  let env: Record<string, string>;
  beforeAll(async () => {
    server = await startLoopbackServer((req, res) => {
      if (req.url === '/feed.xml')
        res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(rssDocument('Config Wire', [{ guid: 'a', title: 'Old news' }]));
      else res.writeHead(404).end();
    });
    const dir = fresh('cli');
    const config = join(dir, 'digestbot.yaml');
    writeFileSync(
      config,
      [
        'feeds:',
        `  - { url: "${server.url('/feed.xml')}", topic: robotics }`,
        'destinations:',
        '  - { platform: console, channel: ops, emptyDigest: skip }',
      ].join('\n'),
    );
    env = { DIGESTBOT_CONFIG: config, DIGESTBOT_DATA_DIR: join(dir, 'data'), FEED_ALLOW_PRIVATE: `127.0.0.1:${server.port}` };
  });
  afterAll(() => server.close());

  it('once --dry-run honours emptyDigest: skip', async () => {
    const r = await runCli(['once', '--dry-run'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /── console:ops \(dry run\): nothing new for .*; this destination skips empty digests \(emptyDigest: skip\), so nothing would be posted ──/,
    );
    expect(r.stdout).not.toContain('Nothing new since');
  });

  it('feeds remove refuses a feed the config file declares; feeds list shows where each comes from', async () => {
    const list = await runCli(['feeds', 'list'], { env });
    expect(list.stdout).toMatch(/^1\t(new|ok) · config\tConfig Wire\t/m);
    const r = await runCli(['feeds', 'remove', '1'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CONFIG_OWNED: Feed 1 (');
    expect(r.stderr).toContain("is set in the bot's config file (feeds): change or remove it there, then restart digestbot.");
  });

  it('imports an OPML file and exports every feed', async () => {
    const file = fileURLToPath(new URL('../../fixtures/opml/miniflux.opml', import.meta.url));
    const imported = await runCli(['feeds', 'import', file], { env });
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('imported 3, skipped 0, not read 0');
    expect(imported.stdout).toMatch(/added feed \d+: https:\/\/cobotq\.example\/feed\.rss \[Hardware\] Cobot Quarterly/);
    const out = join(fresh('export'), 'feeds.opml');
    expect((await runCli(['feeds', 'export', '--out', out], { env })).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('<outline text="Hardware" title="Hardware">');
    expect(text).toContain(`xmlUrl="${server.url('/feed.xml')}"`);
    const bad = await runCli(['feeds', 'import', join(tmpdir(), 'no-such.opml')], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('BAD_ARGUMENT: Cannot read');
  });

  it('feeds list | head ends quietly: no EPIPE stack trace, exit 0', async () => {
    const many = Array.from({ length: 1500 }, (_, i) => `<outline text="Feed ${i}" xmlUrl="https://many.example/${i}.xml"/>`);
    const opml = join(fresh('many'), 'many.opml');
    writeFileSync(opml, `<opml version="2.0"><body>${many.join('')}</body></opml>`);
    expect((await runCli(['feeds', 'import', opml], { env })).code).toBe(0);
    // What `| head -n 2` does: read two lines, then close the pipe while the bot is still writing.
    const r = await new Promise<{ out: string; err: string; code: number | null }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'feeds', 'list'], {
        env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.split('\n').length > 2) child.stdout.destroy();
      });
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      child.on('close', (code) => resolve({ out, err, code }));
    });
    expect(r.out.length).toBeLessThan(100_000);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('digestbot demo --out', () => {
  it('refuses a folder holding files it did not write, and leaves them', async () => {
    const dir = fresh('demo-out');
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'keep.txt'), 'mine');
    const r = await runCli(['demo', '--out', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `BAD_ARGUMENT: ${dir} already holds files the demo did not write (notes); pass --out with a new or empty folder.`,
    );
    expect(readFileSync(join(dir, 'notes', 'keep.txt'), 'utf8')).toBe('mine');
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });
});

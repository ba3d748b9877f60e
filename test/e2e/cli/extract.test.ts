// `digestbot extract <file|url>... --json`: the EVALUATION.md contract.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { startLoopbackServer } from '../../helpers/loopback-server.js';

const dir = mkdtempSync(join(tmpdir(), 'digestbot-extract-'));
const fixture = new URL('../../fixtures/pages/news-article.html', import.meta.url);
const page = join(dir, 'page.html');
copyFileSync(fixture, page);
const zipped = join(dir, 'page.html.gz');
writeFileSync(zipped, gzipSync(readFileSync(fixture)));
const empty = join(dir, 'empty.html');
writeFileSync(empty, '<html><body><nav><a href="/">Home</a></nav></body></html>');

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('digestbot extract --json', () => {
  it('prints one line per page, in order, in the EVALUATION.md shape; exit 0 when every page was read', async () => {
    const r = await runCli(['extract', page, zipped, empty, '--json']);
    expect(r.code).toBe(0);
    const [first, second, third] = lines(r.stdout);
    expect(Object.keys(first!)).toEqual(['file', 'title', 'text', 'byline', 'published', 'lang']);
    expect(first).toMatchObject({
      file: page,
      title: 'Harbour city approves tidal barrier after decade of delays',
      byline: 'Ines Marlow, Rafe Okoro',
      published: '2026-11-18T08:30:00.000Z',
      lang: 'en',
    });
    expect(first!.text).toMatch(/^PORTHAVEN — The city council[^]*\n\nCouncillors voted 31 to 9/);
    expect(second).toEqual({ ...first, file: zipped });
    expect(third).toEqual({ file: empty, error: { code: 'NO_ARTICLE', message: expect.any(String) } });
  });

  it('exits 1 when a file cannot be read, still printing the other pages', async () => {
    const r = await runCli(['extract', join(dir, 'missing.html'), page, '--json']);
    expect(r.code).toBe(1);
    const [missing, read] = lines(r.stdout);
    expect(missing).toMatchObject({ file: join(dir, 'missing.html'), error: { code: 'BAD_ARGUMENT' } });
    expect(read).toMatchObject({ file: page, lang: 'en' });
  });

  it('fetches a URL through the guarded fetch, and refuses a private address that is not allowed', async () => {
    const server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync(fixture));
    });
    try {
      const ok = await runCli(['extract', server.url('/story'), '--json'], { env: { FEED_ALLOW_PRIVATE: '127.0.0.1/32' } });
      expect(ok.code).toBe(0);
      expect(lines(ok.stdout)[0]).toMatchObject({ url: server.url('/story'), byline: 'Ines Marlow, Rafe Okoro' });
      const blocked = await runCli(['extract', server.url('/story'), '--json']);
      expect(blocked.code).toBe(1);
      expect(lines(blocked.stdout)[0]).toMatchObject({ url: server.url('/story'), error: { code: 'FEED_ADDRESS_BLOCKED' } });
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

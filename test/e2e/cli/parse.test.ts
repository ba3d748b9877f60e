import { gzipSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { startLoopbackServer } from '../../helpers/loopback-server.js';

const dir = mkdtempSync(join(tmpdir(), 'digestbot-parse-'));
const feed = join(dir, 'feed.xml');
const html = join(dir, 'page.html');
writeFileSync(
  feed,
  '<rss version="2.0"><channel><title>CLI &amp; Co</title><item><title>One</title><link>https://c.example/1</link></item></channel></rss>',
);
writeFileSync(html, '<html><body>hello</body></html>');

describe('digestbot parse --json', () => {
  it('prints one feed object in the shape docs/evaluation.md gives', async () => {
    const r = await runCli(['parse', feed, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['format', 'title', 'link', 'description', 'language', 'updated', 'items']);
    expect(out).toMatchObject({
      format: 'rss2.0',
      title: 'CLI & Co',
      items: [{ id: 'https://c.example/1', title: 'One', categories: [] }],
    });
    // the raw body handed on to the article stage is no part of the contract
    expect(Object.keys(out.items[0])).toEqual([
      'id',
      'title',
      'link',
      'published',
      'updated',
      'author',
      'summary',
      'content',
      'categories',
    ]);
  });

  it('prints {"error"} and exits 1 for a single input that is not a feed', async () => {
    const r = await runCli(['parse', html, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({ error: { code: 'NOT_A_FEED', message: expect.stringContaining('html') } });
  });

  it('prints EMPTY_DOCUMENT and exits 1 for an empty file', async () => {
    const empty = join(dir, 'empty.xml');
    writeFileSync(empty, '<?xml version="1.0" encoding="utf-8"?>\n');
    const r = await runCli(['parse', empty, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      error: { code: 'EMPTY_DOCUMENT', message: expect.stringMatching(/only an XML prolog.*check that the URL serves the feed/) },
    });
  });

  it('prints one line per file with "file"; exit 0 when every file was read', async () => {
    const r = await runCli(['parse', feed, html, '--json']);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ file: feed, title: 'CLI & Co' });
    expect(lines[1]).toMatchObject({ file: html, error: { code: 'NOT_A_FEED' } });
  });

  it('exits 1 when a file cannot be read', async () => {
    const r = await runCli(['parse', feed, join(dir, 'missing.xml'), '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout.trim().split('\n')[1]!)).toMatchObject({ error: { code: 'BAD_ARGUMENT' } });
  });

  it('reads a gzip file, and stdin with -', async () => {
    const gz = join(dir, 'feed.atom.gz');
    writeFileSync(gz, gzipSync('<feed xmlns="http://www.w3.org/2005/Atom"><title>Zipped</title></feed>'));
    const zipped = await runCli(['parse', gz, '--json']);
    expect(JSON.parse(zipped.stdout)).toMatchObject({ format: 'atom1.0', title: 'Zipped' });
    const piped = await runCli(['parse', '-', '--json'], {
      input: '{"version":"https://jsonfeed.org/version/1.1","title":"Piped","items":[]}',
    });
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toMatchObject({ format: 'json1.1', title: 'Piped' });
  });

  it('fetches a URL through the guarded fetch, and refuses a private address that is not allowed', async () => {
    const server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(
        '<rss version="2.0"><channel><title>Over HTTP</title><item><title>Fetched</title><link>/a/1</link></item></channel></rss>',
      );
    });
    try {
      const ok = await runCli(['parse', server.url('/feed.xml'), '--json'], { env: { FEED_ALLOW_PRIVATE: '127.0.0.1/32' } });
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.stdout)).toMatchObject({
        title: 'Over HTTP',
        items: [{ title: 'Fetched', link: server.url('/a/1') }],
      });
      const blocked = await runCli(['parse', server.url('/feed.xml'), '--json']);
      expect(blocked.code).toBe(1);
      expect(JSON.parse(blocked.stdout).error.code).toBe('FEED_ADDRESS_BLOCKED');
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});

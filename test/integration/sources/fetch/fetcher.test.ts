// What the fetcher does with real loopback servers: decoding, conditional GET, redirects, status
// codes, Retry-After backoff per host, time and size limits, TLS verification, concurrency.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, deflateSync, gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../../../src/config.js';
import { isAppError } from '../../../../src/errors.js';
import { createFetcher, type Fetcher, type FetchError } from '../../../../src/sources/fetch/index.js';
import { USER_AGENT } from '../../../../src/version.js';
import { startLoopbackServer, type LoopbackServer } from '../../../helpers/loopback-server.js';

const FEED = '<rss version="2.0"><channel><title>T</title></channel></rss>';
const limits = (over: Record<string, unknown> = {}) =>
  configSchema.parse({ fetch: { allowPrivate: ['127.0.0.1/32'], connectTimeoutMs: 300, timeoutMs: 800, ...over } }).fetch;

const failure = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail('expected a failure'),
    (e: unknown) => e as FetchError,
  );
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('fetcher', () => {
  let server: LoopbackServer;
  let fetcher: Fetcher;
  let clock = Date.UTC(2026, 10, 21, 12);
  let etagHits = 0;

  beforeAll(async () => {
    server = await startLoopbackServer(async (req, res) => {
      const url = new URL(req.url!, 'http://x');
      const p = url.pathname;
      if (p === '/gzip') res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(FEED));
      else if (p === '/br') res.writeHead(200, { 'content-encoding': 'br' }).end(brotliCompressSync(FEED));
      else if (p === '/deflate') res.writeHead(200, { 'content-encoding': 'deflate' }).end(deflateSync(FEED));
      else if (p === '/weird-encoding') res.writeHead(200, { 'content-encoding': 'zstd' }).end('xx');
      else if (p === '/corrupt-gzip') res.writeHead(200, { 'content-encoding': 'gzip' }).end('not gzip at all');
      else if (p === '/corrupt-br') res.writeHead(200, { 'content-encoding': 'br' }).end('not brotli, not at all, no');
      else if (p === '/conditional') {
        etagHits++;
        if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"', 'cache-control': 'max-age=7200' }).end();
        else res.writeHead(200, { etag: '"v1"', 'last-modified': 'Fri, 20 Nov 2026 10:00:00 GMT' }).end(FEED);
      } else if (p === '/expires') {
        res.writeHead(200, { date: 'Sat, 21 Nov 2026 12:00:00 GMT', expires: 'Sat, 21 Nov 2026 14:00:00 GMT' }).end(FEED);
      } else if (p.startsWith('/hop/')) {
        const n = Number(p.slice(5));
        res.writeHead(n === 0 ? 200 : 301, n === 0 ? {} : { location: `/hop/${n - 1}` }).end(n === 0 ? FEED : '');
      } else if (p.startsWith('/status/')) {
        const status = Number(p.slice(8));
        const headers: Record<string, string> = {};
        if (url.searchParams.has('retry')) headers['retry-after'] = url.searchParams.get('retry')!;
        res.writeHead(status, headers).end('nope');
      } else if (p === '/hang') await sleep(5000).then(() => res.end(FEED));
      else if (p === '/trickle') {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        for (let i = 0; i < 50 && !res.destroyed; i++) {
          res.write('<!-- still here -->');
          await sleep(100);
        }
        res.end();
      } else if (p === '/declared-huge') res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) }).end();
      else if (p === '/chunked-huge') {
        res.writeHead(200);
        const block = Buffer.alloc(64 * 1024, 97);
        for (let i = 0; i < 40 && !res.destroyed; i++) res.write(block);
        res.end();
      } else if (p === '/slow') await sleep(150).then(() => res.end(FEED));
      else res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(FEED);
    });
  });
  afterAll(() => server.close());
  afterEach(async () => {
    await fetcher?.close();
  });

  const make = (over: Record<string, unknown> = {}) => (fetcher = createFetcher(limits(over), { now: () => clock }));

  it('sends its User-Agent and encodings, and returns the body with its content type', async () => {
    const res = await make().fetchFeed(server.url('/plain'));
    expect(res).toMatchObject({ kind: 'ok', contentType: 'application/rss+xml; charset=utf-8', finalUrl: server.url('/plain') });
    expect(res.kind === 'ok' && res.body.toString()).toBe(FEED);
    const headers = server.requests.at(-1)!.headers;
    expect(headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^digestbot\/\d+\.\d+\.\d+ \(\+https:\/\//);
    expect(headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it.each(['/gzip', '/br', '/deflate'])('decodes %s bodies', async (path) => {
    const res = await make().fetchFeed(server.url(path));
    expect(res.kind === 'ok' && res.body.toString()).toBe(FEED);
  });

  it('names an unsupported or corrupt encoding', async () => {
    make();
    const weird = await failure(fetcher.fetchFeed(server.url('/weird-encoding')));
    expect(weird).toMatchObject({ code: 'FEED_FETCH_FAILED', message: 'Unsupported Content-Encoding "zstd"' });
    const corrupt = await failure(fetcher.fetchFeed(server.url('/corrupt-gzip')));
    expect(corrupt.code).toBe('FEED_FETCH_FAILED');
    expect(corrupt.message).toMatch(/gzip body is corrupt/);
    const corruptBr = await failure(fetcher.fetchFeed(server.url('/corrupt-br')));
    expect(corruptBr).toMatchObject({ code: 'FEED_FETCH_FAILED', message: 'The br body is corrupt: Decompression failed' });
  });

  it('round-trips validators: ETag and Last-Modified come back as If-None-Match / If-Modified-Since, 304 is not-modified', async () => {
    make();
    const first = await fetcher.fetchFeed(server.url('/conditional'));
    expect(first).toMatchObject({ kind: 'ok', etag: '"v1"', lastModified: 'Fri, 20 Nov 2026 10:00:00 GMT' });
    const validators = first.kind === 'ok' ? { etag: first.etag, lastModified: first.lastModified } : {};
    const second = await fetcher.fetchFeed(server.url('/conditional'), validators);
    expect(second).toMatchObject({ kind: 'not-modified', freshForMs: 7_200_000 });
    expect(server.requests.at(-1)!.headers).toMatchObject({
      'if-none-match': '"v1"',
      'if-modified-since': 'Fri, 20 Nov 2026 10:00:00 GMT',
    });
    expect(etagHits).toBe(2);
  });

  it('reads freshness from Expires against Date', async () => {
    expect(await make().fetchFeed(server.url('/expires'))).toMatchObject({ freshForMs: 2 * 3_600_000 });
  });

  it('follows up to 5 redirects and refuses the 6th', async () => {
    make();
    expect(await fetcher.fetchFeed(server.url('/hop/5'))).toMatchObject({ kind: 'ok', finalUrl: server.url('/hop/0') });
    const err = await failure(fetcher.fetchFeed(server.url('/hop/6')));
    expect(err).toMatchObject({ code: 'FEED_REDIRECT_REFUSED' });
    expect(err.message).toContain('more than 5 redirects');
  });

  it.each([
    [404, false],
    [410, false],
    [500, true],
    [403, false],
  ])('reports HTTP %i with its status', async (status, retryable) => {
    const err = await failure(make().fetchFeed(server.url(`/status/${status}`)));
    expect(err).toMatchObject({ code: 'FEED_HTTP_ERROR', status, retryable });
    expect(err.message).toContain(`answered HTTP ${status}`);
  });

  it('waits Retry-After on 429: the host is not asked again until then', async () => {
    make();
    const err = await failure(fetcher.fetchFeed(server.url('/status/429?retry=120')));
    expect(err).toMatchObject({ code: 'FEED_HTTP_ERROR', status: 429, retryAt: clock + 120_000 });
    const seen = server.requests.length;
    const blocked = await failure(fetcher.fetchFeed(server.url('/plain')));
    expect(blocked).toMatchObject({ code: 'RATE_LIMITED', retryAt: clock + 120_000 });
    expect(server.requests.length).toBe(seen);
    clock += 120_000;
    expect((await fetcher.fetchFeed(server.url('/plain'))).kind).toBe('ok');
    expect(server.requests.length).toBe(seen + 1);
  });

  it.each([
    ['503 with an HTTP date', '/status/503?retry=' + encodeURIComponent('Sat, 21 Nov 2026 13:30:00 GMT'), 90 * 60_000],
    ['429 without Retry-After: 600 s', '/status/429', 600_000],
    ['429 asking for two days: capped at 6 h', '/status/429?retry=172800', 6 * 3_600_000],
  ])('%s', async (_name, path, wait) => {
    clock = Date.UTC(2026, 10, 21, 12);
    const err = await failure(make().fetchFeed(server.url(path)));
    expect(err.retryAt).toBe(clock + wait);
  });

  it('gives up on a server that never answers (total timeout)', async () => {
    const err = await failure(make().fetchFeed(server.url('/hang')));
    expect(err).toMatchObject({ code: 'FEED_TIMEOUT', message: `${server.url('/hang')}: no complete answer within 800 ms` });
  });

  it('gives up on a body that trickles past the total timeout', async () => {
    const err = await failure(make().fetchFeed(server.url('/trickle')));
    expect(err.code).toBe('FEED_TIMEOUT');
  });

  it('refuses bodies over the cap, declared or streamed', async () => {
    make({ maxBodyBytes: 1024 * 1024 });
    expect(await failure(fetcher.fetchFeed(server.url('/declared-huge')))).toMatchObject({
      code: 'FEED_TOO_LARGE',
      message: `The feed declares ${50 * 1024 * 1024} bytes; the limit is 1048576`,
    });
    expect(await failure(fetcher.fetchFeed(server.url('/chunked-huge')))).toMatchObject({ code: 'FEED_TOO_LARGE' });
  });

  it('stops gzip and brotli bombs at the cap', async () => {
    const zeros = Buffer.alloc(100 * 1024 * 1024);
    const gz = gzipSync(zeros, { level: 9 });
    const br = brotliCompressSync(zeros, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
    expect(br.length).toBeLessThan(5000);
    const bombs = await startLoopbackServer((req, res) => {
      const isBr = req.url === '/br';
      res.writeHead(200, { 'content-encoding': isBr ? 'br' : 'gzip' }).end(isBr ? br : gz);
    });
    // Only the cap may stop these: a loaded machine must not turn them into timeouts.
    make({ allowPrivate: [`127.0.0.1:${bombs.port}`], timeoutMs: 60_000 });
    for (const path of ['/gzip', '/br']) {
      const err = await failure(fetcher.fetchFeed(bombs.url(path)));
      expect(err).toMatchObject({
        code: 'FEED_TOO_LARGE',
        message: 'The feed is larger than 10485760 bytes (after decompression); fetch.maxBodyBytes raises the cap',
      });
    }
    await bombs.close();
  });

  it('keeps at most 2 requests per host and the global limit overall', async () => {
    let active = 0;
    let peak = 0;
    const perHost = new Map<string, number>();
    let peakPerHost = 0;
    const busy = await startLoopbackServer(async (req, res) => {
      const host = req.headers.host!;
      active++;
      perHost.set(host, (perHost.get(host) ?? 0) + 1);
      peak = Math.max(peak, active);
      peakPerHost = Math.max(peakPerHost, perHost.get(host)!);
      await sleep(40);
      active--;
      perHost.set(host, perHost.get(host)! - 1);
      res.end(FEED);
    });
    fetcher = createFetcher(limits({ concurrency: 3, perHostConcurrency: 2, timeoutMs: 5000 }), {
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    const urls = ['a', 'b', 'c'].flatMap((h) => Array.from({ length: 4 }, (_, i) => `http://${h}.test:${busy.port}/${i}`));
    const results = await Promise.all(urls.map((u) => fetcher.fetchFeed(u)));
    await busy.close();
    expect(results.every((r) => r.kind === 'ok')).toBe(true);
    expect(busy.requests).toHaveLength(12);
    expect(peakPerHost).toBe(2);
    expect(peak).toBe(3);
  });
});

describe('fetcher over TLS', () => {
  const servers: { close(): void }[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  it('gives up on a connection that never completes its handshake (connect timeout)', async () => {
    const sockets: Socket[] = [];
    const silent = createTcpServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    servers.push({ close: () => (sockets.forEach((s) => s.destroy()), silent.close()) });
    const port = (silent.address() as AddressInfo).port;
    const fetcher = createFetcher(limits());
    const err = await failure(fetcher.fetchFeed(`https://127.0.0.1:${port}/feed`));
    await fetcher.close();
    expect(err).toMatchObject({ code: 'FEED_TIMEOUT', message: `127.0.0.1:${port}: no connection within 300 ms` });
  });

  it('verifies certificates: a self-signed server is refused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'digestbot-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    const tls = createTlsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_q, s) =>
      s.end(FEED),
    );
    await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r));
    servers.push({ close: () => (tls.closeAllConnections(), tls.close()) });
    const fetcher = createFetcher(limits({ timeoutMs: 3000, connectTimeoutMs: 3000 }));
    const err = await failure(fetcher.fetchFeed(`https://127.0.0.1:${(tls.address() as AddressInfo).port}/feed`));
    await fetcher.close();
    expect(isAppError(err, 'FEED_FETCH_FAILED')).toBe(true);
    expect(err.message).toMatch(/self[- ]signed certificate/);
  });
});

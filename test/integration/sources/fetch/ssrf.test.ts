// The guard at the fetcher: refusals happen before any socket opens (checked with Node's own
// `net.client.socket` channel), on literal addresses, DNS answers and every redirect hop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../../../src/config.js';
import { isAppError } from '../../../../src/errors.js';
import { createFetcher, type Resolve } from '../../../../src/sources/fetch/index.js';
import { countSocketsDuring, startLoopbackServer, type LoopbackServer } from '../../../helpers/loopback-server.js';
import { REFUSED } from './ranges.js';

const limits = (allowPrivate: string[] = []) => configSchema.parse({ fetch: { allowPrivate, timeoutMs: 3000 } }).fetch;

function stubDns(answers: Record<string, string[]>): Resolve & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (host: string) => {
    calls.push(host);
    const list = answers[host];
    if (!list) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return list.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { calls });
}

async function refusal(fn: () => Promise<unknown>) {
  const { sockets, result } = await countSocketsDuring(fn);
  expect(result.status).toBe('rejected');
  return { sockets, error: (result as PromiseRejectedResult).reason as Error & { code?: string } };
}

describe('SSRF guard in the fetcher', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopbackServer((req, res) => {
      if (req.url?.startsWith('/to/')) {
        res.writeHead(302, { location: decodeURIComponent(req.url.slice(4)) }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel/></rss>');
    });
  });
  afterAll(() => server.close());

  it.each(REFUSED)('refuses a literal %s (%s) without opening a socket', async (address) => {
    const fetcher = createFetcher(limits());
    const host = address.includes(':') ? `[${address}]` : address;
    const { sockets, error } = await refusal(() => fetcher.fetchFeed(`http://${host}/feed`));
    await fetcher.close();
    expect(isAppError(error, 'FEED_ADDRESS_BLOCKED')).toBe(true);
    expect(sockets).toBe(0);
  });

  it.each(REFUSED)('refuses a name that resolves to %s (%s) without opening a socket', async (address) => {
    const dns = stubDns({ 'feed.example': [address] });
    const fetcher = createFetcher(limits(), { resolve: dns });
    const { sockets, error } = await refusal(() => fetcher.fetchFeed('https://feed.example/rss'));
    await fetcher.close();
    expect(error.message).toContain(`Refused to connect to feed.example: ${address}`);
    expect(sockets).toBe(0);
    expect(dns.calls).toEqual(['feed.example']);
  });

  it.each(['http://2130706433/', 'http://0x7f.1/', 'http://127.1/', 'http://0177.0.0.1/', 'http://[::ffff:127.0.0.1]/'])(
    'refuses the odd spelling %s of loopback',
    async (url) => {
      const fetcher = createFetcher(limits());
      const { sockets, error } = await refusal(() => fetcher.fetchFeed(url.replace(/\/$/, `:${server.port}/`)));
      await fetcher.close();
      expect(isAppError(error, 'FEED_ADDRESS_BLOCKED')).toBe(true);
      expect(sockets).toBe(0);
    },
  );

  it('refuses the whole answer when one of the resolved addresses is private', async () => {
    const dns = stubDns({
      'mixed.example': ['93.184.216.34', '10.0.0.7'],
      'mixed6.example': ['2606:4700::1111', 'fd00:ec2::254'],
    });
    const fetcher = createFetcher(limits(), { resolve: dns });
    for (const host of ['mixed.example', 'mixed6.example']) {
      const { sockets, error } = await refusal(() => fetcher.fetchFeed(`https://${host}/feed`));
      expect(isAppError(error, 'FEED_ADDRESS_BLOCKED')).toBe(true);
      expect(sockets).toBe(0);
    }
    await fetcher.close();
  });

  it('refuses a loopback server that is not on the allow-list; the server sees nothing', async () => {
    const before = server.requests.length;
    const fetcher = createFetcher(limits(['127.0.0.1:1']));
    const { sockets, error } = await refusal(() => fetcher.fetchFeed(server.url('/feed')));
    await fetcher.close();
    expect(isAppError(error, 'FEED_ADDRESS_BLOCKED')).toBe(true);
    expect(sockets).toBe(0);
    expect(server.requests.length).toBe(before);
  });

  it('dials the checked address once per connection and keeps the name in the Host header', async () => {
    const dns = stubDns({ 'feed.test': ['127.0.0.1'] });
    const fetcher = createFetcher(limits(['127.0.0.1/32']), { resolve: dns });
    const { sockets, result } = await countSocketsDuring(() => fetcher.fetchFeed(`http://feed.test:${server.port}/named`));
    await fetcher.close();
    expect(result).toMatchObject({ status: 'fulfilled', value: { kind: 'ok' } });
    expect(sockets).toBe(1);
    expect(dns.calls).toEqual(['feed.test']);
    expect(server.requests.at(-1)).toMatchObject({ path: '/named', headers: { host: `feed.test:${server.port}` } });
  });

  it('resolves again for a new connection, and refuses when the name now points inside (no rebinding)', async () => {
    let answer = '127.0.0.1';
    const calls: string[] = [];
    const resolve: Resolve = async (host) => {
      calls.push(host);
      return [{ address: answer, family: 4 }];
    };
    const fetcher = createFetcher(limits([`feed.test:${server.port}`]), { resolve });
    expect((await fetcher.fetchFeed(`http://feed.test:${server.port}/one`)).kind).toBe('ok');
    await fetcher.close();
    answer = '169.254.169.254';
    const second = createFetcher(limits([`127.0.0.1/32`]), { resolve });
    const { sockets, error } = await refusal(() => second.fetchFeed(`http://feed.test:${server.port}/two`));
    await second.close();
    expect(error.message).toContain('169.254.169.254 is a linkLocal address');
    expect(sockets).toBe(0);
    expect(calls).toEqual(['feed.test', 'feed.test']);
  });

  it('checks every redirect hop: a redirect to metadata or to another loopback port is refused', async () => {
    const other = await startLoopbackServer((_req, res) => void res.end('secret'));
    const fetcher = createFetcher(limits([`127.0.0.1:${server.port}`]));
    for (const target of ['http://169.254.169.254/latest/meta-data/', other.url('/admin'), 'http://[::1]/', 'http://0x7f.1/']) {
      const { sockets, error } = await refusal(() => fetcher.fetchFeed(server.url(`/to/${encodeURIComponent(target)}`)));
      expect(isAppError(error, 'FEED_ADDRESS_BLOCKED')).toBe(true);
      expect(sockets).toBeLessThanOrEqual(1);
    }
    await fetcher.close();
    await other.close();
    expect(other.requests).toHaveLength(0);
  });

  it('refuses redirects to other schemes', async () => {
    const fetcher = createFetcher(limits([`127.0.0.1:${server.port}`]));
    const err = await fetcher.fetchFeed(server.url(`/to/${encodeURIComponent('file:///etc/passwd')}`)).catch((e: unknown) => e);
    await fetcher.close();
    expect(isAppError(err, 'FEED_REDIRECT_REFUSED')).toBe(true);
    expect((err as Error).message).toContain('file: URL');
  });
});

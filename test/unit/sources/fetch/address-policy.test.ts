import { describe, expect, it } from 'vitest';
import { describeFetchPolicy, parseAllowList, refusalReason } from '../../../../src/sources/fetch/address-policy.js';
import { parseFeedUrl } from '../../../../src/sources/fetch/url.js';
import { isAppError } from '../../../../src/errors.js';
import { REFUSED } from '../../../integration/sources/fetch/ranges.js';

const none = parseAllowList([]);

describe('address policy', () => {
  it.each(REFUSED)('refuses %s (%s)', (address, range) => {
    expect(refusalReason(none, address, 'feed.example', 443)).toBe(`${address} is a ${range} address`);
  });

  it.each(['93.184.216.34', '8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '2a00:1450:4001::200e'])(
    'lets global unicast %s through',
    (address) => {
      expect(refusalReason(none, address, 'feed.example', 443)).toBeNull();
    },
  );

  it('refuses what is not an address at all', () => {
    expect(refusalReason(none, 'feed.example', 'feed.example', 443)).toMatch(/not an IP address/);
  });

  it('allows listed CIDRs and single addresses, and nothing next to them', () => {
    const p = parseAllowList(['10.0.0.0/8', '192.168.7.7', 'fd00::/8']);
    expect(refusalReason(p, '10.200.1.1', 'x', 80)).toBeNull();
    expect(refusalReason(p, '192.168.7.7', 'x', 80)).toBeNull();
    expect(refusalReason(p, 'fd12::5', 'x', 80)).toBeNull();
    expect(refusalReason(p, '192.168.7.8', 'x', 80)).toMatch(/private/);
    expect(refusalReason(p, '127.0.0.1', 'x', 80)).toMatch(/loopback/);
    // An allowed IPv4 range does not open its IPv4-mapped IPv6 spelling.
    expect(refusalReason(p, '::ffff:10.0.0.1', 'x', 80)).toMatch(/ipv4Mapped/);
  });

  it('allows host:port entries on that port only, by URL host or by address', () => {
    const p = parseAllowList(['intranet.local:8080', '127.0.0.1:9000', '[::1]:9001']);
    expect(refusalReason(p, '10.0.0.5', 'intranet.local', 8080)).toBeNull();
    expect(refusalReason(p, '10.0.0.5', 'INTRANET.local', 8080)).toBeNull();
    expect(refusalReason(p, '10.0.0.5', 'intranet.local', 80)).toMatch(/private/);
    expect(refusalReason(p, '127.0.0.1', 'anything.test', 9000)).toBeNull();
    expect(refusalReason(p, '127.0.0.1', '127.0.0.1', 9001)).toMatch(/loopback/);
    expect(refusalReason(p, '::1', '::1', 9001)).toBeNull();
  });

  it('describes the effective policy in one line', () => {
    const limits = {
      allowPrivate: ['10.0.0.0/8'],
      connectTimeoutMs: 10_000,
      timeoutMs: 20_000,
      maxBodyBytes: 10_485_760,
      perHostConcurrency: 2,
      concurrency: 8,
    };
    const line = describeFetchPolicy(limits);
    expect(line).toContain('global unicast addresses only (except 10.0.0.0/8)');
    expect(line).toContain('connect 10000 ms, total 20000 ms');
    expect(line).toContain('2 per host, 8 overall');
    expect(describeFetchPolicy({ ...limits, allowPrivate: [] })).toContain('(no exceptions)');
  });
});

describe('feed URLs', () => {
  it.each([
    ['http://2130706433/feed', '127.0.0.1'],
    ['http://0x7f.1/feed', '127.0.0.1'],
    ['http://127.1/feed', '127.0.0.1'],
    ['http://0177.0.0.1/feed', '127.0.0.1'],
    ['http://0x7f000001/feed', '127.0.0.1'],
    ['http://017700000001/', '127.0.0.1'],
    ['http://127.0.0.1./', '127.0.0.1'],
    ['http://0xa9.0xfe.0xa9.0xfe/latest/meta-data', '169.254.169.254'],
    ['http://[::ffff:127.0.0.1]/', '[::ffff:7f00:1]'],
    ['http://[0:0:0:0:0:ffff:127.0.0.1]/', '[::ffff:7f00:1]'],
  ])('reads the odd spelling %s as %s, which the guard refuses', (url, host) => {
    const parsed = parseFeedUrl(url);
    expect(parsed.hostname).toBe(host);
    expect(refusalReason(none, host.replace(/^\[|\]$/g, ''), host, 80)).not.toBeNull();
  });

  it.each([
    ['ftp://example.com/feed', /Only http and https/],
    ['file:///etc/passwd', /Only http and https/],
    ['gopher://127.0.0.1/', /Only http and https/],
    ['javascript:alert(1)', /Only http and https/],
    ['not a url', /Not a URL/],
    ['https://user:pw@example.com/feed', /user name or password/],
  ])('refuses %s', (url, message) => {
    const err = (() => {
      try {
        parseFeedUrl(url);
      } catch (e) {
        return e;
      }
    })();
    expect(isAppError(err, 'FEED_URL_INVALID')).toBe(true);
    expect((err as Error).message).toMatch(message);
  });

  it('drops the fragment and keeps the query', () => {
    expect(parseFeedUrl(' https://Example.COM:443/feed?x=1#top ').href).toBe('https://example.com/feed?x=1');
  });
});

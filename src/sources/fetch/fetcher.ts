// The one fetch every outbound feed request goes through: guarded dialing, redirects checked hop
// by hop, conditional GET, size and time limits, per-host concurrency and per-host backoff.
import type { IncomingHttpHeaders } from 'node:http';
import { Agent, request } from 'undici';
import type { Config } from '../../config.js';
import { errorMessage } from '../../errors.js';
import { USER_AGENT } from '../../version.js';
import { parseAllowList } from './address-policy.js';
import { readBody } from './body.js';
import { guardedConnector, systemResolve, type Resolve } from './connector.js';
import { FetchError } from './fetch-error.js';
import { freshForMs, header, retryAfterMs } from './http-hints.js';
import { ConcurrencyGate } from './limits.js';
import { parseFeedUrl } from './url.js';

export type FetchLimits = Config['fetch'];

export const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';
const ACCEPT_PAGE = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

interface ResponseBase {
  url: string;
  /** After redirects. */
  finalUrl: string;
  /** How long the server says the answer stays fresh (Cache-Control max-age, Expires), in ms. */
  freshForMs: number | null;
}

export type FeedResponse =
  | (ResponseBase & { kind: 'not-modified' })
  | (ResponseBase & {
      kind: 'ok';
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
    });

export interface Fetcher {
  fetchFeed(url: string, validators?: Validators): Promise<FeedResponse>;
  /** An article page, with the same guards and limits (and the same per-host gate) as feeds. */
  fetchPage(url: string): Promise<FeedResponse>;
  close(): Promise<void>;
}

export interface FetcherOptions {
  /** DNS; tests stub it. */
  resolve?: Resolve;
  now?: () => number;
}

export function createFetcher(limits: FetchLimits, options: FetcherOptions = {}): Fetcher {
  const now = options.now ?? Date.now;
  const policy = parseAllowList(limits.allowPrivate);
  const agent = new Agent({
    connect: guardedConnector(policy, options.resolve ?? systemResolve, limits.connectTimeoutMs),
    headersTimeout: limits.timeoutMs,
    bodyTimeout: limits.timeoutMs,
  });
  const gate = new ConcurrencyGate(limits.perHostConcurrency, limits.concurrency);
  const backoffUntil = new Map<string, number>();

  function checkBackoff(host: string): void {
    const until = backoffUntil.get(host);
    if (until === undefined) return;
    if (until <= now()) backoffUntil.delete(host);
    else {
      throw new FetchError('RATE_LIMITED', `${host} asked us to wait until ${new Date(until).toISOString()}`, {
        retryAt: until,
        retryable: true,
      });
    }
  }

  async function get(start: URL, validators: Validators, signal: AbortSignal, accept: string): Promise<FeedResponse> {
    let url = start;
    for (let redirects = 0; ; redirects++) {
      checkBackoff(url.hostname);
      const res = await request(url, { dispatcher: agent, method: 'GET', headers: requestHeaders(validators, accept), signal });
      const { statusCode: status, headers } = res;
      if (REDIRECTS.has(status) && header(headers, 'location')) {
        await res.body.dump();
        if (redirects === MAX_REDIRECTS) {
          throw new FetchError('FEED_REDIRECT_REFUSED', `${start.href}: more than ${MAX_REDIRECTS} redirects`);
        }
        url = redirectTarget(url, header(headers, 'location')!);
        continue;
      }
      const base = { url: start.href, finalUrl: url.href, freshForMs: freshForMs(headers, now()) };
      if (status === 304) {
        await res.body.dump();
        return { ...base, kind: 'not-modified' };
      }
      if (status < 200 || status > 299) {
        await res.body.dump();
        throw statusError(url, status, headers);
      }
      const declared = Number(header(headers, 'content-length'));
      if (declared > limits.maxBodyBytes) {
        res.body.destroy();
        throw new FetchError('FEED_TOO_LARGE', `The feed declares ${declared} bytes; the limit is ${limits.maxBodyBytes}`);
      }
      const body = await readBody(res.body, header(headers, 'content-encoding'), limits.maxBodyBytes);
      return {
        ...base,
        kind: 'ok',
        body,
        contentType: header(headers, 'content-type') ?? null,
        etag: header(headers, 'etag') ?? null,
        lastModified: header(headers, 'last-modified') ?? null,
      };
    }
  }

  function statusError(url: URL, status: number, headers: IncomingHttpHeaders): FetchError {
    if (status === 429 || status === 503) {
      const retryAt = now() + retryAfterMs(header(headers, 'retry-after'), now());
      backoffUntil.set(url.hostname, Math.max(retryAt, backoffUntil.get(url.hostname) ?? 0));
      return new FetchError('FEED_HTTP_ERROR', `${url.href} answered HTTP ${status}`, { status, retryAt, retryable: true });
    }
    return new FetchError('FEED_HTTP_ERROR', `${url.href} answered HTTP ${status}`, { status, retryable: status >= 500 });
  }

  // Async, so that a bad URL or a host's back-off rejects the promise instead of throwing at the call.
  async function fetch(rawUrl: string, validators: Validators, accept: string): Promise<FeedResponse> {
    const url = parseFeedUrl(rawUrl);
    checkBackoff(url.hostname);
    return gate.run(url.hostname, async () => {
      const signal = AbortSignal.timeout(limits.timeoutMs);
      try {
        return await get(url, validators, signal, accept);
      } catch (err) {
        throw fetchFailure(err, url, limits, signal);
      }
    });
  }

  return {
    fetchFeed: (rawUrl, validators = {}) => fetch(rawUrl, validators, ACCEPT),
    fetchPage: (rawUrl) => fetch(rawUrl, {}, ACCEPT_PAGE),
    close: () => agent.close(),
  };
}

function requestHeaders(v: Validators, accept: string): Record<string, string> {
  const h: Record<string, string> = { 'user-agent': USER_AGENT, accept, 'accept-encoding': 'gzip, deflate, br' };
  if (v.etag) h['if-none-match'] = v.etag;
  if (v.lastModified) h['if-modified-since'] = v.lastModified;
  return h;
}

function redirectTarget(from: URL, location: string): URL {
  let to: URL;
  try {
    to = new URL(location, from);
  } catch {
    throw new FetchError('FEED_REDIRECT_REFUSED', `${from.href} redirects to an unreadable address: ${location}`);
  }
  if (to.protocol !== 'http:' && to.protocol !== 'https:') {
    throw new FetchError('FEED_REDIRECT_REFUSED', `${from.href} redirects to a ${to.protocol} URL`);
  }
  if (from.protocol === 'https:' && to.protocol === 'http:') {
    throw new FetchError('FEED_REDIRECT_REFUSED', `${from.href} redirects from https to plain http (${to.href})`);
  }
  to.hash = '';
  return to;
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

function fetchFailure(err: unknown, url: URL, limits: FetchLimits, signal: AbortSignal): FetchError {
  if (err instanceof FetchError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new FetchError('FEED_TIMEOUT', `${url.host}: no connection within ${limits.connectTimeoutMs} ms`, { retryable: true });
  }
  if (signal.aborted || TIMEOUT_CODES.has(code)) {
    return new FetchError('FEED_TIMEOUT', `${url.href}: no complete answer within ${limits.timeoutMs} ms`, { retryable: true });
  }
  return new FetchError('FEED_FETCH_FAILED', `${url.href}: ${errorMessage(err)}`, { cause: err, retryable: true });
}

import { FetchError } from './fetch-error.js';

/**
 * A feed URL as typed by an admin: absolute http(s), no credentials. The WHATWG parser also
 * rewrites odd IPv4 spellings (`2130706433`, `0x7f.1`, `127.1`, `0177.0.0.1`) to dotted form,
 * so the address check sees the address that will be dialed.
 */
export function parseFeedUrl(raw: string): URL {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FetchError('FEED_URL_INVALID', `Not a URL: "${text}" (expected http:// or https://…)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('FEED_URL_INVALID', `Only http and https feeds are supported, not ${url.protocol} (${text})`);
  }
  if (url.username || url.password) {
    throw new FetchError('FEED_URL_INVALID', `Feed URLs may not carry a user name or password (${url.host})`);
  }
  url.hash = '';
  return url;
}

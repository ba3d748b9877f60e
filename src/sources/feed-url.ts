// The URL a feed is stored under: what the admin typed, checked (http(s), no credentials), with
// tracking parameters and the fragment dropped and the remaining parameters sorted. Its twins
// (http/https, trailing slash) share one key in the store (store/feed-key.ts).
import { parseFeedUrl } from './fetch/index.js';
import { canonicalUrl } from './normalize.js';

export function canonicalFeedUrl(raw: string): string {
  const checked = parseFeedUrl(raw).href;
  return canonicalUrl(checked) ?? checked;
}

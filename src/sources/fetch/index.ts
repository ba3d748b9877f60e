// The guarded feed fetcher: the only outbound HTTP for feeds.
export { describeFetchPolicy } from './address-policy.js';
export type { Resolve, ResolvedAddress } from './connector.js';
export { FetchError } from './fetch-error.js';
export {
  createFetcher,
  type FeedResponse,
  type Fetcher,
  type FetcherOptions,
  type FetchLimits,
  type Validators,
} from './fetcher.js';
export { parseFeedUrl } from './url.js';

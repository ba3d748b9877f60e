// Row types of every table, as Kysely sees them. Times are epoch milliseconds; booleans are 0/1;
// JSON columns are text validated with zod where they are read.
import type { Generated, Selectable } from 'kysely';

type Id = Generated<number>;

export interface FeedsTable {
  id: Id;
  url: string;
  title: string | null;
  topic: string | null;
  status: Generated<string>;
  disabled_reason: string | null;
  etag: string | null;
  last_modified: string | null;
  interval_minutes: number | null;
  next_check_at: number;
  last_checked_at: number | null;
  last_success_at: number | null;
  last_error_at: number | null;
  last_error_code: string | null;
  last_error: string | null;
  consecutive_failures: Generated<number>;
  consecutive_not_found: Generated<number>;
  backfill_since: number | null;
  primed_at: number | null;
  /** JSON array of the digests of the item keys the last good fetch carried. */
  last_items: string | null;
  added_at: number;
  added_by: string | null;
  /** The replica polling this feed right now, until lease_until (epoch ms). */
  lease_owner: string | null;
  lease_until: number | null;
  /** Who owns the row: config, admin or seed (decision 0020). */
  origin: Generated<string>;
  /** The URL without scheme and trailing slash (store/feed-key.ts); unique. */
  canonical_key: string | null;
  /** The site the feed belongs to (OPML htmlUrl). */
  site_url: string | null;
  /** auto, always or off: when the article page is fetched for its full text (decision 0025). */
  full_text: Generated<string>;
}

export interface ArticlesTable {
  id: Id;
  canonical_url: string | null;
  url: string | null;
  title: string;
  text: string;
  author: string | null;
  published_at: number | null;
  first_seen_at: number;
  categories: Generated<string>;
  content_hash: string;
  digest_eligible: Generated<number>;
  outlet: string;
  topic: string | null;
  rounds_read_at: number | null;
  /** ISO 639-1, null when the detector was unsure. */
  lang: string | null;
  /** When the text was replaced by the article page's (the page is never fetched again). */
  page_fetched_at: number | null;
}

/** Which feed carried which article under which item id (an article carried by two feeds has two rows). */
export interface FeedItemsTable {
  feed_id: number;
  item_key: string;
  article_id: number;
  seen_at: number;
}

export interface DestinationsTable {
  id: Id;
  platform: string;
  channel_id: string;
  name: string | null;
  topics: Generated<string>;
  empty_digest: Generated<string>;
  enabled: Generated<number>;
  disabled_reason: string | null;
  consecutive_rejects: Generated<number>;
  created_at: number;
  /** Who owns the row: config or admin (decision 0020). */
  origin: Generated<string>;
  /** JSON {crons, timezone}; null follows the global schedule. */
  schedule: string | null;
  /** JSON arrays of patterns an article must match (one of) / must not match. */
  include_patterns: Generated<string>;
  exclude_patterns: Generated<string>;
  /** ISO 639-1 language of the digest; null: the language most of the window's articles use. */
  language: string | null;
  /** 'section' (other languages listed apart) or 'drop'. */
  other_languages: Generated<string>;
}

/** Feeds paused for one destination only. */
export interface DestinationPausedFeedsTable {
  destination_id: number;
  feed_id: number;
  paused_at: number;
}

export interface SlotRunsTable {
  destination_id: number;
  slot_at: number;
  status: string;
  owner: string | null;
  lease_until: number | null;
  started_at: number;
  finished_at: number | null;
  digest_id: string | null;
  error: string | null;
}

export interface DigestsTable {
  id: string;
  destination_id: number;
  slot_at: number;
  body: string;
  created_at: number;
}

/** An article is in at most one digest per destination: the primary key says so. */
export interface DigestArticlesTable {
  destination_id: number;
  article_id: number;
  digest_id: string;
}

export interface DeliveriesTable {
  id: Id;
  digest_id: string;
  destination_id: number;
  slot_at: number;
  part: number;
  payload: string | null;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: number;
  lease_owner: string | null;
  lease_until: number | null;
  platform_message_id: string | null;
  last_error: string | null;
  created_at: number;
  sent_at: number | null;
  /** 1 when an earlier attempt may have reached the platform: look for the message before sending again. */
  reconcile: Generated<number>;
  /** When the admin channel was told this part is stuck. */
  stuck_alerted_at: number | null;
}

/** When the next post to a channel may go out (Slack: one post per channel per second), shared by every process. */
export interface ChannelPacingTable {
  platform: string;
  channel_id: string;
  next_post_at: number;
}

/** Inbound event ids already handled (Slack retries an event it thinks was missed). */
export interface InboundEventsTable {
  key: string;
  seen_at: number;
}

export interface RoundsTable {
  id: Id;
  company_key: string;
  company: string;
  amount: number | null;
  currency: string | null;
  amount_usd: number | null;
  round_type: string;
  round_type_detail: string | null;
  valuation: number | null;
  lead_investors: Generated<string>;
  other_investors: Generated<string>;
  status: string;
  conflict: string | null;
  announced_at: number;
  first_seen_at: number;
  updated_at: number;
}

export interface RoundSourcesTable {
  round_id: number;
  article_id: number;
  evidence: string;
  amount: number | null;
  currency: string | null;
  valuation: number | null;
  seen_at: number;
  /** The reporting article's title, link and outlet, kept after the article is pruned (decision 0022). */
  title: string;
  url: string | null;
  outlet: string;
}

export interface CompanyAliasesTable {
  alias_key: string;
  company_key: string;
  display_name: string;
}

/** Trigrams of each alias key, so a mistyped name finds its company without reading every alias. */
export interface CompanyAliasGramsTable {
  gram: string;
  alias_key: string;
}

/** Named leases: the scheduler, the Discord gateway, one-shot jobs shared between replicas. */
export interface LeasesTable {
  name: string;
  owner: string;
  expires_at: number;
}

/** LLM answers by content hash (model, prompt version, input), so a story is paid for once. */
export interface LlmCacheTable {
  key: string;
  /** The model's validated JSON output. */
  result: string;
  created_at: number;
}

/** Why an article's page gave no full text (the article keeps the feed's text). */
export interface PageErrorsTable {
  article_id: number;
  feed_id: number;
  url: string;
  code: string;
  message: string;
  failed_at: number;
  /** Times the page has been fetched and failed. */
  tries: Generated<number>;
  /** When the page is due to be tried again; null: never. */
  retry_at: number | null;
}

/** What the health check writes to know the store can be written. */
export interface StoreProbeTable {
  name: string;
  written_at: number;
}

export interface Database {
  feeds: FeedsTable;
  articles: ArticlesTable;
  feed_items: FeedItemsTable;
  destinations: DestinationsTable;
  destination_paused_feeds: DestinationPausedFeedsTable;
  slot_runs: SlotRunsTable;
  digests: DigestsTable;
  digest_articles: DigestArticlesTable;
  deliveries: DeliveriesTable;
  rounds: RoundsTable;
  round_sources: RoundSourcesTable;
  company_aliases: CompanyAliasesTable;
  company_alias_grams: CompanyAliasGramsTable;
  leases: LeasesTable;
  channel_pacing: ChannelPacingTable;
  inbound_events: InboundEventsTable;
  llm_cache: LlmCacheTable;
  page_errors: PageErrorsTable;
  store_probe: StoreProbeTable;
}

export type FeedRow = Selectable<FeedsTable>;
export type ArticleRow = Selectable<ArticlesTable>;
export type DestinationRow = Selectable<DestinationsTable>;
export type DeliveryRow = Selectable<DeliveriesTable>;
export type RoundRow = Selectable<RoundsTable>;

// Plain types shared by every module. No behaviour lives here.

/** Epoch milliseconds (UTC). Stored as an integer in both dialects. */
export type EpochMs = number;

export type FeedFormat = 'rss2.0' | 'rss1.0' | 'rss0.9x' | 'atom1.0' | 'atom0.3' | 'json1.0' | 'json1.1';

/** One item as a parser reads it (the `digestbot parse --json` item shape). Text fields are plain text. */
export interface ParsedItem {
  id: string;
  title: string | null;
  link: string | null;
  published: string | null;
  updated: string | null;
  author: string | null;
  summary: string | null;
  content: string | null;
  categories: string[];
  /**
   * The body normalize reads (content, else summary) as the feed wrote it: HTML, markdown or
   * text. For the article stage only; `digestbot parse --json` does not print it.
   */
  contentHtml?: string | null;
}

/** A whole feed document as a parser reads it (the `digestbot parse --json` shape). */
export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  link: string | null;
  description: string | null;
  language: string | null;
  updated: string | null;
  items: ParsedItem[];
  /** RSS `<ttl>` in minutes, when the feed states one (used for polling intervals). */
  ttlMinutes?: number | null;
}

export type FeedStatus = 'active' | 'disabled';

/** Who owns a feed or destination row (decision 0020): the config file, an admin (chat or CLI), or the seed list. */
export type Origin = 'config' | 'admin' | 'seed';

export interface Feed {
  id: number;
  url: string;
  title: string | null;
  topic: string | null;
  status: FeedStatus;
  /** Stable reason code when disabled (e.g. FEED_GONE, FEED_FAILING). */
  disabledReason: string | null;
  etag: string | null;
  lastModified: string | null;
  /** The interval the last successful check settled on (feed hints within the configured bounds). */
  intervalMinutes: number | null;
  nextCheckAt: EpochMs;
  lastCheckedAt: EpochMs | null;
  lastSuccessAt: EpochMs | null;
  lastErrorAt: EpochMs | null;
  lastErrorCode: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  consecutiveNotFound: number;
  /** Items published after this instant are admitted to digests on the first poll (backfill). */
  backfillSince: EpochMs | null;
  /** Set once the first poll has marked the existing items as seen. */
  primedAt: EpochMs | null;
  /** Digests of the item keys the last good fetch carried (see sources/normalize itemDigest). */
  lastItems: string[];
  addedAt: EpochMs;
  addedBy: string | null;
  origin: Origin;
  /** The site the feed belongs to, when known (OPML htmlUrl, the feed's own link). */
  siteUrl: string | null;
  /** When the article page is fetched for its full text (decision 0025). */
  fullText: FullTextMode;
}

/** auto: only when an item's text is a title or a teaser; always: every new article; off: never. */
export const FULL_TEXT_MODES = ['auto', 'always', 'off'] as const;
export type FullTextMode = (typeof FULL_TEXT_MODES)[number];

export interface Article {
  id: number;
  /** Canonical URL (tracking parameters removed); unique when present. */
  canonicalUrl: string | null;
  url: string | null;
  title: string;
  /** Plain-text body used for summarizing (content, else summary). */
  text: string;
  author: string | null;
  publishedAt: EpochMs | null;
  firstSeenAt: EpochMs;
  categories: string[];
  /** Hash of the normalized title + text, for near-duplicate detection. */
  contentHash: string;
  /** False for items that were already in a feed when it was added: they never reach a digest. */
  digestEligible: boolean;
  /** Display name of the outlet (feed title or host) that first carried it. */
  outlet: string;
  topic: string | null;
  /** ISO 639-1 language of the title and text; null when the detector was unsure (absent: not known). */
  lang?: string | null;
}

/** Every round type, in stage order; the enum of the `rounds extract` contract. */
export const ROUND_TYPES = [
  'pre_seed',
  'seed',
  'series_a',
  'series_b',
  'series_c',
  'series_d',
  'series_e',
  'series_f',
  'series_g_plus',
  'extension',
  'growth',
  'strategic',
  'debt',
  'convertible',
  'grant',
  'non_dilutive',
  'unknown',
] as const;

export type RoundType = (typeof ROUND_TYPES)[number];

export type RoundStatus = 'announced' | 'in_talks';

/** A financing event as read from one text (the `digestbot rounds extract --json` round shape). */
export interface ExtractedRound {
  company: string;
  amount: number | null;
  currency: string | null;
  amountUsd: number | null;
  roundType: RoundType;
  roundTypeDetail: string | null;
  valuation: number | null;
  leadInvestors: string[];
  otherInvestors: string[];
  status: RoundStatus;
  evidence: string;
}

/** One article's report of a stored round, with the figures that article gave. */
export interface RoundSource extends SourceRef {
  evidence: string;
  amount: number | null;
  currency: string | null;
  valuation: number | null;
  seenAt: EpochMs;
}

/** A round as stored: one per round however many articles reported it (the `/round` answer). */
export interface StoredRound {
  id: number;
  company: string;
  companyKey: string;
  amount: number | null;
  currency: string | null;
  amountUsd: number | null;
  roundType: RoundType;
  roundTypeDetail: string | null;
  valuation: number | null;
  leadInvestors: string[];
  otherInvestors: string[];
  status: RoundStatus;
  /** Set when sources disagree on a figure; the text says which. */
  conflict: string | null;
  announcedAt: EpochMs;
  sources: RoundSource[];
}

/** Where a digest line came from: an article the reader can open. */
export interface SourceRef {
  articleId: number;
  title: string;
  url: string | null;
  outlet: string;
}

export type Platform = 'slack' | 'discord' | 'console';

export type EmptyDigestMode = 'short' | 'skip';

export const OTHER_LANGUAGE_MODES = ['section', 'drop'] as const;
export type OtherLanguageMode = (typeof OTHER_LANGUAGE_MODES)[number];

/** Digest slots as cron expressions in a time zone. */
export interface ScheduleSpec {
  crons: string[];
  timezone: string;
}

export interface Destination {
  id: number;
  platform: Platform;
  channelId: string;
  name: string | null;
  /** Topics routed here; empty means every topic. */
  topics: string[];
  emptyDigest: EmptyDigestMode;
  enabled: boolean;
  disabledReason: string | null;
  origin: Exclude<Origin, 'seed'>;
  /** The destination's own slots; null follows the global schedule. */
  schedule: ScheduleSpec | null;
  /** Patterns an article must match one of (none: every article) and must match none of. */
  include: string[];
  exclude: string[];
  /** The digest's ISO 639-1 language (null: most of the window's articles'); others listed apart (default) or dropped. */
  language?: string | null;
  otherLanguages?: OtherLanguageMode;
}

/** A console destination with every setting at its default: the terminal, an eval or a bench. */
export function consoleDestination(id: number, channelId: string, name: string | null = null): Destination {
  return {
    id,
    platform: 'console',
    channelId,
    name,
    topics: [],
    emptyDigest: 'short',
    enabled: true,
    disabledReason: null,
    origin: 'admin',
    schedule: null,
    include: [],
    exclude: [],
  };
}

/** One scheduled digest instant, e.g. 2026-11-21T15:00:00Z. */
export interface Slot {
  at: EpochMs;
  /** Human label in the schedule's time zone, e.g. `2026-11-21 15:00 UTC`. */
  label: string;
}

export interface DigestTakeaway {
  text: string;
  sources: SourceRef[];
}

/** A row of the digest's rounds table: the round as stored, with the articles that reported it. */
export interface DigestRound extends Omit<ExtractedRound, 'evidence'> {
  sources: SourceRef[];
  /** Set when sources disagree on a figure; the text says which. */
  conflict: string | null;
}

export interface DigestStory {
  headline: string;
  summary: string;
  tags: string[];
  sources: SourceRef[];
}

/** A story past the digest's cap: its headline, linked to the article the headline is from. */
export interface DigestAlsoItem {
  headline: string;
  url: string | null;
  outlet: string;
}

/** Stories past the cap, so none vanishes: the next few by headline, and how many more. */
export interface DigestAlso {
  items: DigestAlsoItem[];
  more: number;
}

/** Stories in another language (ISO 639-1 `lang`) than the digest's: listed apart by headline, never in a sentence group. */
export interface DigestOtherLanguage extends DigestAlso {
  lang: string;
}

/** The platform-neutral digest: every renderer (Slack, Discord, console) starts from this. */
export interface Digest {
  /** Deterministic id: the same slot and destination always give the same id. */
  id: string;
  name: string;
  slot: Slot;
  destinationId: number;
  status: { lastSlot: Slot | null; nextSlot: Slot };
  counts: { articles: number; sources: number; stories: number };
  /** True when nothing new arrived in the window; the other sections are then empty. */
  empty: boolean;
  tldr: string;
  takeaways: DigestTakeaway[];
  rounds: { items: DigestRound[]; totalUsd: number };
  stories: DigestStory[];
  /** Stories left out by the cap (absent in digests stored before it existed). */
  also?: DigestAlso;
  /** The digest's language (absent: not known), and other languages' stories, one list each. */
  language?: string;
  otherLanguages?: DigestOtherLanguage[];
  footer: { topics: string[]; readingMinutes: number };
}

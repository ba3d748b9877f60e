// `/feeds` answers. All private: they are an admin's working view.
import type { Feed } from '../../../model.js';
import type { FeedPreview } from '../../../sources/feeds-admin.js';
import type { FeedStatus } from '../../../sources/feed-status.js';
import { plural } from '../../render/text.js';
import type { Reply, ReplySection } from '../types.js';
import { isoDay } from './common.js';
import type { PageError } from '../../../store/page-texts.js';

/** Lines beyond this are counted, not shown. */
const MAX_LINES = 40;

const previewSection = (p: FeedPreview): ReplySection => ({
  title: `${p.title ?? 'Untitled feed'} (${p.format}, ${plural(p.itemCount, 'item')})`,
  text: p.finalUrl,
  links: p.items.map((i) => ({
    label: `${i.title ?? '(untitled)'}${i.published ? ` · ${i.published}` : ''}`,
    url: i.link ?? '',
  })),
});

/** Found on a page: which page, and what else it links. */
function discoveryNote(p: FeedPreview): string | null {
  if (!p.discoveredFrom) return null;
  const others = p.otherFeeds.map((o) => `${o.title ?? 'feed'} (${o.url})`).join('; ');
  return `${p.discoveredFrom} is a web page; it names ${p.url} as its feed.${others ? ` It also links: ${others}.` : ''}`;
}

export interface AddedNotes {
  /** Where the feed's articles go (or that they go nowhere yet). */
  reach: string;
  seedsRemoved: number;
}

const FULL_TEXT_NOTE = {
  auto: null,
  always: "Every new article's page is fetched for its full text (full-text:always).",
  off: "Article pages are never fetched: digests use the feed's own text (full-text:off).",
} as const;

export function feedAddedReply(feed: Feed, preview: FeedPreview, n: AddedNotes): Reply {
  const lines = [
    `Added feed ${feed.id} (${feed.title ?? feed.url})${feed.topic ? ` with topic ${feed.topic}` : ' without a topic'}. ` +
      'What it holds now counts as read; newer items reach the next digest.',
    discoveryNote(preview),
    FULL_TEXT_NOTE[feed.fullText],
    n.reach,
    n.seedsRemoved > 0
      ? `The ${plural(n.seedsRemoved, 'starter feed')} the bot polled while it had none of yours ${n.seedsRemoved === 1 ? 'was' : 'were'} removed.`
      : null,
  ];
  return {
    title: 'Feed added',
    sections: [{ text: lines.filter((l) => l !== null).join('\n') }, previewSection(preview)],
    private: true,
  };
}

export function feedTestReply(preview: FeedPreview): Reply {
  const note = discoveryNote(preview);
  return {
    title: 'Feed test (nothing saved)',
    sections: [...(note ? [{ text: note }] : []), previewSection(preview)],
    private: true,
  };
}

export function feedRemovedReply(feed: Feed): Reply {
  return { sections: [{ text: `Removed feed ${feed.id}: ${feed.url}. The articles it brought stay.` }], private: true };
}

const ORIGIN_NOTE = { config: ' · from config', seed: ' · starter', admin: '' } as const;

function statusLine(f: FeedStatus): string {
  const state =
    f.health === 'disabled'
      ? `disabled (${f.disabledReason ?? 'no reason recorded'})`
      : f.health === 'failing'
        ? `failing ×${f.consecutiveFailures}`
        : f.health === 'new'
          ? 'new (first poll pending)'
          : f.health;
  const error = f.health !== 'ok' && f.lastErrorCode ? ` · ${f.lastErrorCode}: ${f.lastError ?? ''}` : '';
  const success = f.lastSuccessAt ? ` · last success ${isoDay(f.lastSuccessAt)}` : '';
  const paused = f.paused ? ' · paused here' : '';
  return `#${f.id} ${f.title ?? '(untitled)'} [${f.topic ?? 'no topic'}] ${state}${paused}${ORIGIN_NOTE[f.origin]}${success}${error}\n    ${f.url}`;
}

const listed = (feeds: FeedStatus[]) => {
  const lines = feeds.slice(0, MAX_LINES).map(statusLine);
  if (feeds.length > MAX_LINES) lines.push(`…and ${feeds.length - MAX_LINES} more (digestbot feeds list shows all).`);
  return lines.join('\n');
};

/** `scope` says which feeds these are (`for this channel (topics robotics; 12 in all)`); null for all of them. */
export function feedListReply(feeds: FeedStatus[], scope: string | null, filters: string | null): Reply {
  const which = scope ? ` ${scope}` : '';
  const filterSection = filters ? [{ text: filters }] : [];
  if (feeds.length === 0)
    return { sections: [{ text: `No feeds${which}. Admins add one with /feeds add <url>.` }, ...filterSection], private: true };
  return {
    title: `${plural(feeds.length, 'feed')}${which}`,
    sections: [{ text: listed(feeds) }, ...filterSection],
    private: true,
  };
}

/** The latest article pages that gave no full text, one line each. */
function pageErrorsSection(pages: PageError[]): { text: string }[] {
  if (pages.length === 0) return [];
  const lines = pages.map((p) => `• ${p.feedTitle ?? `Feed ${p.feedId}`}: “${p.articleTitle}” — ${p.message} (${p.code})`);
  return [{ text: `Article pages not read, latest first:\n${lines.join('\n')}` }];
}

export function feedErrorsReply(feeds: FeedStatus[], pages: PageError[] = []): Reply {
  if (feeds.length === 0)
    return { sections: [{ text: 'No failing or disabled feeds.' }, ...pageErrorsSection(pages)], private: true };
  return {
    title: `${plural(feeds.length, 'feed')} failing or disabled`,
    sections: [{ text: listed(feeds) }, ...pageErrorsSection(pages)],
    private: true,
  };
}

export const plainReply = (text: string, title?: string): Reply => ({
  ...(title ? { title } : {}),
  sections: [{ text }],
  private: true,
});

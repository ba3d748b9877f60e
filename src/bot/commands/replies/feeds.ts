// `/feeds` answers. All private: they are an admin's working view.
import type { Feed } from '../../../model.js';
import type { FeedPreview, FeedStatus } from '../../../sources/feeds-admin.js';
import { plural } from '../../render/text.js';
import type { Reply, ReplySection } from '../types.js';
import { isoDay } from './common.js';

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

export function feedAddedReply(feed: Feed, preview: FeedPreview, note: string | null): Reply {
  const text =
    `Added feed ${feed.id}${feed.topic ? ` with topic ${feed.topic}` : ' without a topic'}. ` +
    'What it holds now counts as read; newer items reach the next digest.' +
    (note ? `\n${note}` : '');
  return { title: 'Feed added', sections: [{ text }, previewSection(preview)], private: true };
}

export function feedTestReply(preview: FeedPreview): Reply {
  return { title: 'Feed test (nothing saved)', sections: [previewSection(preview)], private: true };
}

export function feedRemovedReply(feed: Feed): Reply {
  return { sections: [{ text: `Removed feed ${feed.id}: ${feed.url}. The articles it brought stay.` }], private: true };
}

function statusLine(f: FeedStatus): string {
  const state =
    f.health === 'disabled'
      ? `disabled (${f.disabledReason ?? 'no reason recorded'})`
      : f.health === 'failing'
        ? `failing ×${f.consecutiveFailures}`
        : f.health;
  const error = f.health !== 'ok' && f.lastErrorCode ? ` · ${f.lastErrorCode}: ${f.lastError ?? ''}` : '';
  const success = f.lastSuccessAt ? ` · last success ${isoDay(f.lastSuccessAt)}` : '';
  return `#${f.id} ${f.title ?? '(untitled)'} [${f.topic ?? 'no topic'}] ${state}${success}${error}\n    ${f.url}`;
}

const listed = (feeds: FeedStatus[]) => {
  const lines = feeds.slice(0, MAX_LINES).map(statusLine);
  if (feeds.length > MAX_LINES) lines.push(`…and ${feeds.length - MAX_LINES} more (digestbot feeds list shows all).`);
  return lines.join('\n');
};

/** `scope` says which feeds these are (`for this channel (topics robotics; 12 in all)`); null for all of them. */
export function feedListReply(feeds: FeedStatus[], scope: string | null): Reply {
  const which = scope ? ` ${scope}` : '';
  if (feeds.length === 0)
    return { sections: [{ text: `No feeds${which}. Admins add one with /feeds add <url>.` }], private: true };
  return { title: `${plural(feeds.length, 'feed')}${which}`, sections: [{ text: listed(feeds) }], private: true };
}

export function feedErrorsReply(feeds: FeedStatus[]): Reply {
  if (feeds.length === 0) return { sections: [{ text: 'No failing or disabled feeds.' }], private: true };
  return { title: `${plural(feeds.length, 'feed')} failing or disabled`, sections: [{ text: listed(feeds) }], private: true };
}

// `/feeds add | list | remove | test | errors`, over the same feed administration as the CLI.
import { userError } from '../../../errors.js';
import type { Destination, Feed } from '../../../model.js';
import { channelFeeds, feedErrors, routedTo } from '../../../sources/feed-status.js';
import { addFeed, removeFeed, testFeed } from '../../../sources/feeds-admin.js';
import { listDestinations } from '../../../store/destinations.js';
import { recentPageErrors } from '../../../store/page-texts.js';
import type { FEEDS_ADD, FEEDS_REMOVE, FEEDS_TEST } from '../catalog.js';
import { activeDestination, type ActionHandler, type CommandContext } from '../context.js';
import { filtersLine, topicsText } from '../replies/channel.js';
import { feedAddedReply, feedErrorsReply, feedListReply, feedRemovedReply, feedTestReply } from '../replies/feeds.js';
import type { ArgsOf } from '../spec.js';

/** The topic a feed added here gets when none is named: the channel's only topic, or none when the channel takes every topic. */
function defaultTopic(dest: Destination | null, url: string): string | null {
  const example = `/feeds add ${url} <topic>`;
  if (!dest)
    throw userError(
      'BAD_ARGUMENT',
      `This channel does not receive a digest, so there is no topic to default to: name one (${example}), or start a digest here first with /digest subscribe.`,
    );
  if (dest.topics.length === 1) return dest.topics[0]!;
  if (dest.topics.length === 0) return null;
  throw userError('BAD_ARGUMENT', `This channel's digest covers ${dest.topics.join(', ')}: name the topic (${example}).`);
}

/** Article pages that gave no full text, shown under the failing feeds. */
const PAGE_ERROR_LINES = 10;

export const adminDeps = (ctx: CommandContext) => ({
  db: ctx.deps.store.db,
  fetcher: ctx.deps.fetcher,
  maxItems: ctx.deps.config.fetch.maxItems,
  now: () => ctx.now,
});

const channelName = (d: Destination) => `${d.platform} ${d.channelId}${d.name ? ` (${d.name})` : ''}`;

/** Which channels the feed's articles reach, said plainly, above all when this one is not among them. */
async function reachNote(ctx: CommandContext, feed: Feed): Promise<string> {
  const here = activeDestination(ctx);
  const all = (await listDestinations(ctx.deps.store.db)).filter((d) => d.enabled && routedTo(feed, d));
  const elsewhere = all.filter((d) => d.id !== here?.id);
  const others =
    elsewhere.length > 0 ? `${elsewhere.slice(0, 5).map(channelName).join(', ')}${elsewhere.length > 5 ? ', …' : ''}` : '';
  if (here && routedTo(feed, here)) return `It reaches this channel's digest${others ? ` and ${others}` : ''}.`;
  const why = here
    ? `This channel's digest covers ${topicsText(here.topics)}, not ${feed.topic ?? 'feeds without a topic'}`
    : 'This channel does not receive a digest (an admin can start one with /digest subscribe)';
  return `${why}, so nothing from this feed appears here. ${
    others ? `It reaches ${others}.` : `No channel takes ${feed.topic ? `topic ${feed.topic}` : 'feeds without a topic'} yet.`
  }`;
}

/** `full-text:always` among the words after the URL: the feed's full-text mode, and the topic without it. */
function fullTextWord(words: string | undefined): { topic: string | undefined; fullText: string | null } {
  const m = /(?:^|\s)full-?text:(\S*)/i.exec(words ?? '');
  if (!m) return { topic: words, fullText: null };
  const rest = words!.replace(m[0], ' ').trim();
  return { topic: rest || undefined, fullText: m[1] ?? '' };
}

export const feedsAdd: ActionHandler<ArgsOf<typeof FEEDS_ADD>> = async (ctx, { url, topic: words }) => {
  const { topic, fullText } = fullTextWord(words);
  const chosen = topic ?? defaultTopic(activeDestination(ctx), url);
  const { feed, preview, seedsRemoved } = await addFeed(adminDeps(ctx), {
    url,
    topic: chosen,
    fullText,
    addedBy: `${ctx.inv.platform}:${ctx.inv.userId}`,
  });
  return feedAddedReply(feed, preview, { reach: await reachNote(ctx, feed), seedsRemoved });
};

export const feedsList: ActionHandler<unknown> = async (ctx) => {
  const dest = activeDestination(ctx);
  const mine = await channelFeeds(ctx.deps.store.db, dest);
  if (!dest || dest.topics.length === 0)
    return feedListReply(mine, dest ? 'for this channel (every topic)' : null, dest ? filtersLine(dest) : null);
  const all = await channelFeeds(ctx.deps.store.db, null);
  return feedListReply(mine, `for this channel (${topicsText(dest.topics)}; ${all.length} in all)`, filtersLine(dest));
};

export const feedsRemove: ActionHandler<ArgsOf<typeof FEEDS_REMOVE>> = async (ctx, { id }) =>
  feedRemovedReply(await removeFeed(ctx.deps.store.db, id));

export const feedsTest: ActionHandler<ArgsOf<typeof FEEDS_TEST>> = async (ctx, { url }) =>
  feedTestReply(await testFeed(adminDeps(ctx), url));

export const feedsErrors: ActionHandler<unknown> = async (ctx) =>
  feedErrorsReply(await feedErrors(ctx.deps.store.db), await recentPageErrors(ctx.deps.store.db, PAGE_ERROR_LINES));

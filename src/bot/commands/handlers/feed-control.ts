// `/feeds pause | resume` (this channel only), `/feeds rename | topic` (the feed everywhere).
import { userError } from '../../../errors.js';
import { routedTo } from '../../../sources/feed-status.js';
import { renameFeed, setFeedTopic } from '../../../sources/feeds-admin.js';
import { getFeed } from '../../../store/feeds.js';
import { pauseFeed, resumeFeed } from '../../../store/paused-feeds.js';
import type { FEEDS_PAUSE, FEEDS_RENAME, FEEDS_RESUME, FEEDS_TOPIC } from '../catalog.js';
import { editableDestination, type ActionHandler, type CommandContext } from '../context.js';
import { plainReply } from '../replies/feeds.js';
import type { ArgsOf } from '../spec.js';

async function feedHere(ctx: CommandContext, id: number) {
  const feed = await getFeed(ctx.deps.store.db, id);
  if (!feed) throw userError('FEED_NOT_FOUND', `No feed with id ${id} (see /feeds list)`);
  return feed;
}

const named = (f: { id: number; title: string | null; url: string }) => `Feed ${f.id} (${f.title ?? f.url})`;

export const feedsPause: ActionHandler<ArgsOf<typeof FEEDS_PAUSE>> = async (ctx, { id }) => {
  const dest = editableDestination(ctx);
  const feed = await feedHere(ctx, id);
  const fresh = await pauseFeed(ctx.deps.store.db, dest.id, feed.id, ctx.now);
  const aside = routedTo(feed, dest) ? '' : ' (its topic is not one this channel takes anyway)';
  return plainReply(
    fresh
      ? `${named(feed)} is paused in this channel${aside}: its articles stay out of this channel's digests until /feeds resume ${feed.id}. Other channels still get it.`
      : `${named(feed)} was already paused in this channel.`,
  );
};

export const feedsResume: ActionHandler<ArgsOf<typeof FEEDS_RESUME>> = async (ctx, { id }) => {
  const dest = editableDestination(ctx);
  const feed = await feedHere(ctx, id);
  const resumed = await resumeFeed(ctx.deps.store.db, dest.id, feed.id);
  return plainReply(
    resumed
      ? `${named(feed)} is back in this channel's digests; what it brought while paused and not yet in a digest comes with the next one.`
      : `${named(feed)} was not paused in this channel.`,
  );
};

export const feedsRename: ActionHandler<ArgsOf<typeof FEEDS_RENAME>> = async (ctx, { id, name }) => {
  const feed = await renameFeed(ctx.deps.store.db, id, name, ctx.now);
  return plainReply(`Feed ${feed.id} is now called "${feed.title ?? name}" in lists and in the digests of its new articles.`);
};

export const feedsTopic: ActionHandler<ArgsOf<typeof FEEDS_TOPIC>> = async (ctx, { id, topic }) => {
  const cleared = /^(none|-)$/i.test(topic.trim());
  const feed = await setFeedTopic(ctx.deps.store.db, id, cleared ? null : topic, ctx.now);
  return plainReply(
    `${named(feed)} now has ${feed.topic ? `topic ${feed.topic}` : 'no topic'}; its articles of the last two days that are in no digest yet follow it.`,
  );
};

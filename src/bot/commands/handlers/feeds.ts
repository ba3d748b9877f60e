// `/feeds add | list | remove | test | errors`, over the same feed administration as the CLI.
import { userError } from '../../../errors.js';
import type { Destination } from '../../../model.js';
import { addFeed, feedErrors, listFeedStatus, removeFeed, testFeed } from '../../../sources/feeds-admin.js';
import type { FEEDS_ADD, FEEDS_REMOVE, FEEDS_TEST } from '../catalog.js';
import type { ActionHandler, CommandContext } from '../context.js';
import { feedAddedReply, feedErrorsReply, feedListReply, feedRemovedReply, feedTestReply } from '../replies/feeds.js';
import type { ArgsOf } from '../spec.js';

/** The topic a feed added here gets when none is named: the channel's only topic, or none when the channel takes every topic. */
function defaultTopic(dest: Destination | null, url: string): string | null {
  const example = `/feeds add ${url} <topic>`;
  if (!dest)
    throw userError(
      'BAD_ARGUMENT',
      `This channel does not receive a digest, so there is no topic to default to: name one (${example}).`,
    );
  if (dest.topics.length === 1) return dest.topics[0]!;
  if (dest.topics.length === 0) return null;
  throw userError('BAD_ARGUMENT', `This channel's digest covers ${dest.topics.join(', ')}: name the topic (${example}).`);
}

const adminDeps = (ctx: CommandContext) => ({
  db: ctx.deps.store.db,
  fetcher: ctx.deps.fetcher,
  maxItems: ctx.deps.config.fetch.maxItems,
  now: () => ctx.now,
});

export const feedsAdd: ActionHandler<ArgsOf<typeof FEEDS_ADD>> = async (ctx, { url, topic }) => {
  const chosen = topic ?? defaultTopic(ctx.destination, url);
  const dest = ctx.destination;
  const note =
    dest && chosen !== null && dest.topics.length > 0 && !dest.topics.includes(chosen)
      ? `Note: this channel's digest covers ${dest.topics.join(', ')}, not ${chosen}; the feed reaches channels that take ${chosen}.`
      : null;
  const { feed, preview } = await addFeed(adminDeps(ctx), {
    url,
    topic: chosen,
    addedBy: `${ctx.inv.platform}:${ctx.inv.userId}`,
  });
  return feedAddedReply(feed, preview, note);
};

export const feedsList: ActionHandler<unknown> = async (ctx) => {
  const all = await listFeedStatus(ctx.deps.store.db);
  const topics = ctx.destination?.topics ?? [];
  if (topics.length === 0) return feedListReply(all, null);
  const mine = all.filter((f) => f.topic !== null && topics.includes(f.topic));
  return feedListReply(mine, `for this channel (topics ${topics.join(', ')}; ${all.length} in all)`);
};

export const feedsRemove: ActionHandler<ArgsOf<typeof FEEDS_REMOVE>> = async (ctx, { id }) =>
  feedRemovedReply(await removeFeed(ctx.deps.store.db, id));

export const feedsTest: ActionHandler<ArgsOf<typeof FEEDS_TEST>> = async (ctx, { url }) =>
  feedTestReply(await testFeed(adminDeps(ctx), url));

export const feedsErrors: ActionHandler<unknown> = async (ctx) => feedErrorsReply(await feedErrors(ctx.deps.store.db));

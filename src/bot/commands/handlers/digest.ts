// `/digest latest | preview | now`: the channel's digest, read back, previewed or posted now.
import { latestDigest } from '../../../store/digests.js';
import { channelDestination, type ActionHandler } from '../context.js';
import { digestSummaryReply, postNowReply } from '../replies/digest.js';

export const digestLatest: ActionHandler<unknown> = async (ctx) => {
  const dest = channelDestination(ctx);
  const digest = await latestDigest(ctx.deps.store.db, dest.id);
  if (!digest) return { sections: [{ text: 'No digest has been built for this channel yet.' }], private: true };
  return digestSummaryReply(digest, { title: `${digest.name} · ${digest.slot.label}`, private: false });
};

export const digestPreview: ActionHandler<unknown> = async (ctx) => {
  const digest = await ctx.deps.digests.preview(channelDestination(ctx), ctx.now);
  return digestSummaryReply(digest, { title: `Preview: ${digest.name} · ${digest.slot.label}`, private: true });
};

export const digestNow: ActionHandler<unknown> = async (ctx) =>
  postNowReply(await ctx.deps.digests.postNow(channelDestination(ctx), ctx.now));

// `/digest latest | preview | now`: the channel's digest, read back, previewed or posted now.
import { latestDigest } from '../../../store/digests.js';
import { userError } from '../../../errors.js';
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

export const digestNow: ActionHandler<unknown> = async (ctx) => {
  const dest = channelDestination(ctx);
  if (!dest.enabled)
    throw userError(
      'BAD_ARGUMENT',
      `This channel does not get digests now (${dest.disabledReason ?? 'disabled'}): nothing would be posted. See /digest status.`,
    );
  return postNowReply(await ctx.deps.digests.postNow(dest, ctx.now));
};

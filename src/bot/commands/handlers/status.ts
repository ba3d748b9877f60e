// `/digest status`: this channel's settings, last and next slot, the health of its feeds (the
// same list as /feeds list), articles waiting for it, and delivery parts that need an admin.
import { channelFeeds } from '../../../sources/feed-status.js';
import { nextSlotAfter, scheduleFor, slotLabel } from '../../../runtime/slots.js';
import { unsettledDeliveries } from '../../../store/delivery-attention.js';
import { lastDigestSlot } from '../../../store/slot-runs.js';
import { attentionLines } from '../../outbox/attention.js';
import { activeDestination, type ActionHandler } from '../context.js';
import { filtersLine, scheduleLine, subscriptionLine } from '../replies/channel.js';
import { statusReply } from '../replies/status.js';

const ATTENTION_ROWS = 50;

export const digestStatus: ActionHandler<unknown> = async (ctx) => {
  const { db } = ctx.deps.store;
  const global = { crons: ctx.deps.config.schedule.crons, timezone: ctx.deps.config.schedule.timezone };
  const dest = ctx.destination;
  const active = activeDestination(ctx);
  const schedule = dest ? scheduleFor(global, dest) : global;
  const slot = (at: number) => ({ at, label: slotLabel(at, schedule.timezone) });
  const lastAt = dest ? await lastDigestSlot(db, dest.id, Number.MAX_SAFE_INTEGER) : undefined;
  const feeds = await channelFeeds(db, active);
  const count = (h: string[]) => feeds.filter((f) => h.includes(f.health) && !f.paused).length;
  const settings = dest
    ? [subscriptionLine(dest), scheduleLine(dest, schedule), filtersLine(dest)].filter((l) => l !== null)
    : [];
  return statusReply({
    settings,
    last: lastAt === undefined ? null : slot(lastAt),
    next: nextSlotAfter(schedule, ctx.now),
    now: slot(ctx.now),
    feeds: {
      active: count(['ok', 'new']),
      failing: count(['failing']),
      disabled: count(['disabled']),
      paused: feeds.filter((f) => f.paused).length,
    },
    pending: active ? await ctx.deps.digests.pending(active, ctx.now) : null,
    attention: attentionLines(await unsettledDeliveries(db, dest?.id ?? null, ATTENTION_ROWS), ctx.now),
  });
};

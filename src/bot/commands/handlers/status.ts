// `/digest status`: last and next slot, feed health, articles waiting for this channel.
import { lastFinishedSlot } from '../../../store/slot-runs.js';
import { countPendingArticles } from '../../../store/digests.js';
import { listFeedStatus } from '../../../sources/feeds-admin.js';
import { nextSlotAfter, slotLabel } from '../../../runtime/slots.js';
import { LOOKBACK_MS } from '../../../digest/window.js';
import type { ActionHandler } from '../context.js';
import { statusReply } from '../replies/status.js';

export const digestStatus: ActionHandler<unknown> = async (ctx) => {
  const { db } = ctx.deps.store;
  const schedule = ctx.deps.config.schedule;
  const slot = (at: number) => ({ at, label: slotLabel(at, schedule.timezone) });
  const lastAt = await lastFinishedSlot(db, ctx.destination?.id);
  const feeds = await listFeedStatus(db);
  const count = (h: string[]) => feeds.filter((f) => h.includes(f.health)).length;
  const pending = ctx.destination
    ? await countPendingArticles(db, ctx.destination, { since: ctx.now - LOOKBACK_MS, until: ctx.now })
    : null;
  return statusReply({
    last: lastAt === undefined ? null : slot(lastAt),
    next: nextSlotAfter(schedule, ctx.now),
    now: slot(ctx.now),
    feeds: { active: count(['ok', 'new']), failing: count(['failing']), disabled: count(['disabled']) },
    pending,
  });
};

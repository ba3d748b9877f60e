// `/digest retry | skip <id>`: an admin's levers on a part that is held, failing or failed. They
// work from any channel (the admin channel names the part), whatever channel the part is for.
import { userError } from '../../../errors.js';
import { deliveryById, retryDelivery, skipDelivery, type AttentionRow } from '../../../store/delivery-attention.js';
import { partName } from '../../outbox/attention.js';
import type { DIGEST_RETRY, DIGEST_SKIP } from '../catalog.js';
import type { ActionHandler, CommandContext } from '../context.js';
import { plainReply } from '../replies/feeds.js';
import type { ArgsOf } from '../spec.js';

async function actionable(ctx: CommandContext, id: number): Promise<AttentionRow> {
  const row = await deliveryById(ctx.deps.store.db, id);
  if (!row)
    throw userError('DELIVERY_NOT_FOUND', `No delivery part #${id} (parts needing attention are listed by /digest status).`);
  if (row.status === 'sent') throw userError('BAD_ARGUMENT', `${partName(row)} was posted already.`);
  if (row.status === 'sending')
    throw userError('BAD_ARGUMENT', `${partName(row)} is being sent right now; see /digest status in a minute.`);
  return row;
}

export const digestRetry: ActionHandler<ArgsOf<typeof DIGEST_RETRY>> = async (ctx, { id }) => {
  const row = await actionable(ctx, id);
  const { destinationEnabled } = await retryDelivery(ctx.deps.store.db, row, ctx.now);
  const lines = [
    `${partName(row)} is queued again and goes out within seconds (looked for on the platform first if an earlier attempt may have posted it).`,
    destinationEnabled ? `The channel had been disabled after refusals; it is enabled again.` : null,
    !row.destinationEnabled && !destinationEnabled
      ? `Its channel is not receiving digests (${row.destinationDisabledReason ?? 'disabled'}), so the part waits until it is subscribed again.`
      : null,
  ];
  return plainReply(lines.filter((l) => l !== null).join('\n'));
};

export const digestSkip: ActionHandler<ArgsOf<typeof DIGEST_SKIP>> = async (ctx, { id }) => {
  const row = await actionable(ctx, id);
  await skipDelivery(ctx.deps.store.db, row, ctx.now);
  return plainReply(`${partName(row)} is skipped: it will not be posted, and the later parts of that digest go out without it.`);
};

// The admin channel told what is stuck: `once --now` killed at its first Discord post, the bot down
// for two hours (the parts' queue times moved back), Discord failing the next post; `digestbot start`
// with an admin channel must name the stuck parts there, then post every part once.
import type { ChildProcess } from 'node:child_process';
import { openStore } from '../../src/store/store.js';
import { startBot } from '../../test/helpers/bot-process.js';
import { DIST_CLI } from '../../test/helpers/cli.js';
import type { ChatWorld } from '../../test/helpers/chat-world.js';
import { countWorld, faultEach, startFaultWorld, strikeDuring } from '../../test/helpers/fault-world.js';
import { waitFor } from '../../test/helpers/wait.js';
import { result } from './table.js';

const ADMIN = 'C0ADMIN';
const HOURS_DOWN = 2;

async function backdateQueue(world: ChatWorld): Promise<void> {
  const store = await openStore({ dataDir: world.env.DIGESTBOT_DATA_DIR! });
  try {
    await store.db
      .updateTable('deliveries')
      .set((eb) => ({ created_at: eb('created_at', '-', HOURS_DOWN * 3_600_000) }))
      .execute();
  } finally {
    await store.close();
  }
}

export async function stuckAlert() {
  const world = await startFaultWorld();
  try {
    await strikeDuring(
      world,
      ['once', '--now'],
      { route: 'POST /channels/:id/messages', nth: 1, when: 'arrival' },
      (c: ChildProcess) => c.kill('SIGKILL'),
    );
    await backdateQueue(world);
    faultEach(world, 'POST /channels/:id/messages', [{ kind: 'status', status: 503 }]);
    const bot = await startBot({ ...world.env, DISCORD_GATEWAY: 'false', DIGESTBOT_ADMIN_CHANNEL: `slack:${ADMIN}` }, DIST_CLI);
    const alerts = () => world.slack.messages.filter((m) => m.channel === ADMIN).map((m) => m.text);
    await waitFor(() => alerts().some((t) => t.includes('Stuck for')), {
      what: 'a stuck-part alert in the admin channel',
      on: [world.slack.events],
      timeoutMs: 180_000,
    });
    await waitFor(async () => (await world.deliveries()).every((r) => r.status === 'sent'), {
      what: 'every part sent',
      on: [world.discord.events],
      everyMs: 2000,
      timeoutMs: 240_000,
    });
    const exit = await bot.stop();
    const told = alerts().filter((t) => t.includes('Stuck for'));
    const named = told.every((t) => /part \d+\/\d+ of the .* digest to (slack|discord):/.test(t));
    const notes = [`${told.length} stuck alert(s) in the admin channel, e.g. "${told[0]?.slice(0, 160)}"`, `start exit ${exit}`];
    return result('admin told what is stuck (2 h down)', [
      { counts: await countWorld(world), notes, failed: !named || exit !== 0 },
    ]);
  } finally {
    await world.close();
  }
}

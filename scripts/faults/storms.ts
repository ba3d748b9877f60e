// Platforms that push back: a storm of consecutive 429s with Retry-After on both platforms, and a
// burst of 5xx answers and dropped connections (a post carried out whose answer is lost).
// `digestbot once --now` must wait each Retry-After out and still post every part once.
import type { Fault } from '../../test/stand-ins/server.js';
import type { ChatWorld } from '../../test/helpers/chat-world.js';
import { countWorld, faultEach, routeArrivals, routeCalls, startFaultWorld, type Route } from '../../test/helpers/fault-world.js';
import { result } from './table.js';

const SLACK_POST: Route = 'chat.postMessage';
const DISCORD_POST: Route = 'POST /channels/:id/messages';

/** Gaps after each of the first `n` answers (all 429) shorter than `retryAfterMs`. */
function shortWaits(world: ChatWorld, route: Route, n: number, retryAfterMs: number): { waits: number; short: number } {
  const at = routeArrivals(world, route);
  let short = 0;
  let waits = 0;
  for (let i = 0; i < Math.min(n, at.length - 1); i++) {
    waits++;
    if (at[i + 1]! - at[i]! < retryAfterMs) short++;
  }
  return { waits, short };
}

export async function storm429(size: number) {
  const world = await startFaultWorld();
  try {
    const storm: Fault[] = Array<Fault>(size).fill({ kind: 'status', status: 429, retryAfterSec: 1 });
    faultEach(world, SLACK_POST, storm);
    faultEach(world, DISCORD_POST, storm);
    const r = await world.cli(['once', '--now']);
    const slack = shortWaits(world, SLACK_POST, size, 1000);
    const discord = shortWaits(world, DISCORD_POST, size, 1000);
    const notes = [
      `once --now exit ${r.code}`,
      `${size} consecutive 429 (Retry-After 1 s) per platform; waits shorter than Retry-After: Slack ${slack.short}/${slack.waits}, Discord ${discord.short}/${discord.waits}`,
      `calls: Slack posts ${routeCalls(world, SLACK_POST)}, Discord posts ${routeCalls(world, DISCORD_POST)}`,
    ];
    const failed = r.code !== 0 || slack.short + discord.short > 0 || slack.waits < size || discord.waits < size;
    return result(`429 storm (${size} per platform)`, [{ counts: await countWorld(world), notes, failed }]);
  } finally {
    await world.close();
  }
}

export async function burst5xx() {
  const world = await startFaultWorld();
  try {
    faultEach(world, SLACK_POST, [{ kind: 'status', status: 503 }, { kind: 'pass' }, { kind: 'drop' }]);
    faultEach(world, DISCORD_POST, [{ kind: 'status', status: 502 }, { kind: 'pass' }, { kind: 'drop' }]);
    faultEach(world, 'files.completeUploadExternal', [{ kind: 'status', status: 500 }]);
    const r = await world.cli(['once', '--now']);
    const notes = [
      `once --now exit ${r.code}`,
      'Slack 503, 500 (file), drop; Discord 502, drop (each retried after 30 s, looked for first)',
    ];
    return result('5xx burst + dropped answers', [{ counts: await countWorld(world), notes, failed: r.code !== 0 }]);
  } finally {
    await world.close();
  }
}

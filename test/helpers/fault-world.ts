// The world a fault run works in: the chat world (feed server, Slack and Discord stand-ins) with a
// funding story, ordinary stories and one item full of mention syntax, driven through the built
// CLI (`dist/cli.js`, as the image runs it); where to strike (the n-th call to a posting route),
// and how to finish a run and count what reached the platforms (test/helpers/delivery-count.ts).
import type { ChildProcess } from 'node:child_process';
import { STORY_FIXTURES } from '../fixtures/stories.js';
import type { Fault } from '../stand-ins/server.js';
import { DIST_CLI, type CliResult } from './cli.js';
import { DISCORD_CHANNEL, rssOf, SLACK_CHANNEL, startChatWorld, type ChatWorld } from './chat-world.js';
import { countDeliveries, type DeliveryCounts } from './delivery-count.js';
import { waitFor } from './wait.js';

const MENTIONS = '@everyone @here <!channel> <!here> <@U0123ABCD> <@&123456789012345678>';

export const FAULT_ITEMS = [
  ...STORY_FIXTURES.slice(0, 8).map((f) => ({
    title: f.title,
    link: `https://news.example/${f.key}`,
    text: f.text,
    hoursAgo: f.hoursAgo,
  })),
  {
    title: `Dock workers vote on the crane pilot ${MENTIONS}`,
    link: 'https://news.example/dock-vote',
    text: `Dock workers in Rotterdam vote this week on the crane pilot. ${MENTIONS} The union asked for a review.`,
    hoursAgo: 4,
  },
];

/** A schedule whose slots are never due: only `--now` builds a digest, so a restart only finishes one. */
export const NEVER = '0 0 1 1 *';

export type Route = 'chat.postMessage' | 'files.completeUploadExternal' | 'POST /channels/:id/messages';
export const ROUTES: readonly Route[] = ['chat.postMessage', 'files.completeUploadExternal', 'POST /channels/:id/messages'];
const isDiscord = (r: Route) => r.startsWith('POST ');

/** `env`: set before the feed is added (DATABASE_URL for a world on PostgreSQL). */
export async function startFaultWorld(
  o: Parameters<typeof startChatWorld>[1] = {},
  env: Record<string, string> = {},
): Promise<ChatWorld> {
  const world = await startChatWorld(() => rssOf('Fault Wire', FAULT_ITEMS), { cli: DIST_CLI, ...o });
  Object.assign(world.env, { DIGESTBOT_SCHEDULE: NEVER }, env);
  await world.addFeed();
  return world;
}

/** When each of the route's requests arrived (answered or not), in order. */
export function routeArrivals(world: ChatWorld, route: Route): number[] {
  if (isDiscord(route))
    return world.discord.calls.filter((c) => `${c.method} ${c.path.replace(/\d{5,}/g, ':id')}` === route).map((c) => c.at);
  return world.slack.calls.filter((c) => c.method === route).map((c) => c.at);
}

export const routeCalls = (world: ChatWorld, route: Route): number => routeArrivals(world, route).length;

/** How many messages the route has stored in the digest channel. */
function stored(world: ChatWorld, route: Route): number {
  if (isDiscord(route)) return world.discord.messages.filter((m) => m.channelId === DISCORD_CHANNEL).length;
  const files = route === 'files.completeUploadExternal';
  return world.slack.messages.filter((m) => m.channel === SLACK_CHANNEL && m.files.length > 0 === files).length;
}

/** Faults the route's n-th request from now (the ones before it are served). */
export function faultNth(world: ChatWorld, route: Route, nth: number, fault: Fault): void {
  const faults: Fault[] = [...Array<Fault>(nth - 1).fill({ kind: 'pass' }), fault];
  if (isDiscord(route)) world.discord.fault(route, ...faults);
  else world.slack.fault(route, ...faults);
}

/** Faults every request to the route from now, in order. */
export function faultEach(world: ChatWorld, route: Route, faults: Fault[]): void {
  if (isDiscord(route)) world.discord.fault(route, ...faults);
  else world.slack.fault(route, ...faults);
}

export interface Strike {
  route: Route;
  nth: number;
  /** 'arrival': the moment the request arrives (it may or may not be carried out); 'posted': the message is stored, its answer never sent. */
  when: 'arrival' | 'posted';
}

/** Starts `digestbot <args>` and acts at the strike (a signal, a lock, a cut); resolves with how the process ended. */
export async function strikeDuring(
  world: ChatWorld,
  args: string[],
  s: Strike,
  act: (child: ChildProcess) => unknown,
): Promise<CliResult> {
  if (s.when === 'posted') faultNth(world, s.route, s.nth, { kind: 'hang' });
  let child: ChildProcess | undefined;
  const run = world.cli(args, {}, { started: (c) => (child = c) });
  const hit = () => routeCalls(world, s.route) >= s.nth && (s.when === 'arrival' || stored(world, s.route) >= s.nth);
  const done = await Promise.race([
    waitFor(hit, { what: `call ${s.nth} to ${s.route}`, everyMs: 5, timeoutMs: 150_000 }).then(() => false),
    run.then(() => true),
  ]);
  if (!done) await act(child!);
  return run;
}

/** Runs `digestbot once` (nothing due: it only drains what is queued) until it exits. */
export const finishQueued = (world: ChatWorld): Promise<CliResult> => world.cli(['once']);

export async function countWorld(world: ChatWorld): Promise<DeliveryCounts> {
  return countDeliveries(
    await world.deliveries(),
    { channel: SLACK_CHANNEL, messages: world.slack.messages },
    { channel: DISCORD_CHANNEL, messages: world.discord.messages },
  );
}

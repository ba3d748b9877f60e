// PostgreSQL (TEST_DATABASE_URL, a fresh schema per run; the shared server is never restarted):
// two replicas, `digestbot start` beside `digestbot once --now`, the latter killed mid-delivery at a
// seeded point while the other finishes; and PostgreSQL cut off for a while mid-delivery through a
// loopback TCP proxy between the bot and the server.
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startBot } from '../../test/helpers/bot-process.js';
import { DIST_CLI } from '../../test/helpers/cli.js';
import type { ChatWorld } from '../../test/helpers/chat-world.js';
import { countWorld, finishQueued, startFaultWorld, strikeDuring, type Strike } from '../../test/helpers/fault-world.js';
import { pgProxy } from '../../test/helpers/pg-proxy.js';
import { waitFor } from '../../test/helpers/wait.js';
import { result } from './table.js';

const OUTAGE_MS = 10_000;
/** The line that says what went wrong (a stack trace's first line is only "node:events:…"). */
const firstLine = (s: string) =>
  s
    .trim()
    .split('\n')
    .find((l) => /error/i.test(l))
    ?.slice(0, 200) ?? '';

/** A fresh schema on the server; `drop` removes it. */
async function schemaOn(base: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `faults_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create schema ${name}`);
  await admin.end();
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${name}`);
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop schema if exists ${name} cascade`);
      await c.end();
    },
  };
}

async function allSent(world: ChatWorld): Promise<boolean> {
  const rows = await world.deliveries();
  return rows.length > 0 && rows.every((r) => r.status === 'sent');
}

async function replicaKilled(base: string, s: Strike) {
  const schema = await schemaOn(base);
  const world = await startFaultWorld({}, { DATABASE_URL: schema.url });
  try {
    const other = await startBot({ ...world.env, DISCORD_GATEWAY: 'false' }, DIST_CLI);
    await strikeDuring(world, ['once', '--now'], s, (c: ChildProcess) => c.kill('SIGKILL'));
    await waitFor(() => allSent(world), {
      what: 'the other replica to finish the digest',
      on: [world.slack.events, world.discord.events],
      everyMs: 2000,
      timeoutMs: 240_000,
    });
    const exit = await other.stop();
    return { counts: await countWorld(world), notes: [`surviving replica exit ${exit} on SIGTERM`], failed: exit !== 0 };
  } finally {
    await world.close();
    await schema.drop();
  }
}

async function postgresCutOff(base: string) {
  const schema = await schemaOn(base);
  const proxy = await pgProxy(new URL(base));
  const world = await startFaultWorld({}, { DATABASE_URL: proxy.url(schema.url) });
  try {
    const s: Strike = { route: 'chat.postMessage', nth: 1, when: 'arrival' };
    let restored: Promise<void> = Promise.resolve();
    const struck = await strikeDuring(world, ['once', '--now'], s, () => {
      proxy.cut();
      restored = new Promise((resolve) => setTimeout(resolve, OUTAGE_MS)).then(proxy.restore);
    });
    await restored;
    const notes = [
      `PostgreSQL cut off ${OUTAGE_MS / 1000} s from the first Slack post: once --now exit ${struck.code}${struck.code === 0 ? '' : ` ("${firstLine(struck.stderr)}")`}`,
    ];
    let failed = false;
    if (struck.code !== 0) {
      const finish = await finishQueued(world);
      notes.push(`then \`once\` exit ${finish.code}`);
      failed = finish.code !== 0;
    }
    return { counts: await countWorld(world), notes, failed };
  } finally {
    await world.close();
    await proxy.close();
    await schema.drop();
  }
}

export async function postgresScenarios(strikes: Strike[]) {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    process.stdout.write('PostgreSQL scenarios skipped: TEST_DATABASE_URL is not set\n');
    return [];
  }
  const replicas = [];
  for (const s of strikes) replicas.push(await replicaKilled(base, s));
  return [
    result('PostgreSQL: 2 replicas, one killed -9 mid-delivery', replicas),
    result('PostgreSQL cut off 10 s mid-delivery', [await postgresCutOff(base)]),
  ];
}

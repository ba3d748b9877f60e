// `digestbot start` drains the outbox: a digest queued in its store reaches the Slack stand-in
// through the configured SLACK_API_URL, once, and the process still stops cleanly on SIGTERM.
import { afterEach, beforeEach, expect, it, describe } from 'vitest';
import { startSlackStandIn, type SlackStandIn } from '../stand-ins/slack-api.js';
import { sampleDigest } from '../fixtures/digests.js';
import { tinyPng } from '../fixtures/png.js';
import { openSqliteTestStore, type TestStore } from '../helpers/stores.js';
import { addDestination, storeAndQueue } from '../helpers/outbox.js';
import { startTsProcess } from '../helpers/spawn.js';
import { waitFor } from '../helpers/wait.js';

const CLI = new URL('../../src/cli.ts', import.meta.url);

describe('digestbot start', () => {
  let slack: SlackStandIn;
  let t: TestStore;
  beforeEach(async () => {
    slack = await startSlackStandIn({ channels: ['C0E2E', 'C0ADMIN'] });
    t = await openSqliteTestStore();
  });
  afterEach(async () => {
    await slack.close();
    await t.cleanup();
  });

  it('posts queued digests to Slack once and exits 0 on SIGTERM', async () => {
    const destinationId = await addDestination(t.store.db, 'slack', 'C0E2E');
    const parts = await storeAndQueue(t.store, sampleDigest({ destinationId }), 'slack', tinyPng());
    const env = {
      PATH: process.env.PATH ?? '',
      LOG_LEVEL: 'silent',
      PORT: '0',
      DIGESTBOT_SEED_FEEDS: 'false',
      DIGESTBOT_DATA_DIR: t.options.dataDir,
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: slack.apiUrl,
      DIGESTBOT_ADMIN_CHANNEL: 'slack:C0ADMIN',
    };
    const { child, output } = startTsProcess(CLI, ['start'], env);
    await waitFor(() => slack.messages.length >= parts, {
      what: `${parts} digest parts on Slack`,
      on: [slack.events],
      timeoutMs: 150_000, // a failure bound: `start` boots slowly on a loaded machine
    });
    child.kill('SIGTERM');
    const exit = child.exitCode ?? (await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))));
    await output;
    expect(slack.messages.map((m) => m.channel)).toEqual(['C0E2E', 'C0E2E', 'C0E2E']);
    expect(exit).toBe(0);
  });
});

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { PG_URL } from '../../helpers/stores.js';

describe('digestbot config check', () => {
  it('prints the effective configuration with secrets redacted', async () => {
    const r = await runCli(['config', 'check'], { env: { SLACK_BOT_TOKEN: 'xoxb-very-secret', SLACK_SIGNING_SECRET: 'shh' } });
    expect(r.code).toBe(0);
    const cfg = JSON.parse(r.stdout);
    expect(cfg.slack.botToken).toBe('[redacted]');
    expect(r.stdout).not.toContain('xoxb-very-secret');
    expect(cfg.schedule.crons).toEqual(['0 15 * * *', '0 21 * * *']);
  });

  it('exits 2 with one message naming every bad key', async () => {
    const r = await runCli(['config', 'check'], { env: { PORT: 'abc', DIGESTBOT_TIMEZONE: 'Nowhere/Land' } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/CONFIG_INVALID: Invalid configuration \(environment\): 2 problems/);
    expect(r.stderr).toContain('PORT (port)');
    expect(r.stderr).toContain('DIGESTBOT_TIMEZONE (schedule.timezone)');
  });
});

describe('digestbot migrate', () => {
  it('creates the SQLite schema once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'digestbot-cli-'));
    const first = await runCli(['migrate'], { env: { DIGESTBOT_DATA_DIR: dataDir } });
    // Every migration, in order (later branches append theirs).
    expect(first).toMatchObject({ code: 0, stdout: expect.stringMatching(/^applied: 0001_init(, \d{4}_\w+)*\n$/) });
    const second = await runCli(['migrate'], { env: { DIGESTBOT_DATA_DIR: dataDir } });
    expect(second).toMatchObject({ code: 0, stdout: 'schema is up to date\n' });
  });

  it('names an unreachable PostgreSQL server', async () => {
    const r = await runCli(['migrate'], { env: { DATABASE_URL: 'postgresql://bot:pw@127.0.0.1:1/nothing' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /DB_UNREACHABLE: Cannot reach PostgreSQL at postgresql:\/\/bot@127\.0\.0\.1:1\/nothing \(DATABASE_URL\)/,
    );
    expect(r.stderr).not.toContain('pw');
  });

  it.skipIf(!PG_URL)('names a database that does not exist', async () => {
    const url = new URL(PG_URL!);
    url.pathname = '/no_such_database_here';
    const r = await runCli(['migrate'], { env: { DATABASE_URL: url.toString() } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/DB_UNREACHABLE: PostgreSQL at .* has no such database/);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, isAllowListEntry, loadConfig, redactConfig } from '../../src/config.js';
import { isAppError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'digestbot-config-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has the documented defaults with an empty environment', () => {
    const c = loadConfig({ env: {} });
    expect(c.dataDir).toBe('./data');
    expect(c.databaseUrl).toBeUndefined();
    expect(c.summarizer.provider).toBe('extractive');
    expect(c.schedule).toEqual({ crons: ['0 15 * * *', '0 21 * * *'], timezone: 'UTC', catchUpGraceMinutes: 180 });
    expect(c.slack.apiUrl).toBe('https://slack.com/api/');
    expect(c.discord.apiUrl).toBe('https://discord.com/api');
    expect(c.fetch).toMatchObject({
      connectTimeoutMs: 10_000,
      timeoutMs: 20_000,
      maxBodyBytes: 10 * 1024 * 1024,
      maxItems: 200,
      perHostConcurrency: 2,
      concurrency: 8,
    });
  });

  it('reads a YAML file and lets the environment win', () => {
    const path = file(
      'ok.yaml',
      [
        'port: 8080',
        'schedule:',
        '  timezone: Europe/Paris',
        'feeds:',
        '  - url: https://example.com/feed.xml',
        '    topic: robotics',
        'destinations:',
        '  - { platform: slack, channel: C0123, topics: [robotics] }',
      ].join('\n'),
    );
    const c = loadConfig({ env: { DIGESTBOT_CONFIG: path, PORT: '9090', DIGESTBOT_SCHEDULE: '0 9 * * 1-5; 30 17 * * *' } });
    expect(c.port).toBe(9090);
    expect(c.schedule.timezone).toBe('Europe/Paris');
    expect(c.schedule.crons).toEqual(['0 9 * * 1-5', '30 17 * * *']);
    expect(c.feeds).toEqual([{ url: 'https://example.com/feed.xml', topic: 'robotics' }]);
    expect(c.destinations[0]).toMatchObject({ platform: 'slack', channel: 'C0123', topics: ['robotics'] });
  });

  it("reads a feed's display name (name, or title as it was spelled before) and refuses two different ones", () => {
    const named = file('named.yaml', ['feeds:', '  - url: https://example.com/a.xml', '    name: " Harbor Wire "'].join('\n'));
    expect(loadConfig({ env: { DIGESTBOT_CONFIG: named } }).feeds).toEqual([
      { url: 'https://example.com/a.xml', name: 'Harbor Wire' },
    ]);
    const both = file(
      'both.yaml',
      [
        'feeds:',
        '  - url: https://example.com/a.xml',
        '    name: Harbor Wire',
        '    title: Harbour Wire',
        '  - url: https://example.com/b.xml',
        '    name: ""',
      ].join('\n'),
    );
    const text = problemsOf(() => loadConfig({ env: { DIGESTBOT_CONFIG: both } })).join('\n');
    expect(text).toMatch(/feeds\[0\]\.title: name and title are one setting \(title is its older spelling\): keep name/);
    expect(text).toMatch(/feeds\[1\]\.name: a feed name is 1–100 characters/);
  });

  it("reads a destination's language and what to do with other languages, and names a bad code", () => {
    const ok = file(
      'lang.yaml',
      [
        'destinations:',
        '  - { platform: slack, channel: C0123, language: DE, otherLanguages: drop }',
        '  - { platform: slack, channel: C0456 }',
      ].join('\n'),
    );
    const c = loadConfig({ env: { DIGESTBOT_CONFIG: ok } });
    expect(c.destinations[0]).toMatchObject({ language: 'de', otherLanguages: 'drop' });
    expect(c.destinations[1]).toMatchObject({ otherLanguages: 'section' });
    expect(c.destinations[1]!.language).toBeUndefined();
    const bad = file(
      'badlang.yaml',
      ['destinations:', '  - { platform: slack, channel: C0123, language: german, otherLanguages: hide }'].join('\n'),
    );
    const text = problemsOf(() => loadConfig({ env: { DIGESTBOT_CONFIG: bad } })).join('\n');
    expect(text).toMatch(/destinations\[0\]\.language: expected a two-letter ISO 639-1 code such as en or de/);
    expect(text).toMatch(/destinations\[0\]\.otherLanguages: .*section.*drop/);
  });

  it('reads JSON files too', () => {
    const path = file(
      'ok.json',
      JSON.stringify({ logLevel: 'debug', fetch: { allowPrivate: ['127.0.0.1/32', 'localhost:8080'] } }),
    );
    const c = loadConfig({ env: { DIGESTBOT_CONFIG: path } });
    expect(c.logLevel).toBe('debug');
    expect(c.fetch.allowPrivate).toEqual(['127.0.0.1/32', 'localhost:8080']);
  });

  it('names every bad key at once, with the env var or file key and what was expected', () => {
    const path = file(
      'bad.yaml',
      ['prot: 80', 'schedule:', '  timezone: Mars/Olympus', 'feeds:', '  - url: ftp://x.example/feed'].join('\n'),
    );
    const problems = problemsOf(() =>
      loadConfig({
        env: {
          DIGESTBOT_CONFIG: path,
          PORT: 'eighty',
          LOG_LEVEL: 'loud',
          FEED_ALLOW_PRIVATE: '10.0.0.0/8,not a cidr',
          DISCORD_PUBLIC_KEY: 'xyz',
        },
      }),
    );
    const text = problems.join('\n');
    expect(problems).toHaveLength(8);
    expect(text).toMatch(/discord\.applicationId: required with the interactions public key/);
    expect(text).toMatch(/prot: unknown key; did you mean port\?/);
    expect(text).toMatch(/schedule\.timezone: expected an IANA time zone/);
    expect(text).toMatch(/feeds\[0\]\.url: expected an http\(s\) URL/);
    expect(text).toMatch(/PORT \(port\): expected a whole number from 0 to 65535, got "eighty"/);
    expect(text).toMatch(/LOG_LEVEL \(logLevel\): .*expected one of/);
    expect(text).toMatch(/FEED_ALLOW_PRIVATE \(fetch\.allowPrivate\[1\]\): expected a CIDR/);
    expect(text).toMatch(/DISCORD_PUBLIC_KEY \(discord\.publicKey\): expected 64 hex characters/);
  });

  it('names the fix for values that look right but are not (issue 19)', () => {
    const text = problemsOf(() =>
      loadConfig({
        env: {
          PORT: 'abc',
          DISCORD_APPLICATION_ID: '1000',
          SLACK_BOT_TOKEN: 'xapp-1-A0-secretvalue',
          SLACK_SIGNING_SECRET: 's',
          DIGESTBOT_DESTINATIONS: 'slack:general,discord:C0123',
        },
      }),
    ).join('\n');
    expect(text).toContain('PORT (port): expected a whole number from 0 to 65535, got "abc"');
    expect(text).toContain('DISCORD_APPLICATION_ID (discord.applicationId): expected the application id, 17–20 digits');
    expect(text).toContain('General Information → Application ID), got "1000"');
    expect(text).toContain('SLACK_BOT_TOKEN (slack.botToken): expected the bot token, which starts with xoxb-');
    expect(text).toContain('goes in SLACK_APP_TOKEN');
    expect(text).not.toContain('secretvalue');
    expect(text).toContain('DIGESTBOT_DESTINATIONS (destinations[0].channel): expected a Slack channel id such as C0123456789');
    expect(text).toContain('not its name, got "general"');
    expect(text).toContain('(destinations[1].channel): expected a Discord channel id of 17–20 digits');
    expect(text).not.toContain('expected number, received NaN');
  });

  it('suggests the likely key for a mistyped one, at any depth', () => {
    const problems = problemsOf(() =>
      loadConfig({
        env: {},
        overrides: {
          shedule: {},
          digest: { emptyDigets: 'skip' },
          destinations: [{ platform: 'slack', channel: 'C1', topic: ['x'] }],
          zzzzzz: 1,
        },
      }),
    );
    expect(problems).toContain('shedule: unknown key; did you mean schedule?');
    expect(problems).toContain('digest.emptyDigets: unknown key; did you mean emptyDigest?');
    expect(problems).toContain('destinations[0].topic: unknown key; did you mean topics?');
    expect(problems.find((p) => p.startsWith('zzzzzz'))).toMatch(/^zzzzzz: unknown key \(known keys here: dataDir, /);
  });

  it('reads per-channel schedules, filters and paused feeds', () => {
    const c = loadConfig({
      env: {},
      overrides: {
        destinations: [
          {
            platform: 'discord',
            channel: '1234567890123456789',
            schedule: { crons: ['0 8 * * 1-5'], timezone: 'Europe/Paris' },
            include: ['humanoid', '/\\bIPO\\b/i'],
            exclude: ['opinion'],
            pausedFeeds: ['https://x.example/feed'],
          },
        ],
      },
    });
    expect(c.destinations[0]).toMatchObject({
      schedule: { crons: ['0 8 * * 1-5'], timezone: 'Europe/Paris' },
      include: ['humanoid', '/\\bIPO\\b/i'],
      exclude: ['opinion'],
      pausedFeeds: ['https://x.example/feed'],
    });
  });

  it('reports cross-field rules together with type errors', () => {
    const problems = problemsOf(() =>
      loadConfig({ env: { PORT: 'x', SLACK_BOT_TOKEN: 'xoxb-1', SUMMARIZER_PROVIDER: 'anthropic' } }),
    );
    expect(problems.join('\n')).toMatch(/slack\.signingSecret: required in HTTP mode/);
    expect(problems.join('\n')).toMatch(/summarizer\.model: required/);
    expect(problems.join('\n')).toMatch(/PORT/);
  });

  it('never echoes a secret value in an error', () => {
    const problems = problemsOf(() => loadConfig({ env: { DATABASE_URL: 'mysql://user:hunter2@db/x' } }));
    expect(problems.join('\n')).toMatch(/DATABASE_URL \(databaseUrl\): expected a postgres/);
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('reads secrets from *_FILE and refuses both forms at once', () => {
    const secret = file('token.txt', 'xoxb-from-file\n');
    const c = loadConfig({ env: { SLACK_BOT_TOKEN_FILE: secret, SLACK_SIGNING_SECRET: 's3cret' } });
    expect(c.slack.botToken).toBe('xoxb-from-file');
    const problems = problemsOf(() =>
      loadConfig({ env: { SLACK_BOT_TOKEN_FILE: secret, SLACK_BOT_TOKEN: 'x', SLACK_SIGNING_SECRET: 's' } }),
    );
    expect(problems).toEqual(['SLACK_BOT_TOKEN and SLACK_BOT_TOKEN_FILE: set one of them, not both']);
    const missing = problemsOf(() => loadConfig({ env: { DISCORD_TOKEN_FILE: join(dir, 'nope') } }));
    expect(missing[0]).toMatch(/^DISCORD_TOKEN_FILE: cannot read .*nope/);
  });

  it('parses destinations and admins from the environment', () => {
    const c = loadConfig({
      env: {
        DIGESTBOT_DESTINATIONS: 'slack:C01, discord:1234567890123456789',
        DIGESTBOT_ADMIN_CHANNEL: 'slack:C99',
        DIGESTBOT_SLACK_ADMINS: 'U1,U2',
      },
    });
    expect(c.destinations.map((d) => [d.platform, d.channel])).toEqual([
      ['slack', 'C01'],
      ['discord', '1234567890123456789'],
    ]);
    expect(c.adminChannel).toEqual({ platform: 'slack', channel: 'C99' });
    expect(c.admins.slack).toEqual(['U1', 'U2']);
  });

  it('explains a malformed or missing file', () => {
    const broken = file('broken.yaml', 'port: [1, 2\nfeeds: {');
    const err = (() => {
      try {
        loadConfig({ env: { DIGESTBOT_CONFIG: broken } });
      } catch (e) {
        return e;
      }
    })();
    expect(isAppError(err, 'CONFIG_FILE_UNREADABLE')).toBe(true);
    expect((err as Error).message).toContain('broken.yaml');
    expect(() => loadConfig({ env: { DIGESTBOT_CONFIG: join(dir, 'absent.yaml') } })).toThrow(
      /Cannot read the config file .*absent\.yaml/,
    );
  });
});

describe('redactConfig', () => {
  it('hides secrets and the database password but keeps where things are', () => {
    const c = loadConfig({
      env: {
        SLACK_BOT_TOKEN: 'xoxb-secret',
        SLACK_SIGNING_SECRET: 'sign-secret',
        DATABASE_URL: 'postgresql://bot:pw123@db.internal:5432/digest',
        SUMMARIZER_PROVIDER: 'openai',
        SUMMARIZER_MODEL: 'gpt',
        SUMMARIZER_API_KEY: 'sk-abc',
      },
    });
    const text = JSON.stringify(redactConfig(c));
    for (const s of ['xoxb-secret', 'sign-secret', 'pw123', 'sk-abc']) expect(text).not.toContain(s);
    expect(text).toContain('db.internal:5432/digest');
    expect(text).toContain('[redacted]');
  });
});

describe('isAllowListEntry', () => {
  it.each([
    ['127.0.0.1/32', true],
    ['10.0.0.0/8', true],
    ['fd00::/8', true],
    ['::1', true],
    ['localhost:8080', true],
    ['[::1]:8080', true],
    ['10.0.0.0/33', false],
    ['localhost', false],
    ['host:0', false],
    ['a b:80', false],
  ])('%s → %s', (value, ok) => {
    expect(isAllowListEntry(value)).toBe(ok);
  });
});

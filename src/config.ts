// One validated configuration: defaults < config file (DIGESTBOT_CONFIG, JSON or YAML) < environment.
// A bad value stops the start with one message that names every bad key and what it expected.
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { destinationLanguage, feedSchema, httpUrl, int, retentionSchema, secret } from './config-fields.js';
import { describeIssue, getPath } from './config-messages.js';
import { AppError, errorMessage } from './errors.js';
import { isTimeZone, isValidCron } from './runtime/slots.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const PLATFORMS = ['slack', 'discord', 'console'] as const;

const cronExpr = z.string().trim().refine(isValidCron, {
  message: 'expected a cron expression such as "0 15 * * *"',
});

const timeZone = z.string().trim().refine(isTimeZone, {
  message: 'expected an IANA time zone such as "UTC" or "Europe/Paris"',
});

/** A CIDR (`10.0.0.0/8`, `fd00::/8`), a single address, or `host:port` a feed may reach despite the private-address guard. */
export function isAllowListEntry(value: string): boolean {
  const cidr = /^(.+)\/(\d{1,3})$/.exec(value);
  if (cidr) {
    const family = isIP(cidr[1]!);
    const bits = Number(cidr[2]);
    return (family === 4 && bits <= 32) || (family === 6 && bits <= 128);
  }
  if (isIP(value)) return true;
  const hostPort = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):(\d{1,5})$/i.exec(value);
  return hostPort !== null && Number(hostPort[2]) > 0 && Number(hostPort[2]) < 65536;
}

const allowEntry = z.string().trim().refine(isAllowListEntry, {
  message: 'expected a CIDR (10.0.0.0/8), an IP address, or host:port',
});

/** A channel id as each platform spells it; `console` takes any label. */
const CHANNEL_IDS: Record<string, { pattern: RegExp; expected: string }> = {
  slack: {
    pattern: /^[CGD][A-Z0-9]+$/,
    expected: 'a Slack channel id such as C0123456789 (in Slack: the channel name → About → Channel ID), not its name',
  },
  discord: {
    pattern: /^\d{17,20}$/,
    expected: 'a Discord channel id of 17–20 digits (Developer Mode on, then right-click the channel → Copy Channel ID)',
  },
};

const channelShape = {
  platform: z.enum(PLATFORMS).describe('slack, discord or console'),
  channel: z.string().trim().min(1).describe('channel id (Slack C…, Discord snowflake; any label for console)'),
};

function checkChannelId(c: { platform: string; channel: string }, ctx: z.RefinementCtx): void {
  const id = CHANNEL_IDS[c.platform];
  if (id && !id.pattern.test(c.channel)) ctx.addIssue({ code: 'custom', path: ['channel'], message: `expected ${id.expected}` });
}

const channelRef = z.strictObject(channelShape).superRefine(checkChannelId);

const scheduleSchema = z.strictObject({
  crons: z.array(cronExpr).min(1).describe('digest slots as cron expressions'),
  timezone: timeZone.optional().describe('time zone of the cron expressions (default: schedule.timezone)'),
});

const destinationSchema = z
  .strictObject({
    ...channelShape,
    name: z.string().optional().describe('label shown in logs and status'),
    topics: z.array(z.string().trim().min(1)).default([]).describe('topics routed here; empty means all'),
    emptyDigest: z.enum(['short', 'skip']).optional().describe('when nothing is new: post a short note, or skip'),
    schedule: scheduleSchema.optional().describe("this channel's own slots; default the global schedule"),
    include: z.array(z.string().trim().min(1)).default([]).describe('words or /regex/: an article must match one'),
    exclude: z.array(z.string().trim().min(1)).default([]).describe('words or /regex/: an article matching one is left out'),
    pausedFeeds: z.array(httpUrl).default([]).describe('feed URLs left out of this channel'),
    ...destinationLanguage,
  })
  .superRefine(checkChannelId);

export const configSchema = z
  .strictObject({
    dataDir: z.string().min(1).default('./data').describe('directory of the SQLite file (used when databaseUrl is unset)'),
    databaseUrl: z
      .string()
      .trim()
      .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL')
      .optional()
      .describe('PostgreSQL connection; unset means the SQLite file'),
    logLevel: z.enum(LOG_LEVELS).default('info').describe('log level'),
    port: int(0, 65535).default(3000).describe('the HTTP listener (Slack events, Discord interactions, /healthz, /metrics)'),
    publicUrl: httpUrl.optional().describe('public base URL of the HTTP listener (for the Slack manifest)'),
    digest: z
      .strictObject({
        name: z.string().min(1).default('digestbot briefing').describe('digest name in the header'),
        maxStories: int(1, 50).default(12).describe('cap on stories per digest'),
        emptyDigest: z.enum(['short', 'skip']).default('short').describe('default for destinations without their own'),
      })
      .prefault({}),
    schedule: z
      .strictObject({
        crons: z.array(cronExpr).min(1).default(['0 15 * * *', '0 21 * * *']).describe('digest slots as cron expressions'),
        timezone: timeZone.default('UTC').describe('time zone of the cron expressions'),
        catchUpGraceMinutes: int(0, 24 * 60)
          .default(180)
          .describe('a slot missed while down runs once if this recent'),
      })
      .prefault({}),
    feeds: z
      .array(feedSchema)
      .default([])
      .describe(
        'feeds to poll ({url, topic?, name? (the outlet name digests show; title? is its older spelling), fullText?: auto (default: fetch the article page of titles and teasers), always or off, decision 0025}); at every start added, updated, and disabled when removed (decision 0020)',
      ),
    seedFeeds: z
      .boolean()
      .default(true)
      .describe('while no feed is configured or added by an admin, poll the starter list in seeds/feeds.json'),
    destinations: z
      .array(destinationSchema)
      .default([])
      .describe(
        'channels that receive the digest, each with topics, schedule, emptyDigest, include, exclude, pausedFeeds, language, otherLanguages; at every start added, updated, and disabled when removed (env: `slack:C0123,discord:1234567890123456789`)',
      ),
    adminChannel: channelRef.optional().describe('where failures and disabled feeds are reported (env: `slack:C0999`)'),
    admins: z
      .strictObject({
        slack: z.array(z.string().trim().min(1)).default([]).describe('Slack user ids with admin rights'),
        discord: z.array(z.string().trim().min(1)).default([]).describe('Discord user ids with admin rights'),
      })
      .prefault({}),
    summarizer: z
      .strictObject({
        provider: z.enum(['extractive', 'openai', 'anthropic', 'ollama']).default('extractive').describe('who writes the text'),
        baseUrl: httpUrl.optional().describe('endpoint of the LLM API'),
        model: z.string().trim().min(1).optional().describe('model name for an LLM provider'),
        apiKey: secret.describe('API key of the LLM provider'),
        timeoutMs: int(1000, 300_000).default(30_000).describe('per-request timeout'),
        maxRetries: int(0, 5).default(2).describe('retries per request'),
        tokenBudget: int(100, 1_000_000).default(20_000).describe('tokens one digest may spend'),
        deadlineMs: int(1000, 3_600_000).default(60_000).describe('time one digest may spend on LLM calls'),
        breakerFailures: int(1, 50).default(3).describe('failed calls in a row that stop calling the endpoint'),
        breakerCooldownMs: int(1000, 86_400_000).default(300_000).describe('how long the endpoint then rests'),
      })
      .prefault({})
      .superRefine(
        (s, ctx) => {
          if (s.provider !== 'extractive' && !s.model) {
            ctx.addIssue({ code: 'custom', path: ['model'], message: `required when the provider is ${s.provider}` });
          }
          if (s.provider === 'openai' && !s.baseUrl && !s.apiKey) {
            ctx.addIssue({ code: 'custom', path: ['apiKey'], message: 'required for OpenAI unless baseUrl points elsewhere' });
          }
          if (s.provider === 'anthropic' && !s.apiKey) {
            ctx.addIssue({ code: 'custom', path: ['apiKey'], message: 'required when the provider is anthropic' });
          }
        },
        { when: () => true },
      ),
    slack: z
      .strictObject({
        botToken: secret
          .refine((v) => v === undefined || v.startsWith('xoxb-'), {
            message:
              'expected the bot token, which starts with xoxb- (OAuth & Permissions → Bot User OAuth Token); an xapp- token is the app-level token and goes in SLACK_APP_TOKEN',
          })
          .describe('bot token (xoxb-…)'),
        signingSecret: secret.describe('signing secret (HTTP mode)'),
        appToken: secret
          .refine((v) => v === undefined || v.startsWith('xapp-'), {
            message: 'expected the app-level token, which starts with xapp- (Basic Information → App-Level Tokens)',
          })
          .describe('app-level token (xapp-…, Socket Mode)'),
        apiUrl: httpUrl.default('https://slack.com/api/').describe('Web API base URL'),
      })
      .prefault({}),
    discord: z
      .strictObject({
        token: secret.describe('bot token'),
        applicationId: z
          .string()
          .trim()
          .regex(
            /^\d{17,20}$/,
            'expected the application id, 17–20 digits (Developer Portal → your application → General Information → Application ID)',
          )
          .optional()
          .describe('application id'),
        publicKey: z
          .string()
          .trim()
          .regex(/^[0-9a-f]{64}$/i, 'expected 64 hex characters')
          .optional()
          .describe('interactions public key'),
        apiUrl: httpUrl.default('https://discord.com/api').describe('REST base URL'),
        gateway: z.boolean().default(true).describe('connect to the gateway (off: HTTP interactions only)'),
      })
      .prefault({}),
    fetch: z
      .strictObject({
        connectTimeoutMs: int(100, 120_000).default(10_000).describe('connect timeout'),
        timeoutMs: int(100, 300_000).default(20_000).describe('whole-request timeout'),
        maxBodyBytes: int(1024, 100 * 1024 * 1024)
          .default(10 * 1024 * 1024)
          .describe('body cap after decompression'),
        maxItems: int(1, 10_000).default(200).describe('items taken per fetch'),
        perHostConcurrency: int(1, 64).default(2).describe('requests at once per host'),
        concurrency: int(1, 1024).default(8).describe('requests at once overall'),
        allowPrivate: z
          .array(allowEntry)
          .default([])
          .describe('CIDRs or host:port feeds may reach despite the private-address guard'),
      })
      .prefault({}),
    retention: retentionSchema,
    polling: z
      .strictObject({
        intervalMinutes: int(15, 1440).default(60).describe('default interval between checks of a feed'),
        minIntervalMinutes: int(1, 1440).default(15).describe('shortest interval a feed can ask for'),
        maxIntervalMinutes: int(15, 10_080).default(1440).describe('longest interval'),
      })
      .prefault({}),
  })
  // Cross-field rules run even when other keys are bad, so one message names every problem.
  .superRefine(
    (c, ctx) => {
      const slack = c.slack ?? {};
      const discord = c.discord ?? {};
      if (slack.appToken === undefined && slack.botToken !== undefined && slack.signingSecret === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['slack', 'signingSecret'],
          message: 'required in HTTP mode (or set slack.appToken for Socket Mode)',
        });
      }
      if (discord.token === undefined && discord.publicKey !== undefined && discord.applicationId === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['discord', 'applicationId'],
          message: 'required with the interactions public key',
        });
      }
    },
    { when: () => true },
  );

export type Config = z.infer<typeof configSchema>;
export type FeedConfig = Config['feeds'][number];

type EnvKind = 'string' | 'int' | 'bool' | 'list' | 'cronList' | 'channel' | 'channelList';

export interface EnvVar {
  name: string;
  path: string[];
  kind: EnvKind;
  secret?: boolean;
}

/** Every environment variable the bot reads, and where it lands in the configuration. */
export const ENV_VARS: readonly EnvVar[] = [
  { name: 'DATABASE_URL', path: ['databaseUrl'], kind: 'string', secret: true },
  { name: 'DIGESTBOT_DATA_DIR', path: ['dataDir'], kind: 'string' },
  { name: 'LOG_LEVEL', path: ['logLevel'], kind: 'string' },
  { name: 'PORT', path: ['port'], kind: 'int' },
  { name: 'DIGESTBOT_PUBLIC_URL', path: ['publicUrl'], kind: 'string' },
  { name: 'DIGESTBOT_DIGEST_NAME', path: ['digest', 'name'], kind: 'string' },
  { name: 'DIGESTBOT_SCHEDULE', path: ['schedule', 'crons'], kind: 'cronList' },
  { name: 'DIGESTBOT_TIMEZONE', path: ['schedule', 'timezone'], kind: 'string' },
  { name: 'DIGESTBOT_CATCHUP_GRACE_MINUTES', path: ['schedule', 'catchUpGraceMinutes'], kind: 'int' },
  { name: 'DIGESTBOT_SEED_FEEDS', path: ['seedFeeds'], kind: 'bool' },
  { name: 'DIGESTBOT_DESTINATIONS', path: ['destinations'], kind: 'channelList' },
  { name: 'DIGESTBOT_ADMIN_CHANNEL', path: ['adminChannel'], kind: 'channel' },
  { name: 'DIGESTBOT_SLACK_ADMINS', path: ['admins', 'slack'], kind: 'list' },
  { name: 'DIGESTBOT_DISCORD_ADMINS', path: ['admins', 'discord'], kind: 'list' },
  { name: 'SUMMARIZER_PROVIDER', path: ['summarizer', 'provider'], kind: 'string' },
  { name: 'SUMMARIZER_URL', path: ['summarizer', 'baseUrl'], kind: 'string' },
  { name: 'SUMMARIZER_MODEL', path: ['summarizer', 'model'], kind: 'string' },
  { name: 'SUMMARIZER_API_KEY', path: ['summarizer', 'apiKey'], kind: 'string', secret: true },
  { name: 'SUMMARIZER_TIMEOUT_MS', path: ['summarizer', 'timeoutMs'], kind: 'int' },
  { name: 'SUMMARIZER_MAX_RETRIES', path: ['summarizer', 'maxRetries'], kind: 'int' },
  { name: 'SUMMARIZER_TOKEN_BUDGET', path: ['summarizer', 'tokenBudget'], kind: 'int' },
  { name: 'SUMMARIZER_DEADLINE_MS', path: ['summarizer', 'deadlineMs'], kind: 'int' },
  { name: 'SUMMARIZER_BREAKER_FAILURES', path: ['summarizer', 'breakerFailures'], kind: 'int' },
  { name: 'SUMMARIZER_BREAKER_COOLDOWN_MS', path: ['summarizer', 'breakerCooldownMs'], kind: 'int' },
  { name: 'SLACK_BOT_TOKEN', path: ['slack', 'botToken'], kind: 'string', secret: true },
  { name: 'SLACK_SIGNING_SECRET', path: ['slack', 'signingSecret'], kind: 'string', secret: true },
  { name: 'SLACK_APP_TOKEN', path: ['slack', 'appToken'], kind: 'string', secret: true },
  { name: 'SLACK_API_URL', path: ['slack', 'apiUrl'], kind: 'string' },
  { name: 'DISCORD_TOKEN', path: ['discord', 'token'], kind: 'string', secret: true },
  { name: 'DISCORD_APPLICATION_ID', path: ['discord', 'applicationId'], kind: 'string' },
  { name: 'DISCORD_PUBLIC_KEY', path: ['discord', 'publicKey'], kind: 'string' },
  { name: 'DISCORD_API_URL', path: ['discord', 'apiUrl'], kind: 'string' },
  { name: 'DISCORD_GATEWAY', path: ['discord', 'gateway'], kind: 'bool' },
  { name: 'FEED_ALLOW_PRIVATE', path: ['fetch', 'allowPrivate'], kind: 'list' },
  { name: 'FETCH_CONCURRENCY', path: ['fetch', 'concurrency'], kind: 'int' },
  { name: 'DIGESTBOT_RETENTION_DAYS', path: ['retention', 'days'], kind: 'int' },
];

/** Configuration paths that hold secrets: redacted in logs and in `config check`. */
export const SECRET_PATHS: readonly string[][] = [...ENV_VARS.filter((v) => v.secret).map((v) => v.path)];

export class ConfigError extends AppError {
  readonly problems: string[];
  constructor(problems: string[], source: string) {
    const lines = problems.map((p) => `  - ${p}`).join('\n');
    super(
      'CONFIG_INVALID',
      `Invalid configuration (${source}): ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines}`,
    );
    this.problems = problems;
  }
}

export interface LoadConfigOptions {
  env?: NodeJS.ProcessEnv;
  /** Overrides DIGESTBOT_CONFIG. */
  file?: string;
  /** Values that win over everything else (used by the demo and tests). */
  overrides?: Record<string, unknown>;
}

/** Reads and validates the configuration, or throws one ConfigError naming every bad key. */
export function loadConfig(options: LoadConfigOptions = {}): Config {
  const env = options.env ?? process.env;
  const file = options.file ?? env.DIGESTBOT_CONFIG;
  const raw: Record<string, unknown> = file ? readConfigFile(file) : {};
  const origins = new Map<string, string>();
  const problems: string[] = [];

  for (const v of ENV_VARS) {
    const value = readEnv(env, v, problems);
    if (value === undefined) continue;
    setPath(raw, v.path, parseEnvValue(v.kind, value));
    origins.set(v.path.join('.'), v.name);
  }
  for (const [key, value] of Object.entries(options.overrides ?? {})) raw[key] = value;

  const result = configSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push(...describeIssue(issue, { origins, raw, schema: configSchema, secretPaths: SECRET_PATHS }));
  }
  if (problems.length > 0) throw new ConfigError(problems, file ? `file ${file} and environment` : 'environment');
  return result.data!;
}

function readConfigFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new AppError('CONFIG_FILE_UNREADABLE', `Cannot read the config file ${file} (DIGESTBOT_CONFIG): ${errorMessage(err)}`);
  }
  let parsed: unknown;
  try {
    parsed = parseYaml(text, { prettyErrors: true, uniqueKeys: true });
  } catch (err) {
    throw new AppError('CONFIG_FILE_UNREADABLE', `The config file ${file} is not valid JSON or YAML: ${errorMessage(err)}`);
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new AppError(
      'CONFIG_FILE_UNREADABLE',
      `The config file ${file} must hold an object (key: value pairs) at its top level.`,
    );
  }
  return parsed as Record<string, unknown>;
}

/** The value of an env var, or of the file its `*_FILE` twin names (secrets only). */
function readEnv(env: NodeJS.ProcessEnv, v: EnvVar, problems: string[]): string | undefined {
  const direct = env[v.name];
  const fileVar = `${v.name}_FILE`;
  const filePath = v.secret ? env[fileVar] : undefined;
  if (filePath !== undefined && filePath !== '') {
    if (direct !== undefined && direct !== '') {
      problems.push(`${v.name} and ${fileVar}: set one of them, not both`);
      return undefined;
    }
    try {
      return readFileSync(filePath, 'utf8').replace(/\r?\n$/, '');
    } catch (err) {
      problems.push(`${fileVar}: cannot read ${filePath}: ${errorMessage(err)}`);
      return undefined;
    }
  }
  return direct === undefined || direct === '' ? undefined : direct;
}

function parseEnvValue(kind: EnvKind, value: string): unknown {
  const list = (sep: RegExp) =>
    value
      .split(sep)
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
  switch (kind) {
    case 'string':
      return value;
    case 'int':
      return /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
    case 'bool':
      if (/^(1|true|yes|on)$/i.test(value.trim())) return true;
      if (/^(0|false|no|off)$/i.test(value.trim())) return false;
      return value;
    case 'list':
      return list(/,/);
    case 'cronList':
      return list(/;/);
    case 'channel':
      return parseChannel(value);
    case 'channelList':
      return list(/,/).map(parseChannel);
  }
}

/** `slack:C0123` → { platform, channel }; anything else is passed on for the schema to reject. */
function parseChannel(value: string): unknown {
  const m = /^([a-z]+):(.+)$/i.exec(value.trim());
  return m ? { platform: m[1]!.toLowerCase(), channel: m[2]!.trim() } : value;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

/** A copy of the configuration that is safe to log or print: secrets replaced, database password hidden. */
export function redactConfig(config: Config): Record<string, unknown> {
  const copy = structuredClone(config) as Record<string, unknown>;
  for (const path of SECRET_PATHS) {
    if (getPath(copy, path) !== undefined) setPath(copy, path, '[redacted]');
  }
  if (config.databaseUrl) copy.databaseUrl = redactUrl(config.databaseUrl);
  return copy;
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = 'redacted';
    return u.toString();
  } catch {
    return '[redacted]';
  }
}

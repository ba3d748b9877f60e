// The slash commands digestbot answers (docs/product.md, Commands).
import type { Platform } from '../../model.js';
import { action, commandOfName, publishedName, usage, type ActionSpec, type CommandSpec, type OptionSpec } from './spec.js';

export const ROUND = action({
  command: 'round',
  subcommand: null,
  description: 'Funding rounds the bot has read about a company; without a name, the largest recent ones',
  admin: false,
  options: [{ name: 'company', description: 'Company name', kind: 'text', required: false, rest: true, autocomplete: true }],
});

const digestAction = <const S extends string>(subcommand: S, description: string, admin: boolean) =>
  action({ command: 'digest', subcommand, description, admin, options: [] });

const PART_ID = { name: 'id', description: 'Delivery part id (see /digest status)', kind: 'id', required: true } as const;

export const DIGEST_LATEST = digestAction('latest', 'The last digest of this channel, in short', false);
export const DIGEST_STATUS = digestAction(
  'status',
  "This channel's settings, last and next slot, feeds, pending articles, parts held",
  false,
);
export const DIGEST_PREVIEW = digestAction('preview', 'A private preview of the next digest (admins)', true);
export const DIGEST_NOW = digestAction('now', 'Build and post a digest now (admins)', true);
export const DIGEST_SUBSCRIBE = action({
  command: 'digest',
  subcommand: 'subscribe',
  description: 'Send the digest to this channel, for these topics or all (admins)',
  admin: true,
  options: [
    {
      name: 'topics',
      description: 'Topics, separated by commas (none: every topic)',
      kind: 'text',
      required: false,
      rest: true,
      maxLength: 300,
    },
  ],
});
export const DIGEST_UNSUBSCRIBE = digestAction('unsubscribe', 'Stop the digest in this channel (admins)', true);
export const DIGEST_SCHEDULE = action({
  command: 'digest',
  subcommand: 'schedule',
  description: "When this channel's digest comes: times and a time zone, or default (admins)",
  admin: true,
  options: [
    {
      name: 'times',
      description: 'e.g. 08:00 17:30 Europe/Paris, or default',
      kind: 'text',
      required: true,
      rest: true,
      maxLength: 200,
    },
  ],
});
export const DIGEST_EMPTY = action({
  command: 'digest',
  subcommand: 'empty',
  description: 'With nothing new: post a short note, or skip (admins)',
  admin: true,
  options: [{ name: 'mode', description: 'short or skip', kind: 'text', required: true, choices: ['short', 'skip'] }],
});
export const DIGEST_RETRY = action({
  command: 'digest',
  subcommand: 'retry',
  description: 'Send a held or failed digest part again now (admins)',
  admin: true,
  options: [PART_ID],
});
export const DIGEST_SKIP = action({
  command: 'digest',
  subcommand: 'skip',
  description: 'Give up on a digest part; the later parts go on (admins)',
  admin: true,
  options: [PART_ID],
});

const FEED_URL = {
  name: 'url',
  description: 'Feed URL (RSS, Atom, RDF, JSON Feed) or a site that links its feed',
  kind: 'url',
  required: true,
} as const;
const FEED_ID = { name: 'id', description: 'Feed id (see /feeds list)', kind: 'id', required: true } as const;
const PATTERN = {
  name: 'pattern',
  description: 'Words, or /regular expression/ (RE2)',
  kind: 'text',
  required: true,
  rest: true,
  maxLength: 200,
} as const;

const feedAction = <const S extends string, const O extends readonly OptionSpec[]>(
  subcommand: S,
  description: string,
  admin: boolean,
  options: O,
) => action({ command: 'feeds', subcommand, description, admin, options });

export const FEEDS_LIST = feedAction('list', 'The feeds behind this channel and their health', false, []);
export const FEEDS_TEST = feedAction('test', 'Fetch and parse a feed without saving it', false, [FEED_URL]);
export const FEEDS_ERRORS = feedAction('errors', 'Failing and disabled feeds, and why', false, []);
export const FEEDS_ADD = feedAction('add', 'Test a feed (or find it on a site) and add it (admins)', true, [
  FEED_URL,
  {
    name: 'topic',
    description: "Topic (default: this channel's only topic); add full-text:auto|always|off to fetch article pages",
    kind: 'text',
    required: false,
    rest: true,
    maxLength: 64,
  },
]);
export const FEEDS_REMOVE = feedAction('remove', 'Remove a feed by id (admins)', true, [FEED_ID]);
export const FEEDS_PAUSE = feedAction('pause', "Leave a feed out of this channel's digest (admins)", true, [FEED_ID]);
export const FEEDS_RESUME = feedAction('resume', "Bring a paused feed back into this channel's digest (admins)", true, [FEED_ID]);
export const FEEDS_RENAME = feedAction('rename', 'Give a feed the name digests show (admins)', true, [
  FEED_ID,
  { name: 'name', description: 'Display name', kind: 'text', required: true, rest: true, maxLength: 100 },
]);
export const FEEDS_TOPIC = feedAction('topic', "Change a feed's topic; none removes it (admins)", true, [
  FEED_ID,
  { name: 'topic', description: 'New topic (none: no topic)', kind: 'text', required: true, rest: true, maxLength: 64 },
]);
export const FEEDS_INCLUDE = feedAction(
  'include',
  'Only articles matching one of these patterns, in this channel (admins)',
  true,
  [PATTERN],
);
export const FEEDS_EXCLUDE = feedAction('exclude', 'Leave out articles matching this pattern, in this channel (admins)', true, [
  PATTERN,
]);
export const FEEDS_UNFILTER = feedAction('unfilter', "Remove one of this channel's patterns, or all (admins)", true, [
  { ...PATTERN, description: 'The pattern as listed, or all' },
]);
export const FEEDS_IMPORT = feedAction('import', 'Add the feeds of an OPML file (a URL, or an attached file) (admins)', true, [
  { name: 'url', description: 'URL of an OPML file', kind: 'url', required: false },
  { name: 'file', description: 'An OPML file exported by a feed reader', kind: 'attachment', required: false },
  {
    name: 'topic',
    description: "Topic for every feed (default: the file's folders)",
    kind: 'text',
    required: false,
    rest: true,
    maxLength: 64,
  },
]);
export const FEEDS_EXPORT = feedAction('export', 'Every feed as an OPML file (admins)', true, []);

export const SEARCH = action({
  command: 'search',
  subcommand: null,
  description: 'Articles of the last 30 days that contain these words',
  admin: false,
  options: [{ name: 'query', description: 'Words to look for', kind: 'text', required: true, rest: true, maxLength: 200 }],
});

export const COMMANDS: readonly CommandSpec[] = [
  { name: 'round', description: 'Funding rounds of a company', actions: [ROUND] },
  {
    name: 'digest',
    description: "This channel's digest: latest, status; admins: preview, now, subscribe, schedule…",
    actions: [
      DIGEST_LATEST,
      DIGEST_STATUS,
      DIGEST_PREVIEW,
      DIGEST_NOW,
      DIGEST_SUBSCRIBE,
      DIGEST_UNSUBSCRIBE,
      DIGEST_SCHEDULE,
      DIGEST_EMPTY,
      DIGEST_RETRY,
      DIGEST_SKIP,
    ],
  },
  {
    name: 'feeds',
    description: "The feeds behind this channel's digest; admins add, pause, filter, import…",
    actions: [
      FEEDS_LIST,
      FEEDS_TEST,
      FEEDS_ERRORS,
      FEEDS_ADD,
      FEEDS_REMOVE,
      FEEDS_PAUSE,
      FEEDS_RESUME,
      FEEDS_RENAME,
      FEEDS_TOPIC,
      FEEDS_INCLUDE,
      FEEDS_EXCLUDE,
      FEEDS_UNFILTER,
      FEEDS_IMPORT,
      FEEDS_EXPORT,
    ],
  },
  { name: 'search', description: 'Search recent articles', actions: [SEARCH] },
];

/** Discord grants permissions per command, so its admin actions are published apart. */
const splitsAdmin = (platform: Platform) => platform === 'discord';

/** The command a name typed on a platform stands for. */
export const commandNamed = (name: string) => commandOfName(COMMANDS, name);

/** The usage of an action as the asker's platform spells it. */
export function usageOn(a: ActionSpec, platform: Platform): string {
  const c = COMMANDS.find((x) => x.name === a.command);
  return usage(a, c ? publishedName(c, a, splitsAdmin(platform)) : a.command);
}

/** Command mentions in a reply (`/feeds resume 3`) as the platform publishes them (`/feeds-admin resume 3` on Discord). */
export function spelledFor(text: string, platform: Platform): string {
  if (!splitsAdmin(platform)) return text;
  let out = text;
  for (const c of COMMANDS) {
    const subs = c.actions.filter((a) => a.subcommand !== null && publishedName(c, a, true) !== c.name).map((a) => a.subcommand!);
    if (subs.length === 0) continue;
    out = out.replace(
      new RegExp(`/${c.name} (${subs.join('|')})\\b`, 'g'),
      `/${publishedName(
        c,
        c.actions.find((a) => a.admin)!,
        true,
      )} $1`,
    );
  }
  return out;
}

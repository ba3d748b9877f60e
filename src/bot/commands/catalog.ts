// The slash commands digestbot answers (docs/product.md, Commands).
import { action, type CommandSpec } from './spec.js';

export const ROUND = action({
  command: 'round',
  subcommand: null,
  description: 'Funding rounds the bot has read about a company; without a name, the largest recent ones',
  admin: false,
  options: [{ name: 'company', description: 'Company name', kind: 'text', required: false, rest: true, autocomplete: true }],
});

const digestAction = <const S extends string>(subcommand: S, description: string, admin: boolean) =>
  action({ command: 'digest', subcommand, description, admin, options: [] });

export const DIGEST_LATEST = digestAction('latest', 'The last digest of this channel, in short', false);
export const DIGEST_PREVIEW = digestAction('preview', 'A private preview of the next digest (admins)', true);
export const DIGEST_NOW = digestAction('now', 'Build and post a digest now (admins)', true);
export const DIGEST_STATUS = digestAction('status', 'Last and next slot, feed health, pending articles', false);

const FEED_URL = { name: 'url', description: 'Feed URL (RSS, Atom, RDF or JSON Feed)', kind: 'url', required: true } as const;

export const FEEDS_ADD = action({
  command: 'feeds',
  subcommand: 'add',
  description: 'Test a feed and add it (admins)',
  admin: true,
  options: [
    FEED_URL,
    {
      name: 'topic',
      description: "Topic for routing (default: this channel's only topic)",
      kind: 'text',
      required: false,
      rest: true,
      maxLength: 64,
    },
  ],
});
export const FEEDS_LIST = action({
  command: 'feeds',
  subcommand: 'list',
  description: 'The feeds behind this channel and their health',
  admin: false,
  options: [],
});
export const FEEDS_REMOVE = action({
  command: 'feeds',
  subcommand: 'remove',
  description: 'Remove a feed by id (admins)',
  admin: true,
  options: [{ name: 'id', description: 'Feed id (see /feeds list)', kind: 'id', required: true }],
});
export const FEEDS_TEST = action({
  command: 'feeds',
  subcommand: 'test',
  description: 'Fetch and parse a feed without saving it',
  admin: false,
  options: [FEED_URL],
});
export const FEEDS_ERRORS = action({
  command: 'feeds',
  subcommand: 'errors',
  description: 'Failing and disabled feeds, and why',
  admin: false,
  options: [],
});

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
    description: "This channel's digest: latest, preview, now, status",
    actions: [DIGEST_LATEST, DIGEST_PREVIEW, DIGEST_NOW, DIGEST_STATUS],
  },
  {
    name: 'feeds',
    description: "The feeds behind this channel's digest",
    actions: [FEEDS_ADD, FEEDS_LIST, FEEDS_REMOVE, FEEDS_TEST, FEEDS_ERRORS],
  },
  { name: 'search', description: 'Search recent articles', actions: [SEARCH] },
];

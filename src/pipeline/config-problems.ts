// What the schema cannot see in a configuration, checked before anything starts: a destination
// (or the admin channel) on a platform without its credentials, a filter pattern that does not
// compile, the same feed declared twice. `config check` prints them as warnings; `start` and
// `once` refuse the errors, naming the variable to set.
import type { Config } from '../config.js';
import { checkPattern } from '../digest/filters.js';
import { isAppError } from '../errors.js';
import { canonicalFeedUrl } from '../sources/feed-url.js';
import { feedKey } from '../store/feed-key.js';

export interface ConfigProblems {
  /** `start` refuses these. */
  errors: string[];
  warnings: string[];
}

const CREDENTIAL = {
  slack: { has: (c: Config) => c.slack.botToken !== undefined, variable: 'SLACK_BOT_TOKEN', name: 'Slack' },
  discord: { has: (c: Config) => c.discord.token !== undefined, variable: 'DISCORD_TOKEN', name: 'Discord' },
} as const;

function credentialProblem(c: Config, where: string, ref: { platform: string; channel: string }): string | null {
  if (ref.platform !== 'slack' && ref.platform !== 'discord') return null;
  const need = CREDENTIAL[ref.platform];
  if (need.has(c)) return null;
  return `${where} (${ref.platform}:${ref.channel}) posts to ${need.name}, but ${need.variable} is not set: set ${need.variable} (or ${need.variable}_FILE), or remove ${where}`;
}

export function configProblems(c: Config): ConfigProblems {
  const errors: string[] = [];
  const warnings: string[] = [];
  c.destinations.forEach((d, i) => {
    const where = `destinations[${i}]`;
    const missing = credentialProblem(c, where, d);
    if (missing) errors.push(missing);
    for (const [list, patterns] of [
      ['include', d.include],
      ['exclude', d.exclude],
    ] as const)
      patterns.forEach((p, j) => {
        try {
          checkPattern(p);
        } catch (err) {
          if (!isAppError(err)) throw err;
          errors.push(`${where}.${list}[${j}]: ${err.userMessage ?? err.message}`);
        }
      });
  });
  if (c.adminChannel) {
    const missing = credentialProblem(c, 'adminChannel', c.adminChannel);
    if (missing) errors.push(missing);
  }
  const firstOf = new Map<string, number>();
  c.feeds.forEach((f, i) => {
    const key = feedKey(canonicalFeedUrl(f.url));
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, i);
    else
      warnings.push(`feeds[${i}] (${f.url}) is the same feed as feeds[${first}] (${c.feeds[first]!.url}): the first one is used`);
  });
  return { errors, warnings };
}

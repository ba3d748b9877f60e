// How a channel's digest settings read in chat: who set them, topics, schedule, empty digests,
// filters. `/digest status` and the answers of the commands that change them share these lines.
import type { Destination } from '../../../model.js';
import { describeSchedule } from '../../../runtime/schedule-text.js';
import type { Schedule } from '../../../runtime/slots.js';

const DISABLED: Record<string, string> = {
  UNSUBSCRIBED: 'unsubscribed (/digest subscribe brings it back)',
  REMOVED_FROM_CONFIG: 'removed from the config file',
};

export function subscriptionLine(d: Destination): string {
  const owner = d.origin === 'config' ? 'set in the config file' : 'set in chat';
  if (!d.enabled) {
    const why = DISABLED[d.disabledReason ?? ''] ?? `disabled: ${d.disabledReason ?? 'no reason recorded'}`;
    return `This channel: no digests now (${why}).`;
  }
  return `This channel: gets the digest (${owner}) · ${topicsText(d.topics)}`;
}

export const topicsText = (topics: readonly string[]) =>
  topics.length === 0 ? 'every topic' : `topic${topics.length === 1 ? '' : 's'} ${topics.join(', ')}`;

export function scheduleLine(d: Destination, effective: Schedule): string {
  const empty = d.emptyDigest === 'skip' ? 'nothing when nothing is new' : 'a short note when nothing is new';
  return `Schedule: ${describeSchedule(effective)}${d.schedule ? '' : " (the bot's default)"} · ${empty}`;
}

const quoted = (patterns: readonly string[]) => patterns.map((p) => (p.startsWith('/') ? p : `"${p}"`)).join(', ');

/** The channel's patterns, or null when it has none. */
export function filtersLine(d: Pick<Destination, 'include' | 'exclude'>): string | null {
  const parts = [
    d.include.length > 0 ? `only articles matching ${quoted(d.include)}` : null,
    d.exclude.length > 0 ? `leaving out ${quoted(d.exclude)}` : null,
  ].filter((p) => p !== null);
  return parts.length > 0 ? `Filters: ${parts.join('; ')}` : null;
}

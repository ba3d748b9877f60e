// Discord text safety: feed text is escaped so it renders as typed (no masked links, no
// formatting, no mention syntax); links are built only from validated http(s) URLs. Messages also
// send `allowed_mentions: { parse: [] }`, so even a mention that slipped through would not ping.
import { fitRendered, oneLine } from '../render/text.js';
import { safeHttpUrl } from '../render/urls.js';

/** Backslash before every character Discord markdown gives a meaning; a zero-width space breaks `@everyone`/`@here`. */
export function escapeDiscord(text: string): string {
  return text.replace(/[\\*_~`|[\]<>#]/g, '\\$&').replace(/@(everyone|here)/gi, '@\u200b$1');
}

export const MAX_LINK_URL = 1000;

/** `[label](url)` for a valid http(s) URL, the escaped label alone otherwise. */
export function discordLink(url: string | null, label: string, maxLabel = 200): string {
  const text = fitRendered(oneLine(label), maxLabel, escapeDiscord);
  const safe = safeHttpUrl(url);
  if (safe === null) return text;
  const target = safe.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
  return target.length > MAX_LINK_URL ? text : `[${text}](${target})`;
}

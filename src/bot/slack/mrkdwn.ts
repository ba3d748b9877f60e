// Slack text safety: every piece of feed text goes through escapeSlack, and every link through
// slackLink, so feed text can never ping (`<!channel>`, `<@U123>`) nor inject a link.
import { safeHttpUrl } from '../render/urls.js';
import { fitRendered, oneLine } from '../render/text.js';

/** Slack's three control characters as entities; Slack shows them as typed. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Longer URLs are shown as their label only, so one link can never eat a block's budget. */
export const MAX_LINK_URL = 1000;

/** `<url|label>` for a valid http(s) URL; the escaped label (at most `maxLabel` characters) alone otherwise. */
export function slackLink(url: string | null, label: string, maxLabel = 300): string {
  const text = fitRendered(oneLine(label), maxLabel, escapeSlack);
  const safe = safeHttpUrl(url);
  if (safe === null) return text;
  const target = escapeSlack(safe).replace(/\|/g, '%7C');
  return target.length > MAX_LINK_URL ? text : `<${target}|${text.replace(/\|/g, '¦')}>`;
}

// Words and numbers every renderer shows the same way: money, round types, counts, status lines.
// Money and round names come from the digest's own formats, so chat, console and chart agree.
import { roundsTotal, roundsTotalText } from '../../digest/compose/rounds-total.js';
import { formatMoney, formatRoundType } from '../../digest/format.js';
import type { Digest, DigestAlsoItem, DigestRound, SourceRef } from '../../model.js';
import { plural } from './text.js';

/** The amount in its own currency, with the USD value when that differs: `€300M (~$325M)`. */
export function roundAmount(r: DigestRound): string {
  const own = formatMoney(r.amount, r.currency);
  const foreign = r.currency !== null && r.currency.toUpperCase() !== 'USD';
  return foreign && r.amountUsd !== null && r.amount !== null ? `${own} (~${formatMoney(r.amountUsd, 'USD')})` : own;
}

export function roundLabel(r: Pick<DigestRound, 'roundType' | 'roundTypeDetail' | 'status'>): string {
  const label = formatRoundType(r.roundType, r.roundTypeDetail);
  return r.status === 'in_talks' ? `${label} (in talks)` : label;
}

export function valuationText(r: DigestRound): string {
  return r.valuation === null ? '—' : formatMoney(r.valuation, r.currency);
}

export function leadsText(r: DigestRound): string {
  return r.leadInvestors.length > 0 ? r.leadInvestors.join(', ') : '—';
}

/** "reported by 3 sources": outlets, however many of their articles the story links. */
export function reportedBy(sources: readonly SourceRef[]): string {
  return `reported by ${plural(new Set(sources.map((s) => s.outlet)).size, 'source')}`;
}

export function countsLine(d: Digest): string {
  const c = d.counts;
  return `${plural(c.articles, 'article')} · ${plural(c.sources, 'source')} · ${plural(c.stories, 'story', 'stories')}`;
}

/** "2026-11-21 15:00 UTC" → "15:00 UTC": the pipeline status reads like a departures board. */
const clock = (label: string) => label.replace(/^\d{4}-\d{2}-\d{2} /, '');

/** The pipeline status: this digest is the last run, then the next slot. */
export function statusLine(d: Digest): string {
  return `Last: ${clock(d.slot.label)} · Next: ${clock(d.status.nextSlot.label)}`;
}

/** The rounds header: the same words as the chart's subtitle (compose/rounds-total.ts). */
export function roundsTotalLine(d: Digest): string {
  return roundsTotalText(roundsTotal(d.rounds.items));
}

export function footerLine(d: Digest): string {
  const topics = d.footer.topics.length > 0 ? `Topics: ${d.footer.topics.join(', ')} · ` : '';
  return `${topics}${d.footer.readingMinutes} min read · Next digest: ${d.status.nextSlot.label}`;
}

/** A list of headlines after the stories: the ones past the cap ("Also"), or one language's. */
export interface HeadlineList {
  title: string;
  items: DigestAlsoItem[];
  /** "+12 more stories in this window"; null when none are left out. */
  more: string | null;
}

const moreLine = (more: number, where: string) =>
  more > 0 ? `+${more} more ${more === 1 ? 'story' : 'stories'} ${where}` : null;

/** "German" for "de" (the code itself when the runtime does not know it). */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The Also list, then one list per other language ("In German"), each only when it has headlines.
 * In a chat, the stories left out say where to find them (`/search`, which reads every stored article).
 */
export function headlineLists(d: Digest, { inChat = false } = {}): HeadlineList[] {
  const lists: HeadlineList[] = [];
  const where = inChat ? 'in this window (/search finds them)' : 'in this window';
  if (d.also && d.also.items.length > 0) lists.push({ title: 'Also', items: d.also.items, more: moreLine(d.also.more, where) });
  for (const o of d.otherLanguages ?? []) {
    const name = languageName(o.lang);
    if (o.items.length > 0) lists.push({ title: `In ${name}`, items: o.items, more: moreLine(o.more, `in ${name}`) });
  }
  return lists;
}

export function emptyLine(d: Digest): string {
  return `Nothing new since ${d.status.lastSlot?.label ?? 'the last digest'}.`;
}

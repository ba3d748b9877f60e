// Words and numbers every renderer shows the same way: money, round types, counts, status lines.
import type { Digest, DigestRound, RoundType } from '../../model.js';
import { plural } from './text.js';

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', INR: '₹', KRW: '₩', CAD: 'CA$' };

function compact(n: number): string {
  const abs = Math.abs(n);
  const [div, suffix] = abs >= 1e9 ? [1e9, 'B'] : abs >= 1e6 ? [1e6, 'M'] : abs >= 1e3 ? [1e3, 'K'] : [1, ''];
  const v = n / div;
  const digits = suffix === '' || Math.abs(v) >= 100 ? 0 : 1;
  return `${v.toFixed(digits).replace(/\.0$/, '')}${suffix}`;
}

/** `$1.2B`, `€300M`, `12M CHF`; null amounts are `undisclosed`. */
export function formatMoney(amount: number | null, currency: string | null): string {
  if (amount === null || !Number.isFinite(amount)) return 'undisclosed';
  const code = (currency ?? 'USD').toUpperCase();
  const symbol = SYMBOLS[code];
  return symbol ? `${symbol}${compact(amount)}` : `${compact(amount)} ${code}`;
}

/** The amount in its own currency, with the USD value when that differs: `€300M (~$325M)`. */
export function roundAmount(r: DigestRound): string {
  const own = formatMoney(r.amount, r.currency);
  const foreign = r.currency !== null && r.currency.toUpperCase() !== 'USD';
  return foreign && r.amountUsd !== null && r.amount !== null ? `${own} (~${formatMoney(r.amountUsd, 'USD')})` : own;
}

const ROUND_LABELS: Record<RoundType, string> = {
  pre_seed: 'Pre-seed',
  seed: 'Seed',
  series_a: 'Series A',
  series_b: 'Series B',
  series_c: 'Series C',
  series_d: 'Series D',
  series_e: 'Series E',
  series_f: 'Series F',
  series_g_plus: 'Series G+',
  extension: 'Extension',
  growth: 'Growth',
  strategic: 'Strategic',
  debt: 'Debt',
  convertible: 'Convertible',
  grant: 'Grant',
  non_dilutive: 'Non-dilutive',
  unknown: 'Undisclosed round',
};

export function roundLabel(r: Pick<DigestRound, 'roundType' | 'roundTypeDetail' | 'status'>): string {
  const label = r.roundTypeDetail ?? ROUND_LABELS[r.roundType];
  return r.status === 'in_talks' ? `${label} (in talks)` : label;
}

export function valuationText(r: DigestRound): string {
  return r.valuation === null ? '—' : formatMoney(r.valuation, r.currency);
}

export function leadsText(r: DigestRound): string {
  return r.leadInvestors.length > 0 ? r.leadInvestors.join(', ') : '—';
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

export function roundsTotalLine(d: Digest): string {
  return `${plural(d.rounds.items.length, 'round')} · total ${formatMoney(d.rounds.totalUsd, 'USD')}`;
}

export function footerLine(d: Digest): string {
  const topics = d.footer.topics.length > 0 ? `Topics: ${d.footer.topics.join(', ')} · ` : '';
  return `${topics}${d.footer.readingMinutes} min read · Next digest: ${d.status.nextSlot.label}`;
}

export function emptyLine(d: Digest): string {
  return `Nothing new since ${d.status.lastSlot?.label ?? 'the last digest'}.`;
}

// Display forms shared by every renderer (console, Slack, Discord, chart).

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', INR: '₹', KRW: '₩', CAD: 'CA$' };

/** 1_030_000_000 → "1.03B", 520_000_000 → "520M", 12_500_000 → "12.5M", 750_000 → "750K". */
export function compactNumber(n: number): string {
  const abs = Math.abs(n);
  const [div, suffix] =
    abs >= 1e12 ? [1e12, 'T'] : abs >= 1e9 ? [1e9, 'B'] : abs >= 1e6 ? [1e6, 'M'] : abs >= 1e3 ? [1e3, 'K'] : [1, ''];
  const v = n / div;
  const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  return `${Number(v.toFixed(digits))}${suffix}`;
}

/** "$520M", "€12.5M", "CHF 40M"; null amounts read "undisclosed". */
export function formatMoney(amount: number | null, currency: string | null): string {
  if (amount === null) return 'undisclosed';
  const code = (currency ?? 'USD').toUpperCase();
  const symbol = SYMBOLS[code];
  return symbol ? `${symbol}${compactNumber(amount)}` : `${code} ${compactNumber(amount)}`;
}

const ROUND_LABELS: Record<string, string> = {
  pre_seed: 'Pre-seed',
  seed: 'Seed',
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

/** "series_b" → "Series B"; the detail as written ("Series B-2", "an extension" → "Extension") wins when present. */
export function formatRoundType(type: string, detail: string | null = null): string {
  const written = detail?.replace(/^(?:an?|the|its|this)\s+/i, '').trim();
  if (written) return written.charAt(0).toUpperCase() + written.slice(1);
  const series = /^series_([a-f])$/.exec(type);
  if (series) return `Series ${series[1]!.toUpperCase()}`;
  return ROUND_LABELS[type] ?? type;
}

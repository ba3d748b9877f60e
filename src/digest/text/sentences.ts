// Sentence splitting for news text: keeps "$1.2B", "Inc.", "U.S.", "Dr. Li", decimals and
// quotes inside one sentence, and splits "funding.The company" where a space is missing.

export interface Sentence {
  text: string;
  /** Offsets into the input string. */
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'plc',
  'bros',
  'dept',
  'est',
  'no',
  'vs',
  'etc',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'gen',
  'gov',
  'sen',
  'rep',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'fig',
  'al',
  'ft',
  'u.s',
  'u.k',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
]);

const CLOSERS = `"'”’)]`;

/** True when the full stop at `i` ends an abbreviation, an initial, or a number rather than a sentence. */
function isNonTerminalPeriod(text: string, i: number): boolean {
  const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  const word = before.toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(word)) return true;
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(before)) return true; // "U.S.A."
  // "J. Smith" is an initial; "a Series A. The" ends a sentence.
  if (/^[A-Za-z]$/.test(before))
    return !/\b(series|round|class|tier|phase|plan|type|grade)\s+$/i.test(text.slice(Math.max(0, i - 12), i - 1));
  if (/\d$/.test(text.slice(0, i)) && /^\d/.test(text.slice(i + 1))) return true; // 1.2
  return false;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed.replace(/\s+/g, ' '), start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && (text[i + 1] === '\n' || /^[ \t]*([-*•]|\d+[.)])\s/.test(text.slice(i + 1, i + 8)))) {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (ch === '.' && isNonTerminalPeriod(text, i)) continue;
    let j = i + 1;
    while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < text.length && CLOSERS.includes(text[j]!)) j++;
    const next = text.slice(j, j + 3);
    const spaced = /^\s+["“'‘(]?[A-Z0-9]/.test(text.slice(j, j + 4)) || /^\s*$/.test(next);
    // A missing space: "raised.The" (lower-case word of two letters or more, then a capital).
    const glued = ch === '.' && /[a-z]{2}$/.test(text.slice(Math.max(0, i - 2), i)) && /^[A-Z][a-z]/.test(next);
    if (spaced || glued) push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}

// Sentence splitting for news text: keeps "$1.2B", "Inc.", "U.S.", "Dr. Li", decimals and
// attributed quotes inside one sentence; splits "funding.The company" where a space is missing.
// Also reads lower-cased, PTB-tokenized text ("he left . `` we won , '' she said .").
import { ATTRIBUTION, BEFORE_NUMBER, MAYBE_FINAL, NEVER_FINAL, SENTENCE_OPENERS } from './abbreviations.js';

export interface Sentence {
  text: string;
  /** Offsets into the input string. */
  start: number;
  end: number;
}

interface Style {
  /** No capital letters to lean on (lower-cased corpora). */
  caseless: boolean;
  /** Full stops stand apart as tokens ("word ."): only those end sentences. */
  ptb: boolean;
}

const TERMINALS = '.!?…';
const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

function detectStyle(text: string): Style {
  const spaced = count(text, /\s[.!?](?=\s|$)/g);
  return {
    caseless: text.length > 60 && count(text, /\p{Lu}/gu) <= text.length * 0.0015,
    ptb: spaced >= 2 && spaced > count(text, /[\p{L}\p{N}][.!?](?=\s|$)/gu),
  };
}

const wordBefore = (text: string, i: number) => /([\p{L}.]*)\s*$/u.exec(text.slice(Math.max(0, i - 12), i))![1]!.toLowerCase();

/**
 * A month after a day written as an ordinal, as German and the Nordic languages write dates: "ab dem
 * 11. Januar", "den 3. desember". Not the months English spells alike ("He scored 11. August was
 * hot"), unless written in lower case as the Nordic languages do.
 */
const MONTH_AFTER_DAY =
  /^(?:Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember|januar|februar|mars|mai|juni|juli|august|september|oktober|november|desember|december)\b/;

/** What the full stop at `i` means for the word it ends: 'no' (never final), 'opener' (final if a sentence opener follows), 'yes'. */
function abbreviationRule(text: string, i: number, next: string): 'no' | 'opener' | 'yes' {
  if (/(?:^|[^\d.,])\d{1,2}$/.test(text.slice(Math.max(0, i - 3), i)) && MONTH_AFTER_DAY.test(next)) return 'no';
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  if (!before || /\d/.test(text[i - before.length - 1] ?? '')) return 'yes'; // "under-12s." is no initial
  const word = before.toLowerCase().replace(/^\.+/, '');
  if (NEVER_FINAL.has(word)) return 'no';
  if (BEFORE_NUMBER.has(word)) return /^\d/.test(next) ? 'no' : 'opener';
  if (MAYBE_FINAL.has(word) || /^(\p{L}\.)+\p{L}$/u.test(before)) return 'opener';
  if (!/^\p{L}$/u.test(before)) return 'yes';
  // "J. Smith" is an initial; "a Series A. The" ends a sentence.
  return /\b(series|round|class|tier|phase|plan|type|grade|vitamin)\s+$/i.test(text.slice(Math.max(0, i - 12), i - 1))
    ? 'yes'
    : 'no';
}

/** Index after the closing quotes and brackets that follow the terminal run at `j`. */
function skipClosers(text: string, j: number, style: Style, quoteOpen: boolean): { end: number; quoted: boolean } {
  let quoted = false;
  for (;;) {
    const c = text[j];
    if (c === undefined) break;
    if (c === '"' && quoteOpen) quoteOpen = false;
    else if (!`”’)]'`.includes(c)) {
      const ptbClose = style.ptb ? /^\s+''/.exec(text.slice(j, j + 6)) : null;
      if (!ptbClose) break;
      j += ptbClose[0].length - 1;
    }
    quoted ||= c !== ')' && c !== ']';
    j++;
  }
  return { end: j, quoted };
}

/** Where a sentence ending at the terminal `i` stops (after closing quotes), or -1 when `i` ends none. */
function boundaryAt(text: string, i: number, style: Style, quoteOpen: boolean): number {
  const ch = text[i]!;
  if (ch === '.' && /\d/.test(text[i + 1] ?? '')) return -1; // 1.2, .375
  if (ch === '.' && /(^|\n|[:;]\s|\.\s)[ \t]*\d{1,2}$/.test(text.slice(Math.max(0, i - 6), i))) return -1; // "1. Fees rise"
  let j = i + 1;
  while (j < text.length && TERMINALS.includes(text[j]!)) j++;
  const { end, quoted } = skipClosers(text, j, style, quoteOpen);
  let k = end;
  while (k < text.length && /\s/.test(text[k]!)) k++;
  const next = text.slice(k, k + 48);
  if (next === '') return end;
  if (k === end) {
    const afterQuote = quoted || /["”]/.test(text[i - 1] ?? '');
    const capital = /^["“‘(]?(\p{Lu}\p{Ll}|[AI]\s)/u.test(next) || (afterQuote && /^\p{Lu}{2}/u.test(next));
    const glued = capital && /[\p{L}\p{N}%)”"'’]/u.test(text[i - 1] ?? '');
    return glued && (ch !== '.' || abbreviationRule(text, i, next) === 'yes') ? end : -1;
  }
  if (quoted && ch !== '.' && ATTRIBUTION.test(next)) return -1;
  if (style.ptb) return /\s/.test(text[i - 1] ?? ' ') && !NEVER_FINAL.has(wordBefore(text, i - 1)) ? end : -1;
  const rule = ch === '.' ? abbreviationRule(text, i, next) : 'yes';
  if (rule === 'no') return -1;
  const word = /^["“‘'(`]*(\p{L}+)/u.exec(next)?.[1] ?? '';
  if (rule === 'opener') return (style.caseless || /^\p{Lu}/u.test(word)) && SENTENCE_OPENERS.has(word.toLowerCase()) ? end : -1;
  if (/^\p{Ll}/u.test(next)) return style.caseless || /^\p{Ll}+\p{Lu}/u.test(next) ? end : -1;
  return end;
}

const LIST_ITEM = /^[ \t]*([-*•]|\d+[.)])\s/;
/**
 * A quoted crosshead glued to the paragraph after it, as scraped pages lose the line break between
 * them: "…at about 06:30.'Young children'Police are treating …" (the opening mark went with the
 * sentence before). Two words or more open the sentence, the last of three letters or more, and a
 * closing mark glues them to a capitalized word: not an apostrophe ("children's", "O'Neill",
 * "rock'n'roll") nor an elision ("Côte d'Ivoire", "Sant'Anna").
 */
const GLUED_CROSSHEAD = /^['‘"“]?[^'’"”.!?\n]{0,60}\s\p{L}{2,}\p{Ll}['’"”](?=\p{Lu}\p{Ll})/u;

export function splitSentences(text: string): Sentence[] {
  const style = detectStyle(text);
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const last = out.at(-1);
    if (last && trimmed && !/[\p{L}\p{N}]/u.test(trimmed)) {
      // A stray closing quote or ellipsis belongs to the sentence before it.
      last.end = start + lead + trimmed.length;
      last.text = text.slice(last.start, last.end).replace(/\s+/g, ' ');
    } else if (trimmed) {
      const from = start + lead;
      const head = GLUED_CROSSHEAD.exec(trimmed)?.[0].length ?? 0;
      if (head) out.push({ text: trimmed.slice(0, head).replace(/\s+/g, ' '), start: from, end: from + head });
      out.push({ text: trimmed.slice(head).replace(/\s+/g, ' '), start: from + head, end: from + trimmed.length });
    }
    start = end;
  };
  let quoteOpen = false;
  const marks = /[.!?…"\n•]/g;
  for (let m = marks.exec(text); m; m = marks.exec(text)) {
    let i = m.index;
    const ch = m[0];
    if (ch === '"') quoteOpen = !quoteOpen;
    else if (ch === '\n') {
      if (text[i + 1] === '\n' || LIST_ITEM.test(text.slice(i + 1, i + 8))) {
        push(i);
        quoteOpen = false;
      }
    } else if (ch === '•') {
      if (i > start) push(i);
    } else {
      const end = boundaryAt(text, i, style, quoteOpen);
      if (end < 0) {
        while (TERMINALS.includes(text[i + 1] ?? '_')) i++;
      } else {
        for (let k = i + 1; k < end; k++) if (text[k] === '"') quoteOpen = !quoteOpen;
        push(end);
        i = end - 1;
      }
      marks.lastIndex = i + 1;
    }
  }
  push(text.length);
  return out;
}

/**
 * How the quotation marks of `text` pair up, read left to right: „ opens (German) and “ closes
 * it; “ opens, unless it stands after a word and before no letter (a German close: „Schande“,);
 * ” closes; a straight " opens at the start or after a space, bracket, dash or colon, and closes
 * otherwise. `open`: quotations left open at the end; `unopened`: closes with nothing open (the
 * end of a quotation begun before the text).
 */
export function quoteBalance(text: string): { open: number; unopened: number } {
  let open = 0;
  let unopened = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '„' && c !== '“' && c !== '”' && c !== '"') continue;
    const before = text[i - 1];
    const opening =
      c === '„' ||
      (c === '“' && !(before !== undefined && /\S/.test(before) && !/\p{L}/u.test(text[i + 1] ?? ''))) ||
      (c === '"' && (before === undefined || /[\s([{—–:-]/.test(before)));
    if (opening) open++;
    else if (open > 0) open--;
    else if (!(c === '”' && /\d/.test(before ?? ''))) unopened++; // 27” is inches
  }
  return { open, unopened };
}

/** Quotations left open at the end of `text`. */
export const openQuotes = (text: string): number => quoteBalance(text).open;

/** Whether `text` leaves a quotation open. */
export const leavesQuoteOpen = (text: string): boolean => openQuotes(text) > 0;

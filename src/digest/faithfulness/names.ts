// Capitalized names a text states ("Google DeepMind", "Jeff Cardenas", "NASA", "a16z") as runs of
// name words, and whether the sources state them. A run found whole in a source is backed; else
// it is read as pieces, each of which must be a name some source states on its own, so "John
// Smith" is not backed by "John Doe" and "Jane Smith".
import { DESCRIPTOR, isNameWord, POSSESSIVE, tokenize, type Token } from '../../rounds/names.js';
import { NAME_BREAKERS, NAME_PARTICLES } from '../../rounds/lexicon.js';
import { STOPWORDS } from '../../text/stopwords.js';
import { stem } from '../../text/tokens.js';

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Calendar words: dates are checked as numbers, and "May" is a verb as often as a month. */
const CALENDAR = set(`
  january february march april may june july august september october november december jan feb mar apr jun jul aug
  sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun
`);

/** Capitalized common nouns and number words: not names. */
const NOT_NAMES = set(`
  ceo cfo cto coo cmo cpo cro cso vp svp evp ipo ipos spac vc vcs ai ml llm llms api apis saas b2b b2c gpu gpus cpu
  ev evs r&d m&a pr hr tv am pm q1 q2 q3 q4 h1 h2 fy i hundred thousand million billion trillion percent
  one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty dozen
  first second third fourth fifth sixth seventh eighth ninth tenth last next
`);

export interface NameIndex {
  /** Every source's words, normalized, space-separated and space-padded (sources apart by " | "). */
  text: string;
  /** Names the sources state on their own (runs, and their parts between common words). */
  names: Set<string>;
  /** Stems of the words the sources write in lower case: capitalized, they are ordinary words. */
  lowerStems: Set<string>;
}

export interface LineRun {
  tokens: Token[];
  /** Per token: may be an ordinary word capitalized by its position (sentence start, headline case). */
  maybeOrdinary: boolean[];
}

const PLAIN = /^[\p{Ll}\p{N}]+$/u;

/** "Apptronik's" → "apptronik", "U.S." → "us", "Mercedes-Benz" → "mercedes benz". */
function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  const w = lower
    .replace(/[‘’]/g, "'")
    .replace(POSSESSIVE, '')
    .replace(/[.']+$/, '');
  return (/^(?:\p{L}\.)+\p{L}?$/u.test(w) ? w.replace(/\./g, '') : w).replace(/-/g, ' ');
}

const normalizeRun = (tokens: Token[]) => tokens.map((t) => normalizeWord(t.text)).join(' ');

/** A full stop gluing two sentences ("in 2024.Driving", "the US.Police", "'Classy Cas'.Free", "Cricket.A"). */
const GLUED = /(?<=[\p{L}\p{N}]{2}['’"”)]?)\.(?=\p{Lu}\p{Ll}|[AI]$)/u;

function unglue(t: Token): Token[] {
  const glued = t.text.includes('.') ? GLUED.exec(t.text) : null;
  if (!glued) return [t];
  const after = glued.index + 1;
  return [
    { text: t.text.slice(0, glued.index), start: t.start, end: t.start + glued.index },
    ...unglue({ text: t.text.slice(after), start: t.start + after, end: t.end }),
  ];
}

/** Tokens, with glued sentences taken apart and "Google-backed" read as "Google". */
function nameTokens(text: string): Token[] {
  return tokenize(text)
    .flatMap(unglue)
    .map((t) => {
      const m = t.text.includes('-') ? DESCRIPTOR.exec(t.text) : null;
      return m ? { text: t.text.slice(0, m.index), start: t.start, end: t.start + m.index } : t;
    });
}

const isCalendar = (t: Token) => CALENDAR.has(t.text.toLowerCase().replace(/\.$/, ''));
/** "20VC" and "3M" are names; "22-day" and "40-year-old" are numbers, checked as such. */
const isNumberWord = (t: Token) => /^\d/.test(t.text) && !/\p{Lu}/u.test(t.text);
const isWord = (t: Token | undefined) =>
  t !== undefined && isNameWord(t.text) && !NAME_BREAKERS.has(t.text) && !isCalendar(t) && !isNumberWord(t);
/** "US", "U.K.": never an ordinary word, whatever its letters spell in lower case. */
const isAcronym = (t: Token) => /^(?:\p{Lu}\.?){2,}$/u.test(t.text);
const isFunctionWord = (t: Token) => !isAcronym(t) && STOPWORDS.has(normalizeWord(t.text));

/** Runs of name words in `text`; particles join ("Bank of America"), a possessive ends a run. */
function runsOf(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length > 0 && isFunctionWord(run[0]!)) run.shift();
    while (run.length > 0 && isFunctionWord(run[run.length - 1]!)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  tokens.forEach((t, i) => {
    const joins = run.length > 0 && NAME_PARTICLES.has(t.text) && isWord(tokens[i + 1]);
    if (isWord(t) || joins) run.push(t);
    else close();
    if (POSSESSIVE.test(t.text)) close();
  });
  close();
  return runs;
}

const SENTENCE_START = /(?:^|[.!?:•]\s+|\n\s*)["“‘'([]*$/u;
const LOOK_BACK = 16;

/** Whether the word at `start` opens a sentence (or a list item) of the line. */
function opensSentence(line: string, start: number): boolean {
  const before = line.slice(Math.max(0, start - LOOK_BACK), start);
  return SENTENCE_START.test(start > LOOK_BACK ? `x${before}` : before);
}

/** Headline case: most content words capitalized. */
function isHeadlineCase(tokens: Token[]): boolean {
  const content = tokens.filter((t) => /^\p{L}/u.test(t.text) && !STOPWORDS.has(t.text.toLowerCase()));
  return content.length >= 3 && content.filter((t) => /^\p{Lu}/u.test(t.text)).length >= content.length * 0.7;
}

/** The name runs of a line, each token marked when its capital may only be positional. */
export function lineNames(line: string): LineRun[] {
  const tokens = nameTokens(line);
  const headline = isHeadlineCase(tokens);
  return runsOf(tokens).map((run) => ({
    tokens: run,
    maybeOrdinary: run.map((t) => headline || opensSentence(line, t.start)),
  }));
}

export function indexNames(sources: string[]): NameIndex {
  const names = new Set<string>();
  const lowerStems = new Set<string>();
  const texts: string[] = [];
  for (const source of sources) {
    const tokens = nameTokens(source);
    for (const run of runsOf(tokens)) {
      names.add(normalizeRun(run));
      let part: Token[] = [];
      for (const t of [...run, null]) {
        if (t && !NOT_NAMES.has(normalizeWord(t.text)) && !NAME_PARTICLES.has(t.text)) part.push(t);
        else if (part.length > 0) {
          names.add(normalizeRun(part));
          part = [];
        }
      }
    }
    const words = tokens.map((t) => normalizeWord(t.text));
    tokens.forEach((t, i) => {
      if (/^\p{Ll}/u.test(t.text)) lowerStems.add(stem(words[i]!));
    });
    texts.push(words.join(' '));
  }
  return { text: ` ${texts.join(' | ')} `, names, lowerStems };
}

function skippable(run: LineRun, i: number, index: NameIndex): boolean {
  const t = run.tokens[i]!;
  const word = normalizeWord(t.text);
  if (NOT_NAMES.has(word) || NAME_PARTICLES.has(t.text) || isFunctionWord(t)) return true;
  return run.maybeOrdinary[i]! && !isAcronym(t) && index.lowerStems.has(stem(word));
}

const stated = (index: NameIndex, words: string) => index.text.includes(` ${words} `);

/** The parts of the run no source backs, as written in the line; empty when the run is backed. */
export function unbackedParts(line: string, run: LineRun, index: NameIndex): string[] {
  const { tokens } = run;
  if (stated(index, normalizeRun(tokens))) return [];
  const core = tokens.map((_, i) => i).filter((i) => !skippable(run, i, index));
  if (core.length === 0) return [];
  if (core.length === 1) {
    const only = tokens[core[0]!]!.text;
    return stated(index, normalizeWord(only)) ? [] : [only.replace(POSSESSIVE, '')];
  }
  const out: string[] = [];
  let missing: Token[] = [];
  const flush = () => {
    if (missing.length > 0) out.push(line.slice(missing[0]!.start, missing[missing.length - 1]!.end).replace(POSSESSIVE, ''));
    missing = [];
  };
  for (let i = 0; i < tokens.length;) {
    if (!core.includes(i)) {
      flush();
      i++;
      continue;
    }
    let j = tokens.length;
    for (; j > i; j--) {
      const piece = normalizeRun(tokens.slice(i, j));
      if (index.names.has(piece) || (j - i > 1 && stated(index, piece))) break;
    }
    if (j > i) {
      flush();
      i = j;
    } else missing.push(tokens[i++]!);
  }
  flush();
  return out;
}

// Article language: detected offline from the text with eld (Nito-ELD, 60 languages, n-gram
// tables shipped in the package; the "extrasmall" table: the same answers as "small" on 1,952 of
// 1,958 corpus texts; docs/decisions/0024).
// A page's declared language is preferred while the text agrees with it, since markup is often
// copied from a template ("en" on a Korean page), and detection is unreliable on a line or two.
// The table loads on the first detection, not with the module (issue 20: it cost 0.3-1.1 s CPU
// for every importer, `--help` included); docs/decisions/0031. It loads from the JSON copy the
// build writes (scripts/language-table.ts): 28 MB and 0.14 s CPU a thread against 82 MB and 0.39 s
// for eld's own module, which stays the fallback (docs/decisions/0037).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Eld from 'eld/extrasmall';

type Detector = (typeof Eld)['eld'];
let detector: Detector | undefined;

/** The build's copy of eld's table, three levels up from src/sources/article and dist/sources/article alike. */
const TABLE = fileURLToPath(new URL('../../../dist/language-table.json', import.meta.url));

const ELD_ENTRY = () => fileURLToPath(import.meta.resolve('eld/extrasmall'));

/** An eld detector over a JSON table (scripts/language-table.ts) read from the installed eld; undefined for a missing or other version's table. */
export function detectorFromTable(path: string): Detector | undefined {
  if (!existsSync(path)) return undefined;
  const require = createRequire(import.meta.url);
  const entry = ELD_ENTRY();
  const { version } = require(join(dirname(entry), '..', '..', 'package.json')) as { version: string };
  const table = JSON.parse(readFileSync(path, 'utf8')) as { eldVersion?: string; data?: unknown };
  if (table.eldVersion !== version || !table.data) return undefined;
  // eld's own factory, which its entry files call with the table their module's literal holds.
  const { createEld } = require(join(dirname(entry), '..', 'languageDetector.js')) as {
    createEld: () => { instance: Detector; loadData: (data: unknown) => string };
  };
  const { instance, loadData } = createEld();
  loadData(table.data);
  return instance;
}

/** eld ships ESM only; Node >= 20.19 requires an ES module synchronously, so callers stay synchronous. */
function eld(): Detector {
  if (!detector) {
    detector = detectorFromTable(TABLE) ?? (createRequire(import.meta.url)(ELD_ENTRY()) as typeof Eld).eld;
  }
  return detector;
}

/**
 * Characters read: enough for a reliable guess, bounded so a long article costs no more. On the
 * 1,547 real feed items of ../shared/corpus/feeds longer than 200 characters, 300 characters give
 * the same language as 2,000 for every one; on 2,851 texts (those items and the shorter ones,
 * summaries, funding texts, the 89 hand-marked page bodies and their 789 paragraphs over 200
 * characters, 366 of them not English) the same as 600 for every one. eld's cost grows with the
 * text it reads (issue 20: it was most of the feed reader's CPU in the poll bench's second pass).
 */
const SAMPLE_CHARS = 300;

/**
 * English function words that other languages written in Latin letters rarely use as words ("in",
 * "an", "so", "was", "will", "also" left out: German, Dutch and others have them too).
 */
const ENGLISH_ONLY = new Set(
  'the and of to is that for with it this are be by have from has not but they which you their been were would its'.split(' '),
);

/**
 * Plainly English: at least 25 words in Latin letters, at most one in twenty with letters beyond
 * ASCII (a name: "Zürich"), and at least 15 % of them English-only function words. In the 2,544
 * feed items, summaries and funding texts of ../shared/corpus, English text runs at a median of
 * 20 % (headlines and names lower it), German and Portuguese at most 6 %; every text this path
 * answers, eld answers the same. A fast path: eld costs about 0.1 ms a call whatever the length,
 * which was half the feed reader's CPU.
 */
function plainlyEnglish(sample: string): boolean {
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (words.length < 25 || words.some((w) => !/^\p{Script=Latin}+$/u.test(w))) return false;
  // Names may carry accents ("Zürich", "José"); the words of a language with them do so often.
  if (words.filter((w) => !/^[A-Za-z]+$/.test(w)).length > words.length / 20) return false;
  return words.filter((w) => ENGLISH_ONLY.has(w.toLowerCase())).length >= words.length * 0.15;
}

/** ISO 639-1 code of the text's language, or null when the text is too short or ambiguous to tell. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (!/\p{L}{2}/u.test(sample)) return null;
  if (plainlyEnglish(sample)) return 'en';
  const result = eld().detect(sample);
  return result.language && result.isReliable() ? result.language : null;
}

/** "en-US", "en_GB", "EN" → "en"; null for what is no language tag. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*\s*$/i.exec(tag ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * Fewer words than this, and the language a feed declares (its `<language>`, an entry's
 * `xml:lang`) is its items': a teaser's names ("Trois-Rivières ticket wins …", "boulevard des
 * Forges") outweigh its few words for a detector, while the publisher knows what it writes in.
 * A longer item the detector reads surely speaks for itself (a Portuguese site's English story).
 */
const SHORT_ITEM_WORDS = 40;

/** Fewer than SHORT_ITEM_WORDS words (counted in the opening only: 40 words fit in 600 characters of any alphabet). */
const isShortItem = (text: string) => (text.slice(0, 600).match(/\p{L}+/gu)?.length ?? 0) < SHORT_ITEM_WORDS;

/** The language of a feed item: the declared one for a short text, else as articleLanguage reads it. */
export function itemLanguage(text: string, declared: string | null | undefined): string | null {
  const stated = primaryLanguage(declared);
  if (stated && isShortItem(text)) return stated;
  return articleLanguage(text, stated);
}

/**
 * A feed that declares one language and writes another ("nb" over English news): when most of
 * its long items (two at least), which the detector reads surely, are in one other language, its
 * short items that took the declared language, and do not read as it, take that one instead.
 * Changes `items` in place.
 */
export function settleShortItems(
  items: { title: string; text: string; lang?: string | null }[],
  declared: string | null | undefined,
): void {
  const stated = primaryLanguage(declared);
  if (!stated) return;
  const short = items.map((a) => isShortItem(`${a.title}\n\n${a.text}`));
  const long = items.filter((a, i) => a.lang && !short[i]);
  const counts = new Map<string, number>();
  for (const a of long) counts.set(a.lang!, (counts.get(a.lang!) ?? 0) + 1);
  const [top, n] = [...counts].sort((x, y) => y[1] - x[1])[0] ?? [stated, 0];
  if (top === stated || n < 2 || n <= long.length / 2) return;
  // Not an item that reads as the declared language itself: a Spanish paper's English edition
  // declares "en" over Spanish stories and still writes its short English ones in English.
  items.forEach((a, i) => {
    if (short[i] && a.lang === stated && detectLanguage(`${a.title}\n\n${a.text}`) !== stated) a.lang = top;
  });
}

/** Languages eld tells apart less surely than the page's own declaration (Malay for Indonesian, etc.). */
const CLOSE = new Map([
  ['id', 'ms'],
  ['nb', 'no'],
  ['nn', 'no'],
  ['bs', 'hr'],
  ['sr', 'hr'],
  ['gl', 'pt'],
]);

/**
 * The language of an article: the declared one when the text does not contradict it, else the
 * detected one; null when neither says. `confirmed`, a language already read from other text of
 * the same article (a feed's title and teaser for its page), settles it when it is the declared
 * one: a template's wrong tag ("en" on a Korean page) does not agree with the teaser's Korean,
 * and two readings that agree spare the detection (about a fifth of a page's extraction time when
 * the text is not plainly English).
 */
export function articleLanguage(text: string, declared?: string | null, confirmed?: string | null): string | null {
  const stated = primaryLanguage(declared);
  if (stated && stated === primaryLanguage(confirmed)) return stated;
  const detected = detectLanguage(text);
  if (!stated) return detected;
  if (!detected || detected === stated || CLOSE.get(stated) === detected) return stated;
  return detected;
}

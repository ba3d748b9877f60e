// One person spelled two ways in one batch ("Bobbi-Anne McLeod" / "Bobbi-Anne McCleod"): two
// names of two or more words that are the same but for one long word (six letters or more in
// both) one edit apart are one name. Short words are left alone ("Ivana" / "Ivanka" Trump are two
// people), and so are one-word names. The rarer spelling is rewritten to the commoner one in every
// article's names, headline terms and term counts, so clustering compares them as one. So is a
// firm written with and without its suffix words ("X Ridge Capital Partners" / "X Ridge Capital").
import { stem } from '../../text/tokens.js';
import type { StoryFeatures } from './features.js';

const MIN_LETTERS = 6;

/** The word and the word with each one letter left out: two words within one edit share one. */
function deletions(word: string): string[] {
  const out = new Set([word]);
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

/** Variant name → its canonical spelling, and variant word → canonical word, over the batch. */
export function nameVariants(features: StoryFeatures[]): { names: Map<string, string>; words: Map<string, string> } {
  const df = new Map<string, number>();
  for (const f of features) for (const n of f.names) df.set(n, (df.get(n) ?? 0) + 1);
  const buckets = new Map<string, string[]>();
  for (const name of df.keys()) {
    const words = name.split(' ');
    if (words.length < 2) continue;
    words.forEach((w, i) => {
      if (w.length < MIN_LETTERS - 1) return;
      const rest = [...words.slice(0, i), '*', ...words.slice(i + 1)].join(' ');
      for (const d of deletions(w)) {
        const key = `${rest}|${d}`;
        buckets.set(key, [...(buckets.get(key) ?? []), name]);
      }
    });
  }
  const names = new Map<string, string>();
  const words = new Map<string, string>();
  const better = (a: string, b: string) => (df.get(a)! > df.get(b)! || (df.get(a) === df.get(b) && a < b) ? a : b);
  for (const list of buckets.values()) {
    const distinct = [...new Set(list)];
    for (let x = 0; x < distinct.length; x++)
      for (let y = x + 1; y < distinct.length; y++) {
        const [a, b] = [distinct[x]!, distinct[y]!];
        const wa = a.split(' ');
        const wb = b.split(' ');
        const i = wa.findIndex((w, k) => w !== wb[k]);
        if (wa.length !== wb.length || i < 0 || wa[i]!.length < MIN_LETTERS || wb[i]!.length < MIN_LETTERS) continue;
        const keep = better(a, b);
        const drop = keep === a ? b : a;
        if (names.has(drop)) continue;
        names.set(drop, keep);
        words.set(stem(drop.split(' ')[i]!), stem(keep.split(' ')[i]!));
      }
  }
  // "Kita-Kaze Energy" / "Kitakaze Energy", "Værøy" / "Vaeroy", "TolúPay" / "Tolupay": one name
  // written with or without spaces, hyphens or accents (not one spelled with another letter:
  // "Johnson" / "Johnston" are two people).
  const byFolded = new Map<string, string[]>();
  for (const n of df.keys()) {
    const folded = fold(n);
    if (folded.length >= 4) byFolded.set(folded, [...(byFolded.get(folded) ?? []), n]);
  }
  for (const group of byFolded.values()) {
    if (group.length < 2) continue;
    const keep = group.reduce(better);
    for (const n of group) if (n !== keep && !names.has(n) && !names.has(keep)) names.set(n, keep);
  }
  // "Larchmont Ridge Capital Partners" / "Larchmont Ridge Capital" / "Larchmont Ridge": one firm
  // written with more or fewer of its suffix words, when at least two words are left.
  const byCore = new Map<string, string[]>();
  for (const n of df.keys()) {
    const core = firmCore(n);
    if (core.split(' ').length >= 2) byCore.set(core, [...(byCore.get(core) ?? []), n]);
  }
  for (const group of byCore.values()) {
    if (group.length < 2) continue;
    const keep = group.reduce(better);
    for (const n of group) if (n !== keep && !names.has(n)) names.set(n, keep);
  }
  return { names, words };
}

/** A name without spaces, hyphens and accents ("kita kaze" → "kitakaze", "værøy" → "vaeroy"). */
function fold(name: string): string {
  return name
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s-]+/g, '');
}

/** Words a firm's name may carry or leave off at its end. */
const FIRM_SUFFIX = new Set(
  'capital partners ventures venture fund funds group holdings management advisors investments equity'.split(' '),
);

/** The name without its trailing suffix words. */
function firmCore(name: string): string {
  const w = name.split(' ');
  while (w.length > 1 && FIRM_SUFFIX.has(w[w.length - 1]!)) w.pop();
  return w.join(' ');
}

/** The features with every variant spelling rewritten to its canonical one. */
export function unifyNameVariants(features: StoryFeatures[]): StoryFeatures[] {
  const { names, words } = nameVariants(features);
  if (names.size === 0) return features;
  const name = (n: string) => names.get(n) ?? n;
  const word = (t: string) => words.get(t) ?? t;
  return features.map((f) => {
    const terms = new Map<string, number>();
    for (const [t, n] of f.terms) terms.set(word(t), (terms.get(word(t)) ?? 0) + n);
    return {
      ...f,
      names: new Set([...f.names].map(name)),
      titleNames: new Set([...f.titleNames].map(name)),
      subject: f.subject === null ? null : name(f.subject),
      titleTerms: new Set([...f.titleTerms].map(word)),
      terms,
    };
  });
}

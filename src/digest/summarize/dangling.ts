// Sentences that lean on the one before them: a pronoun or connective with nothing to point at
// when the sentence stands alone ("He said…", "However, …", "The 33-year-old …").

const OPENERS = new Set(
  (
    'he she it they him her his its their them this that these those such ' +
    'however but also and or so yet still then thus therefore hence meanwhile moreover furthermore ' +
    'additionally besides nevertheless nonetheless instead otherwise likewise similarly indeed ' +
    'consequently accordingly plus though although'
  ).split(' '),
);

const PHRASES =
  /^(in addition|as a result|on the other hand|at the same time|by contrast|in contrast|even so|after that|the latter|the former|the same|the \d+-year-old|the pair|the couple|the duo)\b/;

/** True when `text` opens with a dangling pronoun or connective (quotes and brackets before it ignored). */
export function opensDangling(text: string): boolean {
  const head = text
    .replace(/^[\s"“”‘’'`([\-–—•*]+/u, '')
    .toLowerCase()
    .slice(0, 40);
  const first = /^\p{L}+/u.exec(head)?.[0] ?? '';
  return OPENERS.has(first) || PHRASES.test(head);
}

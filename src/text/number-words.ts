// Numbers written as words: cardinals ("two", "twenty-five", "a dozen", "three hundred") and
// ordinals ("first", "21st", "twentieth"), so "two rounds" and "2 rounds" state the same count.

const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SMALL_ORDINALS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];

const TENS_WORD = TENS.filter(Boolean).join('|');
const SMALL_WORD = SMALL.slice(1).join('|');

/** A cardinal in words, longest forms first: "twenty-five", "ninety", "dozen", "seven hundred". */
export const CARDINAL_WORDS = String.raw`(?:(?:${TENS_WORD})(?:[-\s](?:${SMALL.slice(1, 10).join('|')}))?|${SMALL_WORD}|dozen)(?:\s+hundred)?`;

/** An ordinal in words or digits: "first", "twenty-first", "21st". */
export const ORDINAL_WORDS = String.raw`(?:(?:${TENS_WORD})-(?:${SMALL_ORDINALS.slice(1, 10).join('|')})|${SMALL_ORDINALS.slice(1).join('|')}|${TENS.filter(
  Boolean,
)
  .map((t) => t.replace(/y$/, 'ieth'))
  .join('|')}|\d+(?:st|nd|rd|th))`;

/** The value of a cardinal written as words ("twenty-five" → 25, "three hundred" → 300), or null. */
export function cardinalValue(text: string): number | null {
  const words = text.toLowerCase().split(/[-\s]+/);
  let value = 0;
  for (const w of words) {
    if (w === 'hundred') value = (value || 1) * 100;
    else if (w === 'dozen') value += 12;
    else if (SMALL.includes(w)) value += SMALL.indexOf(w);
    else if (TENS.includes(w)) value += TENS.indexOf(w) * 10;
    else return null;
  }
  return value;
}

/** The value of an ordinal ("first" → 1, "twenty-first" → 21, "3rd" → 3), or null. */
export function ordinalValue(text: string): number | null {
  const t = text.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (digits) return Number(digits[1]);
  let value = 0;
  for (const w of t.split('-')) {
    const small = SMALL_ORDINALS.indexOf(w);
    const tens = TENS.findIndex((x) => x !== '' && (x === w || x.replace(/y$/, 'ieth') === w));
    if (small > 0) value += small;
    else if (tens > 0) value += tens * 10;
    else return null;
  }
  return value;
}

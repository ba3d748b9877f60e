// Is a text written in English? The rules read English only; a text in another language gives no
// rounds rather than rounds read from the English-looking words in it ("Series-A-Runde", "$30M").
// Decided by function words, which every sentence has and which differ between languages.

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Frequent English function words that are not also frequent words of the languages below. */
const ENGLISH = set(`
  the of and to is was for with that has have from its it this are by at on which will said says who
  their after about has been were into an would than they new also its our we us you
`);

/** Function words of other languages that news in them uses in nearly every sentence. */
const OTHER = set(`
  der die das und ist für den dem des ein eine einer eines wurde hat auf nicht sich auch zum zur
  le la les des et est une du pour avec dans sur par qui au aux ses été sont
  el los las y es una con por para del en al se lo su sus ha fue
  os é um uma em na no nos das dos pela pelo foi
  il gli della delle dei è con che nel nella alla sono
  het een en voor met op zijn heeft bij naar ook
  och att för med som av är på ett har
`);

/** Letters of scripts other than Latin (CJK, Cyrillic, Arabic, Hebrew, Devanagari, Thai, Hangul …). */
const NON_LATIN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}\p{Script=Greek}]/gu;

/** The opening characters decide: a text's language does not change halfway. */
const SAMPLE = 2000;

/**
 * True unless the text is mostly another script, or has at least two function words of other
 * languages and more of them than of English ones. A headline with neither ("Pellucid bags
 * $18M") or with one stray word ("LA startup …") counts as English.
 */
export function isEnglish(full: string): boolean {
  const text = full.slice(0, SAMPLE);
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const nonLatin = text.match(NON_LATIN)?.length ?? 0;
  if (letters > 0 && nonLatin / letters > 0.3) return false;
  let english = 0;
  let other = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (ENGLISH.has(word)) english++;
    else if (OTHER.has(word)) other++;
  }
  return other < 2 || other <= english;
}

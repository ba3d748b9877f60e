// A sentence's language guessed from its function words, for the mixed-languages check: the
// language with at least three of its words and twice as many as any other, else unknown (a short or
// name-heavy sentence says nothing about its language).

const LANGUAGES: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    en: 'the of and to is was for with that has have from it this are by at on which will said who their after about been were into an would than they also our we you',
    de: 'der die das und ist für den dem des ein eine einer wurde hat auf nicht sich auch zum zur mit im von bei wir sind',
    fr: 'le la les des et est une du pour avec dans sur par qui au aux ses été sont nous',
    es: 'el los las y es una con por para del al se lo su sus ha fue como',
    pt: 'o os as é um uma em na no nos das dos pela pelo foi com para ao à',
    it: 'il gli della delle dei è che nel nella alla sono di per',
    nl: 'het een en voor met op zijn heeft bij naar ook niet van',
  }).map(([k, v]) => [k, new Set(v.split(' '))]),
);

export function guessLanguage(sentence: string): string | null {
  const words = sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = Object.entries(LANGUAGES)
    .map(([lang, set]) => [lang, words.filter((w) => set.has(w)).length] as const)
    .sort((a, b) => b[1] - a[1]);
  const [first, second] = scores;
  if (!first || first[1] < 3 || (second && 2 * second[1] > first[1])) return null;
  return first[0];
}

// What makes two headlines one. A forum's, an aggregator's or a newsroom's tag on a headline
// ("[Poll] …", "… [pdf]", "… [video]", "… [UPDATED]") is no part of the story: shown without it, and
// an outlet's headline posted again with "[UPDATED]" is the same headline; so is one reworded by a
// word written two ways ("Rs 352 Cr" / "Rs 352 Crore"). And a headline's label that says the post
// is pictures ("Watch: …", "Photos: …"), whose text describes them rather than the event.
const TAG =
  /^\[[\p{L} ]{2,15}\]\s+|\s+\[(?:pdf|video|audio|paywall|paywalled|pdf warning|updated?|corrected|correction|breaking|live)\]$/iu;

export const withoutHeadlineTag = (title: string): string => title.replace(TAG, '');

/** Two headlines (words, one space apart) that differ in one word written two ways, no figure among them. */
export function rewordedByAWord(a: string, b: string): boolean {
  const wa = new Set(a.split(' '));
  const wb = new Set(b.split(' '));
  const onlyA = [...wa].filter((w) => !wb.has(w));
  const onlyB = [...wb].filter((w) => !wa.has(w));
  if (onlyA.length > 1 || onlyB.length > 1 || [...onlyA, ...onlyB].some((w) => /\d/.test(w))) return false;
  // The word reworded is the same word: abbreviated ("cr" / "crore"), or respelled by a letter.
  const [x = '', y = ''] = [onlyA[0], onlyB[0]];
  if (x === '' && y === '') return true;
  return x !== '' && y !== '' && (x.startsWith(y) || y.startsWith(x) || oneEditApart(x, y));
}

function oneEditApart(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return x.slice(i + 1) === y.slice(i + 1) || x.slice(i) === y.slice(i + 1) || x.slice(i + 1) === y.slice(i);
}

/** A gallery or a video labelled as such, in English or as German, French and Spanish outlets label it. */
export const GALLERY_LABEL =
  /^\s*(?:photos?|pictures|in photos|gallery|photo gallery|watch|video|bilderstrecke|fotostrecke|fotos|galerie|en images|en fotos)\s*[:|–—-]\s/i;
/** A gallery's or a video's post: its text describes pictures ("… speaks to reporters in Ottawa"), not the event. */
export const isVisualPost = (title: string): boolean => GALLERY_LABEL.test(title);
/** An editorial cartoon ("Ben Jennings on … – cartoon", "Cartoon: …"): its artist's comment on a story, not a report of it. */
export const isCartoon = (title: string): boolean => /[–—-]\s*cartoon\s*$|^\s*cartoon\s*[:|–—-]\s/i.test(title);

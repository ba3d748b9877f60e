// Text that is page furniture rather than reporting: video prompts, share/subscribe lines,
// photo credits and captions, bylines, and the dateline in front of a lead; and markup, code
// and raw links a feed left in its text (escaped HTML, CSS rules, backticks, "[link] [comments]");
// and lines that are no prose (a scoreline, a table row).

const FURNITURE =
  /\b(scroll down for (the )?video|click here|read more|sign up (for|to)|subscribe to|follow (us|him|her|them) on|share this|all rights reserved|copyright ©|image copyright|image caption|media playback is (not|un)supported|getty images|this (article|story) (was )?(originally|first) (appeared|published)|you can (read|watch) more)(?!\w)/i;
const LABEL_ONLY =
  /^(advertisement|related( articles?| stories)?|watch|video|photo|more|see also)\s*[:.]?\s*$|^(watch|video|photos?|more|see also|related)\s*:/i;
const NAME_WORDS = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
const ROLE = String.raw`(?:[\p{L} ]{0,30}\b(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Ww]riter|[Cc]olumnist|[Ss]taff|[Cc]ontributor)s?|for [\p{L} ]{1,30})`;
/** "By Mara Quinn, Transport Correspondent", "By Jo Lee and Sam Roe | Reuters". */
const BYLINE = new RegExp(
  String.raw`^(?:By|BY)\s+${NAME_WORDS}(?:\s+and\s+${NAME_WORDS})?(?:\s*[,|]\s*${ROLE}|\s*\|\s*${NAME_WORDS})?\s*\.?$`,
  'u',
);
const CAPTION_MARK =
  /\(\s*(pictured|pictured [^)]{0,40}|left|right|above|below|centre|center|top|bottom|inset|file photo)\s*\)|\bpictured\b/i;
/** A Daily Mail-style caption label: "Distraught: today people laid flowers …". */
const CAPTION_LABEL = /^[\p{L}'’-]+(\s+[\p{L}'’-]+){0,2}\s*:\s/u;
const SPEECH =
  /\b(said|says|added|adds|told|tells|wrote|writes|explained|asked|warned|stated|tweeted|posted|announced|reads?)\b/i;
const DATELINE =
  /^(?:\p{Lu}[\p{L} .,'-]{1,40}\s*)?\(\s*(?:CNN|cnn|Reuters|reuters|AP|ap|AFP|afp|Bloomberg|bloomberg|UPI|upi)\s*\)\s*(?:[-—–]{1,2}|:)?\s*/u;

/** What a feed's footer or a forum adds after the post: "The post … appeared first on …", "[link] [comments]". */
const FEED_FOOTER =
  /\b(appeared first on|(?:this|the) (?:story|article|post) continues (?:at|on)|continue reading|(?:video|photo|image) credit|submitted by\s+\S+\s+to\s+\S+)\b|\[(?:link|comments?|\d+ comments)\]/i;
/** Tags and entities (escaped or not), CSS rules, markdown links and images, backticked code, bare URLs, LaTeX commands ("\mathbb{Z}", "\emph{"). */
const MARKUP =
  /<\/?[a-z][^>]{0,200}>|&(?:lt|gt|amp|quot|#\d{2,5}|#x[0-9a-f]{2,5});|\{[^}]*:[^}]*;|!\[|\]\(|`|\bhttps?:\/\/\S+|\\[a-z]{2,}/i;

/** A sentence that introduces what comes after it ("stash it on res.locals:", "Here is how storms get their names:"): a list or code a summary line never shows. */
const INTRODUCES = /:\s*[.…]?$/;

/**
 * A changelog entry, not a sentence about the release: a commit message's type prefix ("feat(scheduler):
 * …", "fix!: …") or a code host's credit ("… by @ana in #1830").
 */
const CHANGELOG_ENTRY =
  /^(?:feat|fix|chore|docs|refactor|perf|test|tests|build|ci|style|revert|deps)(?:\([^)]{1,40}\))?!?:\s|\bby @[\w-]+ in (?:#\d+|https?:\/\/\S+)/i;

/**
 * No prose: words in Latin letters, yet fewer than two in lower case. A scoreline ("CD Montealto:
 * Olmos 11', 39' | Unión Sierra: Meseguer 58'"), a table row or a list of names, not a sentence.
 */
function noProse(s: string): boolean {
  const latin = s.match(/\p{Script=Latin}{2,}/gu) ?? [];
  return latin.length >= 3 && latin.filter((w) => /^\p{Ll}/u.test(w)).length < 2;
}

export function isFurniture(sentence: string): boolean {
  const s = sentence.trim();
  return (
    noProse(s) ||
    FURNITURE.test(s) ||
    LABEL_ONLY.test(s) ||
    BYLINE.test(s) ||
    FEED_FOOTER.test(s) ||
    MARKUP.test(s) ||
    INTRODUCES.test(s) ||
    CHANGELOG_ENTRY.test(s)
  );
}

/** A sentence that describes a photo (weaker as a summary sentence, not wrong). */
export function looksLikeCaption(sentence: string): boolean {
  return CAPTION_MARK.test(sentence) || (CAPTION_LABEL.test(sentence) && !SPEECH.test(CAPTION_LABEL.exec(sentence)![0]));
}

/** Removes a leading news-agency dateline: "LONDON (Reuters) - Shares rose" → "Shares rose". */
export function stripDateline(sentence: string): string {
  const rest = sentence.replace(DATELINE, '');
  return rest.length >= 20 ? rest : sentence;
}

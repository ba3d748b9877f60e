// Whether an item's text is only a title or a teaser, so `fullText: auto` fetches its page. The
// rule comes from the real-world feeds of the development corpus (docs/decisions/0025): the
// feeds that carry teasers had a median of 0–41 words an item, the full-text ones 83 or more;
// truncated bodies end in "…", "..." or "[…]"; excerpts of longer stories end with a link to the
// rest ("Continue reading…", "This story continues at …", "View Entire Post ›", "Read more").
// Pure: the stored text, the title and the raw body in, a yes or no out.

/** Fewer words than this (two or three sentences) is a teaser, whatever else the body says. */
export const TEASER_WORDS = 50;

/** The end of a truncated text: an ellipsis, three dots, or either in brackets (WordPress excerpts). */
const TRUNCATED = /(?:…|\.{3}|\[(?:…|\.{3}|&hellip;)\])\s*$/u;

/** The words of a link to the rest of the story, in the languages of the feeds we read. */
const REST_OF_STORY =
  '(?:read (?:more|on|the (?:full|whole|rest of the) (?:story|article|post|piece))|continue reading|keep reading|' +
  'this (?:story|article|post) continues|view (?:the )?(?:entire|full) (?:post|story|article)|full (?:story|article)|' +
  'weiterlesen|mehr lesen|lire la suite|leer más|seguir leyendo|continua a leggere|ler mais|lees verder|czytaj dalej)';

/** That phrase as the text of an HTML or markdown link, or as the last words of a plain body; "Read more:" labels related links instead. */
const MORE_LINK = new RegExp(
  `<a\\b[^>]*>\\s*${REST_OF_STORY}(?![^<]{0,3}:)|\\[\\s*${REST_OF_STORY}[^\\]]{0,20}\\]\\(|${REST_OF_STORY}\\W{0,6}$`,
  'iu',
);

export interface TeaserInput {
  title: string;
  /** The stored text (the article stage's paragraphs). */
  text: string;
  /** The body as the feed carried it (HTML, markdown or text), where links to the rest still show. */
  body: string | null;
}

const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

/** True when the item's text is its title, a line or two, cut short, or an excerpt linking to the rest. */
export function isTeaser({ title, text, body }: TeaserInput): boolean {
  const own = text.trim() === title.trim() ? '' : text;
  return wordCount(own) < TEASER_WORDS || TRUNCATED.test(own) || (body !== null && MORE_LINK.test(body));
}

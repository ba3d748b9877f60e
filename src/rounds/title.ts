// A funding text's title read as its first paragraph: less an aggregator's " - Outlet" after it
// and a show's or a forum's label before it, and not when the text already opens with it.

const squash = (s: string) => s.replace(/\W+/g, ' ').trim().toLowerCase();

/** An aggregator's " - The Wire Desk" after a headline: the outlet, no part of the news (no figure, no round word). */
const OUTLET_AFTER_TITLE =
  /\s[-–—|]\s(?:The\s)?\p{Lu}[\p{L}.&'’]*(?:\s\p{Lu}[\p{L}.&'’]*){0,4}$(?<!\b(?:Series\s\p{Lu}|Seed|Round|Funding|IPO))/u;

/** A show's label before an episode's title ("Founders Off-Script #77: …", "Ep. 12 – …"), a forum post's type ("Launch HN: …"). */
const EPISODE_LABEL =
  /^(?:(?:Show|Ask|Launch|Tell)\s+\p{Lu}{2,4}:\s*|(?:[^:#]{2,60}\s)?(?:#|No\.\s?|Ep(?:isode)?\.?\s?)\d+\s*(?::|[–—|-]\s)\s*)/iu;

/** The title as the text's first paragraph (less an aggregator's outlet and a show's label), unless the text already opens with it. */
export function withTitle(text: string, title: string | null | undefined): string {
  const t = title?.trim().replace(OUTLET_AFTER_TITLE, '').replace(EPISODE_LABEL, '');
  if (!t || squash(text.slice(0, t.length + 40)).startsWith(squash(t))) return text;
  return `${t}\n\n${text}`;
}

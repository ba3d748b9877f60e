// Defects of a whole digest as a reader sees it: every line of prose checked for captions, markup,
// datelines, dangling openers and unpaired quotation marks; sentences repeated anywhere in it; raw
// machine tags; outlet names that are feed taglines or hostnames; "reported by N sources" beside
// another number of links; funding rows whose company their source does not name (nor is its
// publisher); two languages in one group.
import type { Article, Digest } from '../../src/model.js';
import { splitSentences } from '../../src/text/sentences.js';
import { guessLanguage } from './language.js';
import { textDefects, unpairedQuote } from './text-kinds.js';

export const KINDS = [
  'caption',
  'markup',
  'dateline/footer',
  'dangling opener',
  'unpaired quote',
  'repeated sentence',
  'raw tag',
  'raw outlet name',
  'source-count mismatch',
  'false funding row',
  'mixed languages',
] as const;
export type Kind = (typeof KINDS)[number];

export interface Found {
  kind: Kind;
  where: string;
  text: string;
}

const sentences = (text: string) =>
  splitSentences(text)
    .map((s) => s.text.trim())
    .filter((s) => s.length > 0);
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** "key:value" and path-like machine tags, index entries filed surname first ("musk,-elon"), or tags longer than a topic name. */
const RAW_TAG = /[:/=|,]|^\d+$|^.{31,}$/;

/** Taglines, sections ("UK homepage", "Sport"), a forum's listing ("posts from a, b"), hostnames and separators: a feed's title, not an outlet's name. */
const RAW_OUTLET =
  /\b(?:latest|breaking|headlines?|top stories|around the world|news from|for the|all the|updates? from|posts from|rss|feed|home ?page|front page)\b|[¦|»>]|:\s|\s[-–—]\s|[.!]$|^(?:sports?|world|business|tech(?:nology)?|politics|opinion|science|culture|news)$/i;
/** A bare hostname ("www.example.co.uk", "example.com …"): the site's name was never read. */
const HOSTNAME = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\s|$)/;

function proseDefects(d: Digest, articles: Article[], found: Found[]): void {
  const headlines = [...d.stories.map((s) => s.headline), ...articles.map((a) => a.title)];
  const push = (where: string, text: string, alone: boolean) => {
    for (const kind of textDefects(text, alone, headlines)) found.push({ kind, where, text });
  };
  // Quotation marks pair up within a whole line (a quotation may run over several sentences).
  const quotes = (where: string, text: string) => {
    if (unpairedQuote(text)) found.push({ kind: 'unpaired quote', where, text });
  };
  quotes('tldr', d.tldr);
  for (const s of sentences(d.tldr)) push('tldr', s, true);
  d.takeaways.forEach((t, i) => {
    quotes(`takeaway ${i + 1}`, t.text);
    sentences(t.text).forEach((s, j) => push(`takeaway ${i + 1}`, s, j === 0));
  });
  d.stories.forEach((s, i) => {
    push(`story ${i + 1} headline`, s.headline, false);
    quotes(`story ${i + 1} headline`, s.headline);
    quotes(`story ${i + 1}`, s.summary);
    for (const x of sentences(s.summary)) push(`story ${i + 1}`, x, false);
  });
}

function repeated(d: Digest, found: Found[]): void {
  const seen = new Set<string>();
  const all = [
    ...sentences(d.tldr).map((s) => ['tldr', s] as const),
    ...d.takeaways.flatMap((t, i) => sentences(t.text).map((s) => [`takeaway ${i + 1}`, s] as const)),
    ...d.stories.flatMap((st, i) => sentences(st.summary).map((s) => [`story ${i + 1}`, s] as const)),
  ];
  for (const [where, s] of all) {
    const k = norm(s);
    if (k.split(' ').length < 4) continue;
    if (seen.has(k)) found.push({ kind: 'repeated sentence', where, text: s });
    seen.add(k);
  }
}

function names(d: Digest, found: Found[]): void {
  d.stories.forEach((s, i) => {
    for (const t of s.tags) if (RAW_TAG.test(t)) found.push({ kind: 'raw tag', where: `story ${i + 1}`, text: t });
    const outlets = new Set(s.sources.map((x) => x.outlet));
    for (const o of outlets)
      if (RAW_OUTLET.test(o) || HOSTNAME.test(o)) found.push({ kind: 'raw outlet name', where: `story ${i + 1}`, text: o });
    const links = new Set(s.sources.map((x) => x.url ?? x.title)).size;
    if (links !== outlets.size)
      found.push({ kind: 'source-count mismatch', where: `story ${i + 1}`, text: `${outlets.size} sources, ${links} links` });
  });
}

function funding(d: Digest, texts: Map<number, string>, found: Found[]): void {
  for (const r of d.rounds.items) {
    const text = r.sources
      .map((s) => texts.get(s.articleId) ?? '')
      .join('\n')
      .toLowerCase();
    const company = r.company.toLowerCase();
    // A company's own feed speaks of itself as "we": its name is the outlet's.
    const own = r.sources.some((s) => s.outlet.toLowerCase() === company);
    const stated = company.length > 1 && (text.includes(company) || own);
    if (!stated) found.push({ kind: 'false funding row', where: 'rounds', text: `${r.company}: not named in its source` });
  }
}

function languages(d: Digest, found: Found[]): void {
  const groups: [string, string[]][] = [
    ['tldr', sentences(d.tldr)],
    ['takeaways', d.takeaways.map((t) => t.text)],
    ...d.stories.map((s, i) => [`story ${i + 1}`, [s.headline, ...sentences(s.summary)]] as [string, string[]]),
  ];
  for (const [where, group] of groups) {
    const langs = new Set(group.map(guessLanguage).filter((l) => l !== null));
    if (langs.size > 1) found.push({ kind: 'mixed languages', where, text: group.map((s) => s.slice(0, 40)).join(' | ') });
  }
}

/** Every defect of the kinds above in `d`; `articles` are the texts its lines were taken from. */
export function digestDefects(d: Digest, articles: Article[]): Found[] {
  const found: Found[] = [];
  const texts = new Map(articles.map((a) => [a.id, `${a.title}\n${a.text}`]));
  proseDefects(d, articles, found);
  repeated(d, found);
  names(d, found);
  funding(d, texts, found);
  languages(d, found);
  return found;
}

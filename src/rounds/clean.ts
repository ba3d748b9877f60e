// Article text as feeds and blogs deliver it (Markdown with front matter, stray HTML, entities,
// glued sentences) reduced to plain lines, so the rules downstream see words and sentence
// boundaries only.

import { cutDateline } from '../text/dateline.js';
import { dealCards } from './deal-card.js';

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  euro: '€',
  pound: '£',
  yen: '¥',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

const STEPS: [RegExp, string][] = [
  [/<!--[\s\S]*?-->/g, ' '],
  [/^\s*(?:import|export)\s[^\n]*$/gm, ''], // MDX preambles
  [/<img\b[^>]*?\balt\s*=\s*(["'])([^"'<>]{3,300})\1[^>]*>/gi, '\n\n$2\n\n'], // a descriptive alt text is text
  [/<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|section|article)\b[^>]*>/gi, '\n\n'],
  [/<[^>]{1,500}>/g, ' '],
  [/!\[([^\]]*)\]\([^)]*\)/g, '\n\n$1\n\n'], // images: a descriptive alt text is text
  [/\[([^\]]*)\]\([^)]*\)/g, '$1'], // links keep their text
  [/\bhttps?:\/\/\S+/g, ''],
  // List markers: "1. Acme raised …", "- Acme …"; each item stands alone even when the items are about as long as each other.
  [/^[ \t]*(?:\d{1,2}[.)]|[-–•*+])[ \t]+(?=\S)/gm, '\n'],
  // A thread's post numbers: "1/ Today DRIFT is announcing …", "2/7 Quick recap …".
  [/^[ \t]*\d{1,2}\/(?:\d{1,2})?[ \t]+(?=\S)/gm, '\n'],
  // Hacker News post prefixes, whatever the case of the name after them ("Show HN: tinyqueue – …").
  [/^(?:Launch|Show|Ask) HN\s*:\s*/gm, ''],
  // A handle with the name after it: "@tallyroot (Tallyroot) just raised", "led by @lastmile (Last Mile Capital)".
  [/(^|[\s(])@[\w.-]+\s+\(([^()@]{2,60})\)/gm, '$1$2'],
  // A mention of a page by its name: "led by @Oakmere Ventures" (a handle, "@oakmerevc", is left as written).
  [/(^|[\s(])@(?=\p{Lu})/gmu, '$1'],
  [/\*\*|__/g, ''],
  [/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/gm, '$1$2'],
  [/^[ \t]*#{1,6}[ \t]*(.*)$/gm, '\n$1\n\n'], // headings stand alone
  [/^[ \t]*>[ \t]?/gm, ''],
  // A link to another story on its own line ("Related: X raises $40M", "Read more: …"): not this story.
  [
    /^[ \t]*(?:Related(?: (?:stories|articles?|reading|coverage|news))?|Read (?:more|also|next)|See also|Also read|Recommended(?: reading)?|More on this(?: story)?)[ \t]*:[^\n]*$/gim,
    '',
  ],
  [/[■▪●◆►]/g, '\n'],
  [/\u00a0/g, ' '],
  // Wire tags glued to a headline: "Exclusive-Insurtech X eyes …", "UPDATE 2-X raises …", "BRIEF: …", "Scoop: …", "Rumour: …";
  // Hacker News post prefixes: "Launch HN: Tallyhook (YC W26) – …"; what kind of piece it is and its
  // episode: "Transcript: Episode 93 – X on …", "Podcast: …", "Q&A: …".
  [
    /^(?:(?:EXCLUSIVE|Exclusive|UPDATE(?: \d)?|Update(?: \d)?|BRIEF|Brief|BREAKING|Breaking|CORRECTED|RPT|Scoop|SCOOP|Rumou?r|RUMOU?R|\(LEAD\)|\(URGENT\)|Launch HN|Show HN|Ask HN|Transcript|Podcast|Interview|Q&A|Video|Episode \d+|Ep\.? ?\d+)\s*[-–:]\s*)+(?=\p{Lu})/gmu,
    '',
  ],
  // A founder's letter's label: "Monthly update: February 2026 — we closed our seed".
  [/^(?:Monthly|Weekly|Quarterly|Investor|Founder|Team) [Uu]pdate(?:[:,]? (?:\p{Lu}\p{Ll}+ )?\d{4})?\s*[-–—:]\s*/gmu, ''],
  // Glued sentences from scraped pages: "VC).Funding", "round.Quick", "details:SIG".
  [/([a-z)\]”"’'])\.([A-Z][a-z])/g, '$1. $2'],
  [/([a-z]):([A-Z])/g, '$1: $2'],
  [/[ \t]+/g, ' '],
  [/\n[ \t]+/g, '\n'],
];

/** A blog post's YAML front matter ("---\ntitle: We raised\nlayout: post\n---") becomes its title line. */
function frontMatter(text: string): string {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]{0,3000}?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return text;
  const title = /^title:[ \t]*["']?(.*?)["']?[ \t]*$/m.exec(m[1]!)?.[1];
  return `${title ? `${title}\n\n` : ''}${text.slice(m[0].length)}`;
}

/**
 * A table row's cells: "| Kuusk | €3.2M | Pre-seed |" → ["Kuusk", "€3.2M", "Pre-seed"]; a
 * spreadsheet export's row is split at its tabs ("Kuusk\t3200000\tEUR").
 */
const cells = (line: string) =>
  line.includes('\t')
    ? line.split('\t').map((c) => c.trim())
    : line
        .trim()
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((c) => c.trim());
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const COLUMN: [RegExp, string][] = [
  [/^(?:company|startup|name|who)$/i, 'company'],
  [/^(?:amount|raised|size|how much|funding)$/i, 'amount'],
  [/^(?:round|stage|series|type|round type)$/i, 'round'],
  [/^(?:leads?|lead investors?|led by|investors?|lead(?: investor)?\(s\))$/i, 'lead'],
  [/^(?:currency|ccy)$/i, 'currency'],
];

/** A data export's values: "series_a" → "Series A", "pre_seed" → "pre-seed". */
const stageCell = (cell: string) =>
  cell
    .replace(/\s+round$/i, '')
    .replace(/^pre[_ ]seed$/i, 'pre-seed')
    .replace(/^series[_ ]([a-k]\d?)$/i, (_, l: string) => `Series ${l.toUpperCase()}`);

/** A bare figure beside its currency column ("4200000", "AUD") as an amount: "AUD 4200000", "$54000000". */
const amountCell = (amount: string, currency: string | undefined) =>
  currency && /^\d[\d.,]*$/.test(amount) ? (/^usd$/i.test(currency) ? `$${amount}` : `${currency} ${amount}`) : amount;

/** A table cell that names no lead: "—", "n/a", "not disclosed". */
const NO_LEAD = /^(?:—|–|-|n\/a|none|tbc|tba|unknown|undisclosed|not (?:disclosed|named|given))$/i;

/** "Quintrell Partners; Dunlin Growth (co-leads)" → "Quintrell Partners and Dunlin Growth". */
const leadCell = (cell: string) =>
  cell
    .replace(/\s*\((?:co-?)?leads?\)\s*$/i, '')
    .split(/\s*;\s*/)
    .join(' and ');

/**
 * A deals table ("| Company | Amount | Round | Lead |", in markdown or as plain lines with pipes)
 * read as one sentence per row: "Kuusk raised €3.2M in a Pre-seed round led by Toompea
 * Ventures." A table without a company and an amount column is left as it is.
 */
function dealTables(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const tabbed = lines[i]!.includes('\t');
    if (!lines[i]!.includes('|') && !tabbed) continue;
    const header = cells(lines[i]!);
    const roles = header.map((h) => COLUMN.find(([re]) => re.test(h.replace(/_/g, ' ')))?.[1]);
    if (!roles.includes('company') || !roles.includes('amount')) continue;
    // Markdown rules the header off; a plain table's first row has as many cells as the header.
    const ruled = TABLE_RULE.test(lines[i + 1]!);
    if (!ruled && cells(lines[i + 1]!).length !== header.length) continue;
    let j = i + (ruled ? 2 : 1);
    const rows: string[] = [];
    // A plain table ends at the first line with another number of cells ("Source: X | Compiled by Y").
    const sep = tabbed ? '\t' : '|';
    for (; j < lines.length && lines[j]!.includes(sep) && (ruled || cells(lines[j]!).length === header.length); j++) {
      const row = Object.fromEntries(cells(lines[j]!).map((c, k) => [roles[k] ?? '', c]));
      if (!row.company || !row.amount) continue;
      const round = row.round ? ` in a ${stageCell(row.round)} round` : '';
      const lead = row.lead && !NO_LEAD.test(row.lead) ? ` led by ${leadCell(row.lead)}` : '';
      rows.push(`${row.company} raised ${amountCell(row.amount, row.currency)}${round}${lead}.`);
    }
    lines.splice(i, j - i, ...rows.map((r) => `${r}\n`));
    i += rows.length - 1;
  }
  return lines.join('\n');
}

/**
 * A deals list's line ("Prismkettle (London; software for installers): £6m Series A. Lead: Holborn
 * Climate Fund. Also in: Bramley Seed.", or "Prismkettle, a London maker of …: KSh 260 million
 * (~$2m) pre-seed.") read as sentences: "Prismkettle raised £6m in a Series A round. The round was
 * led by Holborn Climate Fund. The round also included Bramley Seed."
 */
const DEAL_LINE =
  /^(\p{Lu}[\p{L}\d&.'’-]*(?: \p{Lu}[\p{L}\d&.'’-]*){0,3})(?: \([^)\n]{1,80}\))?(?:, [^:\n]{1,160})?: ((?:[$€£¥₹₦]|[A-Z][A-Za-z]{1,2}\$? ?)\d[\d.,]*\s?(?:[mbkMBK]n?|million|billion)?)\b ?((?:\([^)\n]{0,40}\) ?)?[^.\n]{0,40})\.$/u;
const DEAL_LABELS: [RegExp, string][] = [
  [/^(?:Lead|Leads|Led by|Lead investors?): (?:existing investors? )?/gm, 'The round was led by '],
  [/^(?:Also in|Others|Participants|Investors|Also participating): /gm, 'The round also included '],
];
/** The stage alone after the amount ("£6m Series A", "$22m seed"): not "$20 an ounce", "€1.2bn fine", "$91.5bn valuation". */
const DEAL_STAGE = /^(?:pre-seed|seed|seed extension|bridge|Series [A-H]\d?(?: extension)?)(?: round)?$/i;

/**
 * A deals list's line in fields between dashes: "Vantapay — £3m — London — expense cards for
 * builders. Led by X.", "Fernpost — undisclosed seed — Boston — …. From Y." (the stage, if any, after
 * the amount).
 */
const DASH_DEAL_LINE =
  /^(\p{Lu}[\p{L}\d&.'’-]*(?: \p{Lu}[\p{L}\d&.'’-]*){0,3}) [—–] ((?:[$€£¥₹₦]|[A-Z][A-Za-z]{1,2}\$? ?)\d[\d.,]*\s?(?:[mbkMBK]n?|million|billion)?|undisclosed)(?: ([\w -]{2,30}?))? [—–] [^\n]*?(?:\.(?: (.+))?)?$/u;

function dashDealLine(line: string): string {
  const m = DASH_DEAL_LINE.exec(line);
  const stage = m?.[3]?.trim() ?? '';
  if (!m || (stage !== '' && !DEAL_STAGE.test(stage))) return line;
  const round = stage ? `${stage.replace(/\s+round$/i, '')} round` : 'round';
  const head = m[2] === 'undisclosed' ? `${m[1]} raised an undisclosed ${round}.` : `${m[1]} raised ${m[2]} in a ${round}.`;
  const rest = (m[4] ?? '')
    .replace(/^Led by /, 'The round was led by ')
    .replace(/^(?:Investors|From):? /, 'The round also included ');
  return `\n${head} ${rest}`.trimEnd() + '\n';
}

function dealLines(raw: string): string {
  const text = /^\p{Lu}[^\n]{0,40} [—–] (?:[$€£¥₹₦]|[A-Z][A-Za-z]{1,2}\$? ?\d|undisclosed)/mu.test(raw)
    ? raw.split('\n').map(dashDealLine).join('\n')
    : raw;
  if (!/^\p{Lu}[^\n:]{0,200}: (?:[$€£¥₹₦]|[A-Z][A-Za-z]{1,2}\$? ?)\d/mu.test(text)) return text;
  const lines = text.split('\n').map((line) => {
    const parts = line.split(
      /(?<=\.) (?=(?:Lead|Leads|Led by|Lead investors?|Also in|Others|Participants|Investors|Also participating): )/,
    );
    const line0 = DEAL_LINE.exec(parts[0]!);
    // The stage after a conversion: "KSh 260 million (~$2m) pre-seed".
    const stage = line0?.[3]!.replace(/^\([^)]*\)/, '').trim() ?? '';
    if (!line0 || !DEAL_STAGE.test(stage)) return line;
    const head = `${line0[1]} raised ${line0[2]} in a ${stage.replace(/\s+round$/i, '')} round.`;
    // Each line is an entry of its own, as a list item is.
    return `\n${[head, ...parts.slice(1).map((p) => DEAL_LABELS.reduce((s, [re, to]) => s.replace(re, to), p))].join(' ')}\n`;
  });
  return lines.join('\n');
}

/**
 * A roundup's numbered or bulleted item that describes the company first and gives its deal after,
 * without a subject ("1. Pierline (Portland) makes billing software. $7M seed led by Gannet
 * Ventures; …", "… Announced on stage: a €1.5M pre-seed led by …", "… Closed a $2M seed …"): the
 * deal is the item's company's ("Pierline raised $7M in a seed round led by …").
 */
const ITEM_HEAD = /^(?:\d{1,2}[.)]|[•*·–-])\s+(\p{Lu}[\p{L}\d&.'’/-]*(?: \p{Lu}[\p{L}\d&.'’/-]*){0,3})(?=[\s(,:])/u;
const BARE_DEAL =
  /(?<=[.!?;]\s)(?:(?:announced|closed|raised|landed|secured|signed)\b[^.!?;$€£¥₹\d]{0,25}?)?(?:an?\s+)?((?:[$€£¥₹]|[A-Z]{1,3}\$ ?|[A-Z]{2,3} ?)\d[\d.,]*\s?(?:[mbk]n?|million|billion|Mio\.?|Mrd\.?)?)\s+((?:pre-seed|seed(?:[- ]extension)?|bridge|Series [A-H]\d?(?: extension)?))(?: round)?(?=[\s.,;])/iu;

function roundupItems(text: string): string {
  const lines = text.split('\n');
  if (!lines.some((line) => ITEM_HEAD.test(line) && BARE_DEAL.test(line))) return text;
  // Each item an entry of its own (its own paragraph), as in a deals list.
  return lines
    .map((line) => {
      const name = ITEM_HEAD.exec(line)?.[1];
      return name
        ? `\n${line.replace(BARE_DEAL, (_, amount: string, stage: string) => `${name} raised ${amount} in a ${stage} round`)}\n`
        : line;
    })
    .join('\n');
}

/**
 * A roundup entry's label that the entry's sentence names again ("Paisafy: Chennai-based fintech
 * startup Paisafy, which …, raised …"): the sentence reads without it.
 */
const REPEATED_LABEL = /^(\p{Lu}[\p{L}\d&.'’-]*(?: \p{Lu}[\p{L}\d&.'’-]*){0,3}):[ \t]+(?=[^\n]*?\b\1\b)/gmu;

/** Plain text with paragraph breaks (blank lines) and line breaks kept. */
export function plainText(raw: string): string {
  let text = roundupItems(dealLines(dealTables(dealCards(decodeEntities(frontMatter(raw)))))).replace(REPEATED_LABEL, '');
  for (const [re, to] of STEPS) text = text.replace(re, to);
  // Datelines: "SAN FRANCISCO, Nov. 4, 2025 /PRNewswire/ --", "June 10 (Reuters) -", "ZURICH, Dec 1 (Newsline) -".
  text = text.split('\n').map(cutDateline).join('\n');
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

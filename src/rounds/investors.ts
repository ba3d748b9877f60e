// Investors named around a round: leads only where the text says led / co-led ("to have X lead this
// round", "expected to lead" for talks), participants from "with participation from", "investors
// include", "from X, Y and others", "X and Y also joined the round". Lists are cut where names stop.
import { FIRM_SUFFIX, LEADING_NOISE, NOT_A_NAME_ALONE } from './lexicon.js';
import { isNameWord, isPlace, runEndingAt, tokenize, type Token } from './names.js';

export interface Investors {
  lead: string[];
  other: string[];
}

const LEAD_MARK = '\u0001';
// Not "The law firm's team was led by partner X", "a startup led by its founder": who runs a team or
// a company is no investor.
const LEAD_OPENERS =
  /(?<!\b(?:team|teams|practice|group|delegation|department|desk|committee|panel|effort|project|study|search|company|startup|business|firm)\s{1,3}(?:(?:was|is|were|are|has been|had been|been)\s{1,3})?)\b(?:co-)?(?:led|spearheaded|headed|anchored) by\s+|\bwith\s+(?=[^.;]{1,120}?\s(?:co-)?leading\b)|\band\s+(?=[^.;,]{1,80}?\s(?:co-)?leading\b)|\bto\s+have\s+(?=\p{Lu}[^.;,]{0,60}?\s(?:co-)?lead\s+(?:this|the|our)\s)|\b(?:from|by)\s+an?\s+(?:group|consortium|syndicate)\s+(?:of\s+investors\s+)?(?:co-)?led\s+by\s+|\bco-led\s+(?:it\s+|the round\s+)?with\s+/giu;
/** "our lead, Grayling Ventures", "the lead investor, X", a newsletter's "Lead: X" (case matters: the name is capitalized). */
const LEAD_NAMED =
  /\b(?:[Oo]ur|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:co-)?lead(?:\s+investors?)?,\s+(?=\p{Lu})|\b(?:Co-)?[Ll]eads?(?: investors?)?:\s+(?=\p{Lu})/gu;
const OTHER_OPENERS = [
  /\b(?:with\s+)?participation\s+(?:from|by|of)\s+/gi,
  // "investors include …", but not "the company's investors including …" (its backers in general).
  /(?<!['’]s\s|\bits\s|\btheir\s)\b(?:investors|backers|angels|vcs|funds|firms|leaders|supporters|participants|names|shareholders)\b[^.;]{0,60}?\b(?:include|included|includes|including|such as|like)\s+/gi,
  /\b(?:loans?|credit(?: facility| line)?|debt(?: financing)?)\s+(?:deal\s+|agreement\s+)?(?:with|from)\s+(?:the\s+)?/gi,
  /\b(?:joined by|alongside|together with|c(?:a|o)me from|comes from|was provided by)\s+/gi,
  /\b(?:Also in|Participants|Others|Other investors|Investors):\s+(?=\p{Lu})/gu,
  /\bwith\s+(?=[^.;]{1,120}?\s(?:also\s+)?(?:participating|joining|investing)\b)/gi,
  /\b(?:round|funding|financing|investment|raise)\b[^.;]{0,20}?\b(?:also\s+)?(?:included|includes|include|drew)\s+(?:participation from\s+)?/gi,
  // "… was led by X and included new investor Y": the participants after the leads.
  /(?:\band|,)\s+(?:also\s+)?(?:included|includes|featured|features)\s+(?:participation from\s+|(?:new|existing|returning)\s+(?:investors?|backers?)\s+)?/gi,
  /\b(?:round|funding|financing|investment|raise|seed|series [a-z])\b[^.;]{0,20}?\b(?:is|was|were)?\s*backed by\s+/gi,
  /(?:\$|€|£|¥|₹|\b(?:round|funding|financing|investment|seed|pre-seed|series [a-z]|million|billion|[\d.]+[mbk]))\s+from\s+/gi,
];
/** "Existing backers X and Y also joined the round": the names come before the verb. */
const JOINERS =
  /\b(?:also\s+)?(?:joined|participated|took part|invested|chipped in)(?:\s+in)?(?:\s+(?:the|this)\s+(?:round|funding|financing|raise|investment)\b|\s*(?=[.;]|$))/gi;

const LIST_END =
  /(?:;|\s(?:co-)?lead\s+(?:this|the|our)\s|,\s+and\s+(?=[^.;,]{0,80}?\s(?:also\s+)?(?:invested|joined|participated|took part|chipped in)\b)|,\s+(?:[A-Z][\w.&'’-]*\s+){1,4}(?:said|says|told|added|noted)\b|(?<!\b(?:[A-Z]|St|Mt|Ft|Dr|Mr|Ms|Mrs|Jr|Sr))\.\s|\.$|(?:\sand|,)\s+(?:also\s+)?(?:included|includes|featured|features|was|were|is|will|has|had|values|valued|brings|brought|gives|gave|takes|took|puts|makes|made|lifts|lifted|pushes|pushed|sets|marks|means|comes|came)\b|\s(?:to|in order to|at|for|which|that|bringing|brings|as it|as the company|according to|as soon as|as early as|(?:later|early|earlier) this|(?:this|next|last) (?:week|month|year|quarter)|said|says|who|whose|while|but|although|though|because|after|before|ahead of|amid|through|via|under|valuing|giving|in|into|and with|(?<!along\s|together\s)with|among others|and others|and more|and a number|participating|participation|joining|joined by|alongside|investing|(?:co-)?leading|also)(?![\p{L}\p{N}]))/iu;
/** "on Tuesday", "on the deal" end a list; "Shoe on Ventures" does not (case matters here). */
const ON_END =
  /\son\s(?=\p{Ll}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/u;
const SEPARATOR =
  /\s*,\s*(?:and\s+|as well as\s+|plus\s+|along with\s+|including\s+)?|\s+(?:and|as well as|plus|along with|including|together with)\s+/i;
const ROLE =
  /^(?:former\s+)?(?:[\p{Lu}][\w&.'’-]*\s+){1,3}(?:CEO|CTO|COO|CFO|chief [\w-]+ officer|co-?founder|cofounder|founder|chairman|chair|president|partner|general partner|managing partner|executive chairman|board member|head of [\w ]+?)\s+(?=\p{Lu})/u;
const FIRM_OF =
  /^.*?['’]s?\s+(?:firm|fund|venture arm|venture capital arm|investment arm|vc arm|corporate venture arm|family office|arm)\s+/i;
const LOWER_PREFIX =
  /^(?:(?:[\p{Ll}][\p{Ll}-]*|[\p{Lu}]{1,3}-based|\p{Lu}[\p{Ll}]+-based)\s+)+(?=[\p{Lu}\d]|[\p{Ll}]{1,3}[\p{Lu}\d])/u;

/**
 * A firm described before its name by a region or a kind it belongs to: "the Moravian investment
 * firm X", "Dutch pension fund X", "Gulf sovereign wealth fund X" (the describing words capitalized
 * or not, the kind in lower case).
 */
const DESCRIBED_FIRM =
  /^(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:[\p{Ll}-]+\s+){0,3}(?:firm|fund|investor|company|bank|group|house|manager|office|arm|insurer|conglomerate|giant|lender|backer|accelerator|incubator)\s+(?=\p{Lu})/u;

/** A place of one to three capitalized words, possessive or "-based", before a name. */
const PLACE_BEFORE = /^(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})(?:['’]s|-based)\s+(?=\p{Lu})/u;

/** "Palouse Ag Ventures of Spokane": a place after a venture firm's own name word ("Bank of America" keeps its "of"). */
const FIRM_OF_PLACE = /(?<=\b(?:Ventures|Capital|Partners|Angels|VC))\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}$/u;

const ROLE_FIRST = /^(?:CEO|CTO|COO|CFO|chief|founder|co-?founder|president|chair(?:man|woman)?)\b/i;

/** One list item as a name ("Klarna CEO Sebastian Siemiatkowski" → "Sebastian Siemiatkowski"), or null. */
export function investorName(item: string): string | null {
  let name = item
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[()]/g, ' ') // a list inside parentheses: "Brisk ($18M, led by Oakmont)"
    .replace(/["“”‘’]+(?=\s|$)|(?:^|\s)["“”‘’]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:!?…]+$/, '');
  // "U.S. investment firm Kite Capital", "British bank Barclays", "Silicon Valley firm Redwood
  // Arch": a place of one to three words before a description.
  const place = /^(\S+(?:\s+\p{Lu}\S*){0,2})\s+(?=\p{Ll})/u.exec(name);
  if (place && (isPlace(place[1]!.replace(/\.$/, '')) || /^(?:U\.S\.|U\.K\.)$/.test(place[1]!)))
    name = name.slice(place[0].length);
  // "Abu Dhabi’s Liwa Crescent Ventures", "Kansas City’s Prairie Gate", "St. Louis-based Lindell Forge": a place made into a description.
  const owner = PLACE_BEFORE.exec(name);
  // … or a city the gazetteer lacks before a firm's name of 3+ words ("Uppsala’s Gamla Torget Kapital"; not "SoftBank’s Vision Fund").
  const firm = owner ? name.slice(owner[0].length) : '';
  const cityFirm = owner !== null && !owner[1]!.includes(' ') && firm.split(' ').length >= 3 && FIRM_SUFFIX.test(firm);
  if (owner && (/-based\s+$/.test(owner[0]) || isPlace(owner[1]!) || /\sCity$/.test(owner[1]!) || cityFirm)) name = firm;
  name = name.replace(FIRM_OF_PLACE, '');
  // "Tolupay’s Series A" (from "X led Tolupay’s Series A"): the round, not an investor.
  if (/['’]s\s+(?:Series [A-K]\d?|seed|pre-seed|round|raise)\b/i.test(name)) return null;
  // "Series A Torrens Capital": a list's line ("… — A$15M Series A") run into the next without a stop.
  name = name.replace(/^(?:Series [A-K]\d?|Seed|Pre-seed)\s+(?=\p{Lu})/u, '');
  name = name.replace(DESCRIBED_FIRM, '').replace(LOWER_PREFIX, '').replace(FIRM_OF, '').replace(ROLE, '');
  const words = name.split(' ');
  if (!name || words.length > 6) return null;
  if (LEADING_NOISE.has(words[0]!.toLowerCase()) && words.length === 1) return null;
  if (NOT_A_NAME_ALONE.has(name.toLowerCase())) return null;
  const ok = words.every(
    (w, i) =>
      isNameWord(w) ||
      (i === 0 && /^\d+$/.test(w) && words.length > 1) ||
      (i > 0 && i < words.length - 1 && /^(?:of|van|der|von|de|da|di|du|la|le|&|and|the|for|on)$/.test(w)),
  );
  return ok ? name : null;
}

const CITY_STATE_BASED =
  /(?<=^|\s)\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2},\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}-based\s+(?=\p{Lu})/gu;

/** Names of a list that starts at the beginning of `text`; items marked as leads are returned apart. */
export function readList(text: string): Investors {
  const end = Math.min(LIST_END.exec(text)?.index ?? text.length, ON_END.exec(text)?.index ?? text.length);
  const body = text
    .slice(0, end)
    .replace(/\([^)]*\)/g, ' ')
    // "Arlington, Virginia-based X": a city and its state describe X, they are no list items.
    .replace(CITY_STATE_BASED, '')
    .replace(/(?:\s*,)?\s+(?:and|or|plus)\s*$/i, '');
  const out: Investors = { lead: [], other: [] };
  let named = false;
  for (const raw of body.split(SEPARATOR)) {
    const item = raw.trim();
    if (!item) continue;
    // "from Meta, CEO Alexandr Wang to leave": a job title opens another clause, not an investor.
    if (ROLE_FIRST.test(item)) break;
    // "X, the venture arm of retailer Y", "X, an investment vehicle owned by Y": Y is who X is.
    if (named && /^(?:the|an?)\s+\p{Ll}/u.test(item)) continue;
    const lead = item.startsWith(LEAD_MARK);
    const name = investorName(item.replace(LEAD_MARK, ''));
    named = name !== null;
    if (name) (lead ? out.lead : out.other).push(name);
    else if (item.split(/\s+/).length > 6) break;
  }
  return out;
}

/** What tells an earlier round in the words after "led": an amount, a year, "previous", "first". */
const OTHER_ROUND = /(?:[$€£¥₹]\s?\d|\b(?:19|20)\d{2}\b|\b(?:previous|prior|earlier|first|last)\b)/;

/**
 * Marks "X, which led it" and "X led the round" so the list reader keeps X as a lead; not "X, which
 * led Kettleview’s $6 million seed round in 2024" (an amount, a year or "previous" tell another round).
 */
function markLeads(text: string): string {
  return text
    .replace(
      new RegExp(
        String.raw`(^|,\s*|\s(?:and|plus|including)\s+)([^,]+?)(?=,?\s*(?:which|who)\s+(?:also\s+)?(?:co-)?led\b(?![^,.;]*?${OTHER_ROUND.source}))`,
        'gi',
      ),
      `$1${LEAD_MARK}$2`,
    )
    .replace(/,?\s*(?:which|who)\s+(?:also\s+)?(?:co-)?led\s+(?:it|the round|the investment|the financing|the deal)\b/gi, '');
}

function namesBefore(text: string, end: number): string[] {
  const clause =
    text
      .slice(0, end)
      .split(/[.;:]|,\s*(?:and|while|but)\s/)
      .pop() ?? '';
  return readList(clause.replace(/^.*?\b(?:existing|new|returning|current)?\s*(?:backers|investors|shareholders)\s+/i, '')).other;
}

const LEAD_VERB = /^(?:(?:co-)?(?:led|leads|leading|lead)|headed|heads|anchored|anchors)$/i;
/** The base form, "lead" / "co-lead" (a lead still to come: "X is expected to lead"), not held to the object check below. */
const BARE_LEAD = /^(?:co-)?lead$/i;
/** Words between a lead and its verb; "X in (advanced) talks to lead", "X likely to lead": a lead still to come. */
const LEAD_GAP = new Set(
  `which had has have could may might who also , is was are were as the to expected set poised will would acted served
  in advanced early final talks discussions negotiations likely tipped reportedly said understood believed be`.split(/\s+/),
);

/** The name a sentence opens with, after "Existing investor": the subject of its first verb. */
const SENTENCE_SUBJECT =
  /^\s*(?:(?:[Ee]xisting|[Nn]ew|[Rr]eturning|[Cc]urrent)\s+(?:investors?|backers?)\s+)?((?:\p{Lu}[\p{L}\d&.'’-]*\s+){0,4}\p{Lu}[\p{L}\d&.'’-]*)\s+\p{Ll}/u;

/**
 * "Bluffline Partners, a growth investor … (and) which led the round", "Yas Crescent, an Abu Dhabi
 * state-backed investor, is expected to lead", "X, a Minneapolis-based medtech investor, led the
 * round": the name the description is about.
 */
const APPOSITIVE_HEAD =
  /(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,4}),\s+(?:a|an|the)\s+[^,;.]{0,160}?(?:\b(?:and\s+)?(?:which|that|who)|,(?:\s+(?:is|was|will|would|has|had|also|expected|set|poised|likely|tipped|to)){0,3})\s+$/u;

/** "X led the round", "X headed the round", "X is leading", "X was the lead investor", "X is expected to lead", "X in talks to lead", "X-led". */
function leadSubjects(text: string): string[] {
  const tokens = tokenize(text);
  const out: string[] = [];
  tokens.forEach((t, i) => {
    const hyphen = /^(?!co-led$)(.+)-led$/i.exec(t.text);
    if (hyphen) {
      const prev = runEndingAt(text, tokens, i - 1);
      const name = investorName(prev && prev.end === t.start - 1 ? `${prev.text} ${hyphen[1]}` : hyphen[1]!);
      if (name) out.push(name);
      return;
    }
    if (!LEAD_VERB.test(t.text) || /^by$/i.test(tokens[i + 1]?.text ?? '')) return;
    // "led the round", "leads a $20M round", "led it"; not "leading a new lab".
    const object = tokens
      .slice(i + 1, i + 7)
      .map((k) => k.text)
      .join(' ');
    // "Westerly Capital led." / "…; Westerly Capital led": the verb ends its clause.
    // "Oak Hill led, and was joined by Hatch VC", "X led, with participation from Y".
    // "The Series B, which Kite Capital led, will …": the relative clause ends at its comma.
    const relative = /\b(?:which|that)\s+(?:[\p{Lu}\d][\w&.'’-]*\s+){1,4}$/u.test(text.slice(0, t.start));
    const endsClause =
      /^\s*(?:[.;]|,\s*(?:and|with|while|joined|alongside|plus)\b|$)/.test(text.slice(t.end)) ||
      (relative && /^\s*,/.test(text.slice(t.end)));
    // "Pinmoor Capital, which led Kettleview’s $6 million seed round in 2024": another round.
    if (/\b(?:which|who)\s+(?:also\s+)?$/i.test(text.slice(0, t.start)) && OTHER_ROUND.test(text.slice(t.end).split(/[,.;]/)[0]!))
      return;
    if (
      !BARE_LEAD.test(t.text) &&
      !endsClause &&
      !/^(?:it|this)\b|\b(?:round|funding|financing|investment|raise|seed|series|tranche|deal|portion|extension)\b/i.test(object)
    )
      return;
    if (
      /^lead$/i.test(t.text) &&
      !/^investors?$/i.test(tokens[i + 1]?.text ?? '') &&
      !/^(?:to|will|would|could|may|might)$/i.test(tokens[i - 1]?.text ?? '')
    )
      return;
    let j = i - 1;
    while (j >= 0 && LEAD_GAP.has(tokens[j]!.text.toLowerCase())) j--;
    const names = namesEndingAt(text, tokens, j);
    // "Existing investor X doubled down on its bet, leading the round", "X wrote the biggest cheque
    // and led the round": the subject of the participle or of the second verb opens the sentence.
    const joined = (/^leading$/i.test(t.text) && tokens[i - 1]?.text === ',') || /^and$/i.test(tokens[i - 1]?.text ?? '');
    const opener = !names.length && joined ? SENTENCE_SUBJECT.exec(text) : null;
    const described = !names.length ? APPOSITIVE_HEAD.exec(text.slice(0, t.start)) : null;
    const subject = (opener && investorName(opener[1]!)) || (described && investorName(described[1]!));
    out.push(...(subject ? [subject] : names));
  });
  return out;
}

/** The names of a list that ends at token `j`: "Index Ventures, Kestrel and Greenoaks" (left to right). */
function namesEndingAt(text: string, tokens: Token[], j: number): string[] {
  const names: string[] = [];
  for (let end = j; names.length < 6;) {
    const run = runEndingAt(text, tokens, end);
    const name = run && investorName(run.text);
    if (!run || !name) break;
    names.unshift(name);
    // "Waalkade Ventures and Amsterdam-based Herengracht Capital": the place describes the name after it.
    const first = /^\p{Lu}[\p{L}.]*-based$/u.test(tokens[run.first - 1]?.text ?? '') ? run.first - 1 : run.first;
    const sep = tokens[first - 1]?.text.toLowerCase();
    if (sep !== 'and' && sep !== ',' && sep !== '&') break;
    end = first - 2;
    if (tokens[end]?.text === ',') end--; // "X, Y, and Z"
  }
  return names;
}

const add = (to: string[], names: string[]) => {
  for (const n of names) if (!to.some((x) => x.toLowerCase() === n.toLowerCase())) to.push(n);
};

/** Words without which a text names no investor (a cheap test before the list readers). */
const INVESTOR_WORDS =
  /\b(?:led|leads?|leading|co-led|spearheaded|headed|heads|anchored|particip\w*|investors?|backers?|backed|angels?|vcs|funds|firms|supporters|shareholders|names|joined|alongside|together with|from|loans?|credit|debt|invested|took part|chipped in)\b|-led\b/i;

/** "led by our friends at Greywater Partners", "led by us at Marram Ventures": a post's words before the firm's name. */
const FRIENDS_AT =
  /\b(?:(?:our|my|the)\s+(?:(?:good|dear|new|amazing|great|incredible|wonderful|fantastic)\s+)*(?:friends|partners|team|teams|folks|people)|us|me)\s+(?:here\s+)?(?:at|from)\s+(?=\p{Lu})/giu;

/** Leads and other investors named in `text` (one round's clause, or a sentence that continues it). */
export function findInvestors(raw: string): Investors {
  if (!INVESTOR_WORDS.test(raw)) return { lead: [], other: [] };
  // "our lead, Grayling Ventures 🙏, and …": emoji are no part of a name.
  // An emoji before a capital ends what came before ("… Calderbrook Ventures 🙌 Huge thanks to …").
  const text = raw
    .replace(FRIENDS_AT, '')
    .replace(/\s?\p{Extended_Pictographic}\uFE0F?(?=\s+\p{Lu})/gu, '.')
    .replace(/\s?\p{Extended_Pictographic}\uFE0F?/gu, '');
  const found: { at: number; lead: string[]; other: string[] }[] = [];
  const marked = markLeads(text);
  for (const m of [...marked.matchAll(LEAD_OPENERS), ...marked.matchAll(LEAD_NAMED)]) {
    const rest = marked.slice(m.index + m[0].length);
    // "led by A, alongside B": B joined; "co-led by A alongside B": B led too.
    const list = readList(/^co-/i.test(m[0].trim()) ? rest.replace(/\s+alongside\s+/i, ' and ') : rest);
    found.push({ at: m.index, lead: [...list.lead, ...list.other], other: [] });
  }
  for (const re of OTHER_OPENERS) {
    for (const m of marked.matchAll(re)) found.push({ at: m.index, ...readList(marked.slice(m.index + m[0].length)) });
  }
  for (const m of text.matchAll(JOINERS)) found.push({ at: m.index, lead: [], other: namesBefore(text, m.index) });
  const out: Investors = { lead: [], other: [] };
  for (const f of found.sort((a, b) => a.at - b.at)) {
    add(out.lead, f.lead);
    add(out.other, f.other);
  }
  if (/\blead|\bled\b|\bco-led\b|-led\b|\b(?:headed|heads|anchored|anchors)\b/i.test(text)) add(out.lead, leadSubjects(text));
  out.other = out.other.filter((o) => !out.lead.some((l) => l.toLowerCase() === o.toLowerCase()));
  return out;
}

// Which company a text is about, for the sentences that do not name it: "the startup", "it", a
// description ("The AI agent-tool startup founded by …"), and "we" in a first-party post. A
// description is never resolved to a person or an investor named inside it.
import { isSimileRun, sentenceOpener, type CompanyRef, type SentenceTokens } from './company.js';
import { PERSON_NOUNS } from './lexicon.js';
import { isCompanyName, isPerson, POSSESSIVE, runsBetween, type NameRun } from './names.js';
import { companyKey } from './company-key.js';

export type Named = Extract<CompanyRef, { kind: 'name' }>;

export interface StoryEvent {
  ref: CompanyRef;
  verdict: string;
}

export interface StoryText {
  /** Every sentence of the text, tokenized (computed when first asked for); the first is the title or first line. */
  readonly sentences: SentenceTokens[];
  /** Investors named anywhere in the text (never the company). */
  investors: string[];
  /** The feed's or site's name (site.ts), for first-party posts. */
  site: string | null;
  /** The first sentence is a title (given, or a line of its own). */
  titled: boolean;
}

const asNamed = (name: string): Named => ({ kind: 'name', name, start: 0, end: 0 });

function notInvestor(text: StoryText, name: string): boolean {
  const key = companyKey(name);
  return !text.investors.some((i) => companyKey(i) === key || companyKey(i).startsWith(`${key} `));
}

/** The name a pattern found, when it can stand for the company and is not one of the text's investors. */
function companyNamed(text: StoryText, name: string | undefined): Named | null {
  return name && isCompanyName(name) && notInvestor(text, name) ? asNamed(name) : null;
}

/** The first named event, new ones first. */
function namedEvent(events: StoryEvent[], text: StoryText): Named | null {
  const ok = (e: StoryEvent) => e.ref.kind === 'name' && notInvestor(text, e.ref.name);
  const e = events.find((x) => x.verdict === 'new' && ok(x)) ?? events.find(ok);
  return e?.ref.kind === 'name' ? e.ref : null;
}

const COMPANY_NOUN = String.raw`(?:company|firm|startup|start-up|maker|group|business|developer|provider|platform|lender|specialist|(?:bio|fin|health|med|agri|ed|prop|insur|clean|climate)tech)`;
/** Before a name: where something happens ("… sensors on Teesside"), not who ("invests in Acme" stays). */
const WHERE_BEFORE = /\b(?:on|at|near|across|outside|around|throughout)\s+(?:the\s+)?$/i;
/** After a name: a company noun it describes ("Stockton firm …", "Leeds healthtech Wardwise"). */
const DESCRIBES_NEXT = new RegExp(String.raw`^(?:\s+[\p{Ll}-]+){0,3}\s+${COMPANY_NOUN}\b`, 'u');
const DESCRIBED_OPENER = new RegExp(
  String.raw`^(?:(?:The|A|An)\s+)?([\p{Lu}][\p{L}.&-]*(?:\s+[\p{Lu}][\p{L}.&-]*)?)(?:\s+[\p{Ll}-]+){0,3}\s+${COMPANY_NOUN}\b(?:\s+([\p{Lu}][\p{L}\d.&-]*(?:\s+[\p{Lu}][\p{L}\d.&-]*){0,2}))?`,
  'u',
);

const POSSESSOR = /^([\p{Lu}][\p{L}\d.&-]*(?:\s+[\p{Lu}][\p{L}\d.&-]*){0,2})['’]s\s/u;

/** The company that opens the title ("Acme raises …"); not one inside it ("We raised … from Acme"). */
function titleSubject(text: StoryText): Named | null {
  const title = text.sentences[0];
  if (!title || featureLede(text)) return null;
  // "Stockton firm secures £2.5m …", "Galway medical device company Corrib Cardiac has …": a place
  // describing the company; the company is the name after the noun, if any.
  const described = DESCRIBED_OPENER.exec(title.text);
  if (described) {
    return companyNamed(text, described[2]);
  }
  // "Brickyard AI’s Dev Anand on …", "Acme’s new robot …": the title is about the possessor, when
  // the text names it again (not "Here’s …", "What’s …").
  const possessor = POSSESSOR.exec(title.text)?.[1];
  if (
    possessor &&
    isCompanyName(possessor) &&
    !isPerson(possessor) &&
    notInvestor(text, possessor) &&
    text.sentences.slice(1).some((s) => s.text.includes(possessor))
  )
    return asNamed(possessor);
  const opener = sentenceOpener(title, 4);
  return opener.kind === 'name' && notInvestor(text, opener.name) ? opener : null;
}

/** The first company named anywhere in the title ("Here’s the pitch deck used by Yoodli, …"). */
function titleName(text: StoryText): Named | null {
  const title = text.sentences[0];
  if (!title || !text.titled) return null;
  const run = runsBetween(title.text, title.tokens, 0, title.tokens.length).find(
    (r) =>
      isCompanyName(r.text) &&
      notInvestor(text, r.text) &&
      !r.possessive &&
      !isEmployer(title, r) &&
      !isSimileRun(title, r) &&
      !DESCRIBES_NEXT.test(title.text.slice(r.end)) &&
      !WHERE_BEFORE.test(title.text.slice(0, r.start)),
  );
  return run ? asNamed(run.text) : null;
}

/** A company named for the people who came from it: "former Siemens engineers", "ex-Stripe staff". */
function isEmployer(s: SentenceTokens, run: NameRun): boolean {
  const before = s.tokens[run.first - 1]?.text.toLowerCase() ?? '';
  const after = s.tokens[run.last + 1]?.text.toLowerCase() ?? '';
  return /^(?:former|ex|formerly)$/.test(before) || PERSON_NOUNS.has(after.replace(POSSESSIVE, ''));
}

/** A company that opens some sentence of the text ("Rollbot will use the money …"). */
function sentenceSubject(text: StoryText): Named | null {
  // An untitled text's first sentence is its own ("Quillfeather builds software for insurers. It
  // has raised …"); a title's subject is titleSubject's to read.
  for (const s of text.sentences.slice(featureLede(text) ? 0 : 1)) {
    const opener = sentenceOpener(s, 3);
    // "A Stockton-on-Tees company that makes …": a place describing the company, not its name.
    if (opener.kind === 'name' && notInvestor(text, opener.name) && !DESCRIBES_NEXT.test(s.text.slice(opener.end))) return opener;
  }
  return null;
}

/**
 * The name a first-party post uses most ("PostHog Cloud", "PostHog Free" → PostHog): the first
 * word of its name runs, at least twice, never written in lower case in the text, not an investor.
 */
function mostUsedName(text: StoryText): Named | null {
  const all = text.sentences.map((s) => s.text).join('\n');
  const counts = new Map<string, number>();
  for (const s of text.sentences) {
    for (const run of runsBetween(s.text, s.tokens, 0, s.tokens.length)) {
      const word = run.text.split(/\s+/)[0]!;
      if (!isCompanyName(word) || !isCompanyName(run.text) || !notInvestor(text, run.text)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  for (const [word, n] of counts) {
    if (n < 2 || new RegExp(`\\b${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(all)) continue;
    if (!best || n > counts.get(best)!) best = word;
  }
  return best ? asNamed(best) : null;
}

/** The company a post describes itself as: "Seed is the best way for teams to …", "Acme helps clinics …". */
function selfDescribed(text: StoryText): Named | null {
  for (const s of text.sentences) {
    const m =
      /^([\p{Lu}][\p{L}\d.&-]*(?:\s+[\p{Lu}][\p{L}\d.&-]*){0,2})\s+(?:is (?:a|an|the)|helps|lets|makes|enables|provides|builds|gives|allows)\s/u.exec(
        s.text,
      );
    if (m && isCompanyName(m[1]!) && notInvestor(text, m[1]!)) return asNamed(m[1]!);
  }
  return null;
}

const glued = (name: string) => companyKey(name).replace(/\s+/g, '');

/** The site's name as the text writes it: an address glues and lowercases words ("harborledger.com" → "Harbor Ledger"). */
function spelledInText(text: StoryText, site: string): Named | null {
  const key = glued(site);
  for (const s of text.sentences) {
    const run = runsBetween(s.text, s.tokens, 0, s.tokens.length).find((r) => glued(r.text) === key);
    if (run) return asNamed(run.text);
  }
  return null;
}

/** The company "the startup", "it" and descriptions stand for. */
export function storyCompany(events: StoryEvent[], text: StoryText): Named | null {
  const described =
    (featureLede(text) ? introduced(text) : null) ??
    companyBehind(text) ??
    titleSubject(text) ??
    titleName(text) ??
    sentenceSubject(text);
  return namedEvent(events, text) ?? (described && madeBy(text, described.name)) ?? described;
}

/**
 * "The app … has picked up €3.5 million. Sprigly reads … Sprigly is made by Veldgrow": where the
 * raise is told of a description and the name found is a product, its maker is the company.
 */
function madeBy(text: StoryText, product: string): Named | null {
  const escaped = product.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const made = new RegExp(String.raw`^${escaped}\s+(?:is|was)\s+(?:made|built|developed|published)\s+by\s+${NAME}`, 'u');
  for (const s of text.sentences) {
    const maker = made.exec(s.text)?.[1];
    const named = maker && !isPerson(maker) ? companyNamed(text, maker) : null;
    if (named) return named;
  }
  return null;
}

/**
 * The company "we" stands for: named in the text's events or title, else the site's name, else the
 * name the post describes itself with, else the name it uses most.
 */
export function authorCompany(events: StoryEvent[], text: StoryText): Named | null {
  const site = text.site && isCompanyName(text.site) ? (spelledInText(text, text.site) ?? asNamed(text.site)) : null;
  return (
    namedEvent(events, text) ??
    titleSubject(text) ??
    speaker(text) ??
    interviewee(text) ??
    weNamed(text) ??
    site ??
    signedBy(text) ??
    selfDescribed(text) ??
    mostUsedName(text)
  );
}

/** A name of one to three capitalized words, as a capture group (extract.ts reads a company after "for his new company," with it). */
export const NAME = String.raw`([\p{Lu}][\p{L}\d.&-]*(?:\s+[\p{Lu}][\p{L}\d.&-]*){0,2})`;

/** Words of news about money or a company's business; a scene-setting opening has none. */
const NEWS_WORDS =
  /[$€£¥₹₩₪\d]|\b(?:rais|fund|financ|round|invest|seed|series|valu|startup|company|firm|announc|launch|said|says)/i;

/** An untitled text that opens on a scene ("Trucks crossing from Nuevo León can wait nine hours …"), not on its news. */
function featureLede(text: StoryText): boolean {
  const first = text.sentences[0]?.text ?? '';
  return !text.titled && text.sentences.length > 1 && !NEWS_WORDS.test(first);
}

/** "Brightkeel Home, the Portland company behind the alarm, said": the company named behind its product. */
const BEHIND = new RegExp(
  String.raw`(?:^|[.;]\s+)${NAME},\s+(?:the|a)\s+(?:[^;.]{0,50}?\s)?(?:company|firm|startup|maker|business)\s+(?:behind|that makes|which makes)\s`,
  'u',
);
const companyBehind = (text: StoryText): Named | null => {
  for (const s of text.sentences) {
    const named = companyNamed(text, BEHIND.exec(s.text)?.[1]);
    if (named) return named;
  }
  return null;
};

/** A company introduced by what it is: "Ruta Norte, a Monterrey startup, sells …". */
const INTRODUCED = new RegExp(
  String.raw`^${NAME},\s+(?:a|an)\s+[^,]{0,60}?\b(?:startup|start-up|company|firm|maker|developer|provider|platform|business|lender|operator|app)\b`,
  'u',
);

function introduced(text: StoryText): Named | null {
  for (const s of text.sentences.slice(1)) {
    const named = companyNamed(text, INTRODUCED.exec(s.text)?.[1]);
    if (named) return named;
  }
  return null;
}

/** The roles a title names a company's speaker by: "Qubix CEO", "the founder of Qubix". */
const ROLE = String.raw`CEO|CTO|COO|CFO|[Cc]hief [Ee]xecutive|[Bb]oss|[Cc]o-?[Ff]ounder|[Cc]ofounder|[Ff]ounder|[Pp]resident`;

/** "We at Loomgrid …", "Here at Loomgrid, we …", "the Loomgrid team", "we just raised $4M for Loomgrid", "I’m Hana, co-founder of Loomgrid": a post naming its "we". */
const WE_NAMED = new RegExp(
  String.raw`\b(?:[Ww]e|[Uu]s|[Aa]ll of us)\s+(?:here\s+)?at\s+${NAME}|\b(?:[Hh]ere\s+)?[Aa]t\s+${NAME},\s+we\b|\b(?:[Tt]he|[Oo]ur)\s+${NAME}\s+team\b|\b[Ww]e(?:['’]ve|\s+have)?\s+(?:just\s+)?(?:raised|closed|secured)\b(?:[^.;!?]|\.\d){0,60}?\bfor\s+${NAME}|\bI['’]m\s+(?:\p{Lu}[\p{L}'’-]+\s*){0,2},?\s*(?:the\s+)?(?:${ROLE})\s+(?:of|at)\s+${NAME}`,
  'u',
);

function weNamed(text: StoryText): Named | null {
  for (const s of text.sentences) {
    const m = WE_NAMED.exec(s.text);
    const named = companyNamed(text, m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? m?.[5]);
    if (named) return named;
  }
  return null;
}

/** "Qubix CEO: we raised …", "Qubix’s founder Ana Ruiz — we …": a title that names who speaks by role and company. */
const SPEAKER = new RegExp(
  String.raw`^${NAME}(?:['’]s?)?\s+(?:${ROLE}|[Cc]hair(?:man|woman)?)(?:\s+[\p{Lu}][\p{L}'’-]+){0,3}\s*[:—–]\s`,
  'u',
);

/**
 * "Five questions for Ana Souza, CEO of Tidelock", "In conversation with the founder of Tidelock":
 * an interview's title names whose company the answers' "we" is.
 */
const INTERVIEWEE = new RegExp(String.raw`\b(?:${ROLE}|[Hh]ead)(?:\s+and\s+[\p{L}-]+)?\s+of\s+${NAME}`, 'u');

function interviewee(text: StoryText): Named | null {
  return companyNamed(text, INTERVIEWEE.exec(text.sentences[0]?.text ?? '')?.[1]);
}

function speaker(text: StoryText): Named | null {
  return companyNamed(text, SPEAKER.exec(text.sentences[0]?.text ?? '')?.[1]);
}

/** A letter's sign-off after its closing word, on its own line or not: "Thanks, Priya Anand, co-founder & CEO, Tallowmere". */
const SIGNED = new RegExp(
  String.raw`\b(?:Thanks|Thank you|Best|Cheers|Regards|Best regards|Warmly|Onwards)[,!.]?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2},\s+[\w&\s-]{0,20}?(?:${ROLE})[\w&\s-]{0,20}?,\s+${NAME}\s*$`,
  'u',
);

function signedBy(text: StoryText): Named | null {
  const end = text.sentences
    .slice(-2)
    .map((s) => s.text)
    .join(' ');
  return companyNamed(text, SIGNED.exec(end)?.[1]);
}

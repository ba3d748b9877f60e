// Which company a text is about, for the sentences that do not name it: "the startup", "it", a
// description ("The AI agent-tool startup founded by …"); "we" in a first-party post is
// author-company.ts's. A description is never resolved to a person or an investor named inside it.
import { sentenceOpener, type CompanyRef, type SentenceTokens } from './company.js';
import { isSimileRun } from './simile.js';
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

export const asNamed = (name: string): Named => ({ kind: 'name', name, start: 0, end: 0 });

export function notInvestor(text: StoryText, name: string): boolean {
  const key = companyKey(name);
  return !text.investors.some((i) => companyKey(i) === key || companyKey(i).startsWith(`${key} `));
}

/** The name a pattern found, when it can stand for the company and is not one of the text's investors. */
export function companyNamed(text: StoryText, name: string | undefined): Named | null {
  return name && isCompanyName(name) && notInvestor(text, name) ? asNamed(name) : null;
}

/** The first named event, new ones first. */
export function namedEvent(events: StoryEvent[], text: StoryText): Named | null {
  const ok = (e: StoryEvent) => e.ref.kind === 'name' && notInvestor(text, e.ref.name);
  const e = events.find((x) => x.verdict === 'new' && ok(x)) ?? events.find(ok);
  return e?.ref.kind === 'name' ? e.ref : null;
}

const COMPANY_NOUN = String.raw`(?:company|firm|startup|start-up|maker|group|business|developer|provider|platform|lender|specialist|(?:bio|fin|health|med|agri|ed|prop|insur|clean|climate)tech)`;
/** Before a name: where something happens ("… sensors on Teesside", "in a Grenoble clean room"), not who ("invests in Acme" stays). */
const WHERE_BEFORE = /\b(?:on|at|near|across|outside|around|throughout)\s+(?:the\s+)?$|\bin\s+(?:a|an)\s+$/i;
/** After a name: a company noun it describes ("Stockton firm …", "Leeds healthtech Wardwise"). */
export const DESCRIBES_NEXT = new RegExp(String.raw`^(?:\s+[\p{Ll}-]+){0,3}\s+${COMPANY_NOUN}\b`, 'u');
const DESCRIBED_OPENER = new RegExp(
  String.raw`^(?:(?:The|A|An)\s+)?([\p{Lu}][\p{L}.&-]*(?:\s+[\p{Lu}][\p{L}.&-]*)?)(?:\s+[\p{Ll}-]+){0,3}\s+${COMPANY_NOUN}\b(?:\s+([\p{Lu}][\p{L}\d.&-]*(?:\s+[\p{Lu}][\p{L}\d.&-]*){0,2}))?`,
  'u',
);

const POSSESSOR = /^([\p{Lu}][\p{L}\d.&-]*(?:\s+[\p{Lu}][\p{L}\d.&-]*){0,2})['’]s\s/u;

/** The company that opens the title ("Acme raises …"); not one inside it ("We raised … from Acme"). */
export function titleSubject(text: StoryText): Named | null {
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
  // "In a Grenoble clean room, a bet that …": a place the title sets its scene in.
  return opener.kind === 'name' && notInvestor(text, opener.name) && !WHERE_BEFORE.test(title.text.slice(0, opener.start))
    ? opener
    : null;
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

/** The company "the startup", "it" and descriptions stand for. */
export function storyCompany(events: StoryEvent[], text: StoryText): Named | null {
  const described =
    namedAfterDescription(text) ??
    roundOwner(text) ??
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

/** A lede that tells of a company by what it is: "A Grand Forks startup founded by …", "The Lisbon-based maker of …". */
const DESCRIPTION_LEDE = new RegExp(String.raw`^(?:A|An|The)\s+(?:[\p{L}\d’'-]+\s+){0,6}?${COMPANY_NOUN}\b`, 'u');
/** The sentence after it names the company and goes on: "Prairie Hover, which …", "Trocabat, founded in 2023 by …". */
const NAMED_AFTER = new RegExp(String.raw`^${NAME},\s+(?:which|that|who|founded|based|started|launched|headquartered)\b`, 'u');

/** The company a description-first lede is about, named at the start of one of the next two sentences. */
function namedAfterDescription(text: StoryText): Named | null {
  const first = text.titled ? 1 : 0;
  if (!DESCRIPTION_LEDE.test(text.sentences[first]?.text ?? '')) return null;
  for (const s of text.sentences.slice(first + 1, first + 3)) {
    const named = companyNamed(text, NAMED_AFTER.exec(s.text)?.[1]);
    if (named) return named;
  }
  return null;
}

/**
 * "A Toowoomba start-up that weighs cattle … has raised $3.5m. Scalebar Livestock’s seed round was
 * led by …", "Groomrig says the angel round was led by …": the company a sentence names as the round's owner.
 */
const ROUND_OWNER = new RegExp(
  String.raw`^${NAME}(?:(?:\s+(?:Ltd|Limited|Inc|LLC|GmbH|Pty))?['’]s|\s+(?:says|said)\s+the)\s+(?:[\w-]+\s+){0,2}(?:round|raise|funding|financing)\s+(?:was|is|has been|came)\b`,
  'u',
);

function roundOwner(text: StoryText): Named | null {
  for (const s of text.sentences.slice(1, 4)) {
    const named = companyNamed(text, ROUND_OWNER.exec(s.text)?.[1]);
    if (named) return named;
  }
  return null;
}

function introduced(text: StoryText): Named | null {
  for (const s of text.sentences.slice(1)) {
    const named = companyNamed(text, INTRODUCED.exec(s.text)?.[1]);
    if (named) return named;
  }
  return null;
}

// The extraction pipeline: title and text → plain sentences (English only; two companies' rounds
// in one sentence written as two clauses) → candidate events per sentence → verdicts → company
// resolution (pronouns, descriptions, "the startup", first-party "we", an investor's own "we led")
// → merge within the text.
import type { EpochMs, ExtractedRound } from '../model.js';
import { companyKey } from './company-key.js';
import { sentenceCandidates, type Candidate } from './candidates.js';
import { readSentence, type ReadSentence } from './read-sentence.js';
import { classify, isBackground } from './classify.js';
import { plainText } from './clean.js';
import { sentenceOpener, type CompanyRef, type SentenceTokens } from './company.js';
import {
  BACKERS_NEXT,
  BACKERS_PLEDGED,
  CHARITY,
  EQUITY_CROWDFUNDING,
  FUNDING_WORDS,
  HOW_IT_RAISED,
  IPO,
  OFFERING_MONEY,
  POLITICAL_FUNDRAISING,
  RAISED_TO_DATE,
  REWARD_CROWDFUNDING,
  JOB_POST,
  ROUND_ITSELF,
  TELLS_OF,
  ABOUT_THE_ROUND,
  THIS_ROUND_SUBJECT,
  ROLE_OF_COMPANY,
} from './cues.js';
import { BIO_COMPANY, fullName, IT_FIRST, REFERENCE_FIRST, REPORTED_IT } from './it-refers.js';
import { findInvestors, type Investors } from './investors.js';
import { isEnglish } from './language.js';
import { mergeEvents, type Continuation, type TextEvent } from './merge.js';
import { prominence } from './main-event.js';
import { splitPairs } from './pairs.js';
import { findRoundType } from './round-type.js';
import { isCompanyName, isPerson, isPlace, tokenize } from './names.js';
import { readSentences } from './segment.js';
import { COMPANY_NOUNS } from './lexicon.js';
import { siteName } from './site.js';
import { authorCompany } from './author-company.js';
import { withTitle } from './title.js';
import { companyNamed, DESCRIBES_NEXT, NAME, notInvestor, storyCompany, type Named, type StoryText } from './story-company.js';

export interface ExtractOptions {
  /** The article's publish date: dates in the text are read against it. */
  published?: EpochMs | null;
  /** The article's title, when the text does not start with it. */
  title?: string | null;
  /** The feed's or site's name, or its address: who "we" is in a first-party post. */
  site?: string | null;
}

/** Verbs of a headline ("Acme raises $5M"), which prose would put in the past tense. */
const HEADLINE_VERB =
  /^(?:raises|secures|lands|bags|nabs|snags|grabs|gets|nets|closes|banks|scores|collects|pulls in|rakes in|hauls in|snaps up|scoops up|picks up|draws|pockets|reels in|clinches)$/i;

/** A verb of raising whose subject opens the sentence: "Acme raised …", "The company, which …, announced …", "It closed …". */
function subjectFirst(c: Candidate, sentence: string): boolean {
  if (c.kind !== 'raise' && c.kind !== 'announce') return false;
  if (c.ref.kind === 'name') {
    // "Acme raised", "Today Acme raised", "Nigerian trucking marketplace Acme has raised".
    const before = sentence.slice(0, c.ref.start).replace(/^[^,]{0,40},\s*/, ''); // "In private markets, Acme, …"
    const head = /(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '';
    return before.split(/\s+/).length <= 3 || (before.split(/\s+/).length <= 6 && COMPANY_NOUNS.has(head));
  }
  // "The company, which …, announced", "In a statement, the startup said it had raised", "On Monday it said".
  return c.ref.kind === 'anaphor' && (REFERENCE_FIRST.test(sentence) || REPORTED_IT.test(sentence));
}

/** Words without which a sentence cannot add anything to a round. */
const MAY_MATTER =
  /[$€£¥₹₩₪]|\d\s?(?:k|m|mm|b|bn|mn)\b|\b[A-Z]{3}\s?\d|\b(?:crores?|lakhs?|millions?|billions?|seed|series|round|funding|financing|rais|led|lead|particip|invest|backers?|angels?|valu|stake|joined|loan|grant|credit)/i;

const FOR_THEIR_COMPANY = new RegExp(
  String.raw`\bfor\s+(?:his|her|their)\s+(?:new\s+)?(?:company|startup|start-up|venture|business)(?:,\s*|\s+)${NAME}`,
  'u',
);

const ROUND_CLOSED_OPENER =
  /^(?:(?:pre-)?seed|series [a-k]\d?|bridge)(?:\s+(?:round|funding|financing|extension))?\s+(?:(?:was|is|has been)\s+)?(?:closed|completed|done|wrapped)\b/i;

/**
 * "Series A closed in February: €16M, led by X, with our seed investors joining": a line whose
 * subject is the round itself tells of the text's own company (the post's, with "we" or "our"),
 * and of that round's type.
 */
function roundAsSubject(c: Candidate, sentence: string): Candidate {
  const opener = ROUND_CLOSED_OPENER.exec(sentence);
  if ((c.ref.kind !== 'none' && c.ref.kind !== 'first_person') || !opener) return c;
  const ref: CompanyRef = /\b(?:we|our)\b/i.test(sentence) ? { kind: 'first_person' } : { kind: 'anaphor' };
  return { ...c, ref, type: findRoundType(opener[0]) ?? c.type };
}

const ASKED = /^\s*(?:Q|Question|Reader question|Dear \p{Lu}[\p{L}]*)\s*[:.,]/u;

/**
 * The company a reference stands for. A quoted "we" ("“We raised $20M,” said …") is the speaker's
 * company, the one the story is about; the site's name only speaks for an unquoted "we".
 */
function resolve(ref: CompanyRef, sentence: string, story: () => Named | null, author: () => Named | null) {
  // "Jonah Pereira … has raised $25 million for his new company, Ledgerlark": a founder raising for a company named after.
  const founded = ref.kind === 'name' || ref.kind === 'none' ? FOR_THEIR_COMPANY.exec(sentence)?.[1] : undefined;
  if (founded && isCompanyName(founded)) return { company: founded, alias: null };
  const quoted = /["“”]/.test(sentence);
  // "Q: I’m raising my first $750,000 …": an advice column's reader, whose company the text never names.
  if (ref.kind === 'first_person' && ASKED.test(sentence)) return { company: null, alias: null };
  // "Marisol Quaresma, chief executive of Tidequay, announced …": a person's company.
  const employer = ref.kind === 'name' ? ROLE_OF_COMPANY.exec(sentence.slice(ref.end))?.[1] : undefined;
  if (employer && isCompanyName(employer)) return { company: employer, alias: null };
  const named =
    ref.kind === 'name'
      ? ref
      : ref.kind === 'anaphor' || (ref.kind === 'first_person' && quoted)
        ? story()
        : ref.kind === 'first_person'
          ? author()
          : null;
  return { company: named?.name ?? null, alias: named?.alias ?? null };
}

const once = <T>(f: () => T): (() => T) => {
  let done = false;
  let value: T;
  return () => {
    if (!done) [done, value] = [true, f()];
    return value;
  };
};

/** "we led the $14M Series A in Pinecrest", "we’re leading": an investor's own post, where "we" is the firm. */
const WE_LED =
  /\bwe(?:['’](?:ve|re))?\s+(?:(?:are|were|have|also|proud(?:ly)?|excited|thrilled|delighted|happy|to|recently|just)\s+){0,4}(?:co-)?(?:led|leading)\b(?!\s+by\b)/i;

/** An investor's own words on a round it joined: "Last week we invested $20 million in X as part of its Series C". */
const WE_INVESTED =
  /\bwe(?:['’]ve)?\s+(?:(?:also|just|recently|have|had)\s+)?(?:invested|participated)\s+(?:[^.;]{0,30}?\s)?in\b/i;

/** The site's name as a lead where an unquoted "we" led the round (a quoted "we" is the speaker's). */
function withAuthorLead(investors: Investors, sentence: string, site: string | null): Investors {
  if (!site || !WE_LED.test(sentence) || /["“”]/.test(sentence)) return investors;
  if (investors.lead.some((l) => l.toLowerCase() === site.toLowerCase())) return investors;
  return { lead: [site, ...investors.lead], other: investors.other.filter((o) => o.toLowerCase() !== site.toLowerCase()) };
}

function continuation(
  s: ReadSentence,
  published: EpochMs | null,
  site: string | null,
): Omit<Continuation, 'sentence' | 'paragraph'> | null {
  const investors = withAuthorLead(findInvestors(s.text), s.text, site);
  const aboutRound = ABOUT_THE_ROUND.test(s.text);
  const type = aboutRound ? findRoundType(s.text) : null;
  const valuation = aboutRound ? (s.money.find((_, i) => s.roles[i] === 'valuation') ?? null) : null;
  // "The round, worth $40 million, was co-led by …": the round's own amount.
  const amount = ROUND_ITSELF.test(s.text)
    ? (s.money.find((_, i) => s.roles[i] === 'round' || s.roles[i] === 'other') ?? null)
    : null;
  // "The investment gives Kessler a minority stake": a strategic investment.
  const stake = aboutRound && /\b(?:minority|strategic)\s+(?:equity\s+)?(?:stake|holding)\b/i.test(s.text);
  if (!investors.lead.length && !investors.other.length && !type && !valuation && !amount && !stake) return null;
  // "The extension was led by X, and comes eight months after the first close": a sentence whose
  // subject is this round tells of this round, whatever else it dates.
  return !THIS_ROUND_SUBJECT.test(s.text) && isBackground(s, published) ? null : { investors, type, valuation, amount, stake };
}

export function extractRounds(text: string, options: ExtractOptions = {}): ExtractedRound[] {
  const published = options.published ?? null;
  const site = siteName(options.site);
  const plain = plainText(withTitle(text, options.title));
  if (!isEnglish(plain)) return [];
  // A bilingual post's other-language paragraphs ("Nous avons levé 1,2 M$ …") are read by no rule.
  const english = plain.split(/\n\s*\n/).map(isEnglish);
  const sentences = readSentences(plain);
  // A text whose title tells a listing: its offering's money is told in sentences without IPO words.
  const listingText = IPO.test(sentences[0]?.text ?? '');
  let tokenized: SentenceTokens[] | null = null;
  const raw: Omit<TextEvent, 'company' | 'alias' | 'prominent'>[] = [];
  const continuations: Continuation[] = [];
  sentences.forEach((sentence) => {
    if (!MAY_MATTER.test(sentence.text) || english[sentence.paragraph] === false) return;
    const text = splitPairs(sentence.text);
    const s = readSentence(text);
    const candidates = sentenceCandidates(s).sort((a, b) => a.start - b.start);
    for (const found of candidates) {
      const candidate = { ...roundAsSubject(found, text), investors: withAuthorLead(found.investors, text, site) };
      raw.push({
        candidate,
        verdict:
          listingText && OFFERING_MONEY.test(text)
            ? 'ipo'
            : listingText && RAISED_TO_DATE.test(text)
              ? 'background'
              : classify(candidate, s, published),
        sentence: sentence.index,
        paragraph: sentence.paragraph,
        evidence: text,
      });
    }
    // "The Series A was led by X, …, which led its $6 million seed in 2024": the sentence still
    // continues this round when its subject is the round, whatever earlier round it recalls.
    if (candidates.length && !THIS_ROUND_SUBJECT.test(s.text)) return;
    const more = continuation(s, published, site);
    if (more) continuations.push({ sentence: sentence.index, paragraph: sentence.paragraph, ...more });
  });
  const story: StoryText = {
    get sentences() {
      return (tokenized ??= sentences.map((s) => ({ text: s.text, tokens: tokenize(s.text) })));
    },
    investors: [...raw.map((e) => e.candidate.investors), ...continuations.map((c) => c.investors)].flatMap((i) => [
      ...i.lead,
      ...i.other,
    ]),
    site,
    titled: Boolean(options.title) || sentences[1]?.opensBlock === true,
  };
  const refs = raw.map((e) => ({ ref: e.candidate.ref, verdict: e.verdict }));
  const storyName = once(() => storyCompany(refs, story));
  const authorName = once(() => authorCompany(refs, story));
  const titleKey = ` ${companyKey(sentences[0]?.text ?? '')} `;
  // "Qubiane hopes to be an exception. On Monday it said it had raised …", "Curdwell is betting …
  // The company has raised …": "it" or "the company" is the company the sentence before, in the
  // same paragraph, opens with (not the text's first-named one: a feature recalls rivals' rounds first).
  const itBefore = (i: number): Named | null => {
    if (i === 0 || sentences[i - 1]!.paragraph !== sentences[i]!.paragraph) return null;
    const before = story.sentences[i - 1]!;
    const bio = companyNamed(story, BIO_COMPANY.exec(before.text)?.[1]?.replace(/\.$/, '')); // "X is the founder and CEO of Y. The company …"
    if (bio) return bio;
    const opener = sentenceOpener(before, 3);
    // Not a description's words ("Fast-growing Swedish AI startup Lovable …") or a label ("Correction: …").
    const ok =
      opener.kind === 'name' &&
      notInvestor(story, opener.name) &&
      !isPlace(opener.name) &&
      !isPerson(opener.name) &&
      !DESCRIBES_NEXT.test(before.text.slice(opener.end)) &&
      !/^\s*:/.test(before.text.slice(opener.end));
    return ok ? opener : null;
  };
  const resolved = raw.map((e) => {
    const said = fullName(REPORTED_IT.exec(e.evidence)?.[1], plain);
    const it = () =>
      (said ? companyNamed(story, said) : null) ?? (IT_FIRST.test(e.evidence) ? itBefore(e.sentence) : null) ?? storyName();
    return { ...e, ...resolve(e.candidate.ref, e.evidence, it, authorName) };
  });
  const placed = resolved.map((e) => ({
    sentence: e.sentence,
    company: e.verdict === 'new' ? e.company : null,
    // "we raised", or an investor's own post: "we led Pebblecart's £4.5M seed round" (unquoted).
    // Not "our $2.5 million seed SAFE would convert" deep in a post (a mention, no verb of raising).
    firstPerson:
      (e.candidate.ref.kind === 'first_person' && (e.candidate.kind !== 'noun' || e.sentence < 3)) ||
      ((WE_LED.test(e.evidence) || WE_INVESTED.test(e.evidence)) && !/["“”]/.test(e.evidence)),
    headline: e.candidate.ref.kind === 'name' && HEADLINE_VERB.test(e.candidate.word),
    subjectFirst: subjectFirst(e.candidate, e.evidence),
    inTitle: e.company !== null && titleKey.includes(` ${companyKey(e.company)} `),
    // The whole round: amount, stage and lead, the lead perhaps in the paragraph's next sentence.
    whole:
      e.candidate.amount !== null &&
      e.candidate.type !== null &&
      (e.candidate.investors.lead.length > 0 ||
        (sentences[e.sentence + 1]?.paragraph === e.paragraph && BACKERS_NEXT.test(sentences[e.sentence + 1]!.text))),
  }));
  const prominent = prominence(placed, sentences);
  // "How Fleet raised a $27M Series B" over a text: news when another sentence tells the round ("it
  // helped us raise $27 million"), not alone (a headline read alone still reports it).
  const told = (e: { evidence: string }) => sentences.length === 1 || !HOW_IT_RAISED.test(e.evidence);
  const events = resolved.map((e, i) => ({ ...e, prominent: prominent[i]! && told(e) }));
  // "Trump says the golf course is worth more than $50m": a worth with no word of funding anywhere
  // in the text is a price or an appraisal, not a round's valuation. "Raises $2.4 million from
  // backers" of a crowdfunding campaign who pledged for the product is pre-orders, not a round.
  const rewardCampaign = REWARD_CROWDFUNDING.test(plain) && !EQUITY_CROWDFUNDING.test(plain);
  if (JOB_POST.test(plain)) return [];
  return mergeEvents(events, continuations, plain).filter((r) => {
    // A place is where the money went, never who raised it ("a research group at a Tucson university");
    // "Ada Roe on closing a $12M Series A": a guest telling of a round, not the company.
    const at = r.evidence.indexOf(r.company);
    if (isPlace(r.company) || (at >= 0 && TELLS_OF.test(r.evidence.slice(at + r.company.length)))) return false;
    const noInvestors = r.leadInvestors.length === 0 && r.otherInvestors.length === 0;
    if (noInvestors && r.amount === null && r.valuation !== null && !FUNDING_WORDS.test(plain)) return false;
    // "raised $3.2 million for her mayoral campaign": money for a candidate is donations, not a round.
    // "An appeal for families … has raised £2m", "X Hospice, the charity, has raised £4.5m": donations.
    if (noInvestors && (POLITICAL_FUNDRAISING.test(r.evidence) || CHARITY.test(r.evidence))) return false;
    // "Guests at the Crystal Ball raised $1.3 million for the pediatric cancer unit": a gala's takings, its sponsor no lead.
    if (CHARITY.test(plain) && /\braised\b[^;]{0,50}?\bfor\s+(?:the|a|an|local)\s/i.test(r.evidence)) return false;
    return !(noInvestors && rewardCampaign && BACKERS_PLEDGED.test(r.evidence));
  });
}

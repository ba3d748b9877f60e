// The extraction pipeline: text → plain sentences → candidate events per sentence → verdicts →
// company resolution (pronouns, "the startup", first-party "we") → merge within the text.
import type { EpochMs, ExtractedRound } from '../model.js';
import { readSentence, sentenceCandidates, type Candidate, type ReadSentence } from './candidates.js';
import { classify, isBackground } from './classify.js';
import { plainText } from './clean.js';
import { sentenceOpener, type CompanyRef } from './company.js';
import { findInvestors } from './investors.js';
import { mergeEvents, type Continuation, type TextEvent } from './merge.js';
import { findRoundType } from './round-type.js';
import { readSentences } from './segment.js';

export interface ExtractOptions {
  /** The article's publish date: dates in the text are read against it. */
  published?: EpochMs | null;
}

/** Words without which a sentence cannot add anything to a round. */
const MAY_MATTER =
  /[$€£¥₹]|\b(?:USD|EUR|GBP|INR|Rs|crores?|lakhs?|millions?|billions?|mn|bn|seed|series|round|funding|financing|rais|led|lead|particip|investors?|backers?|angels?|valu|stake|joined|loan|grant)/i;

type Named = Extract<CompanyRef, { kind: 'name' }>;

function resolve(ref: CompanyRef, main: Named | null): { company: string | null; alias: string | null } {
  const named = ref.kind === 'name' ? ref : ref.kind === 'anaphor' || ref.kind === 'first_person' ? main : null;
  return { company: named?.name ?? null, alias: named?.alias ?? null };
}

/** The company the text is about: the first named new event, else the first name in its title. */
function mainCompany(events: { candidate: Candidate; verdict: string }[], title: string | undefined): Named | null {
  const named =
    events.find((e) => e.verdict === 'new' && e.candidate.ref.kind === 'name') ??
    events.find((e) => e.candidate.ref.kind === 'name');
  if (named?.candidate.ref.kind === 'name') return named.candidate.ref;
  if (!title) return null;
  // Only a name that opens the title is its subject ("Acme raises …", not "We raised … from Acme").
  const opener = sentenceOpener(readSentence(title), 3);
  return opener.kind === 'name' ? opener : null;
}

/** A sentence about "the round" that adds investors, a stage or a valuation ("The round values it at $400M"). */
const ABOUT_THE_ROUND =
  /\b(?:the|this|its|their|our|that)\s+(?:[\w$.+-]+\s+){0,3}?(?:round|funding|financing|raise|fundraise|investment|seed|series [a-z])\b|\b(?:valu(?:es|ing) the (?:company|startup|firm|business)|gives? (?:it|the (?:company|startup|firm))(?: a)? valuation)/i;

function continuation(s: ReadSentence, published: EpochMs | null): Omit<Continuation, 'sentence' | 'paragraph'> | null {
  const investors = findInvestors(s.text);
  const aboutRound = ABOUT_THE_ROUND.test(s.text);
  const type = aboutRound ? findRoundType(s.text) : null;
  const valuation = aboutRound ? (s.money.find((_, i) => s.roles[i] === 'valuation') ?? null) : null;
  if (!investors.lead.length && !investors.other.length && !type && !valuation) return null;
  return isBackground(s, published) ? null : { investors, type, valuation };
}

export function extractRounds(text: string, options: ExtractOptions = {}): ExtractedRound[] {
  const published = options.published ?? null;
  const plain = plainText(text);
  const sentences = readSentences(plain);
  const raw: Omit<TextEvent, 'company' | 'alias'>[] = [];
  const continuations: Continuation[] = [];
  for (const sentence of sentences) {
    if (!MAY_MATTER.test(sentence.text)) continue;
    const read = readSentence(sentence.text);
    const candidates = sentenceCandidates(read).sort((a, b) => a.start - b.start);
    for (const candidate of candidates) {
      raw.push({
        candidate,
        verdict: classify(candidate, read, published),
        sentence: sentence.index,
        paragraph: sentence.paragraph,
        evidence: sentence.text,
      });
    }
    if (candidates.length) continue;
    const more = continuation(read, published);
    if (more) continuations.push({ sentence: sentence.index, paragraph: sentence.paragraph, ...more });
  }
  const main = mainCompany(raw, sentences[0]?.text);
  const events = raw.map((e) => ({ ...e, ...resolve(e.candidate.ref, main) }));
  return mergeEvents(events, continuations, plain);
}

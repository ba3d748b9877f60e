// Who a financing sentence is about: the subject of "raises" (across an appositive: "Ineffable
// Intelligence, a British AI lab founded by …, has raised"), the object of "invests in" / "backs",
// the owner in "Fleet's Series B", or a reference back to the story's company ("the startup",
// "it", and in first-party posts "we").
import { DETERMINERS, isDescription, lower, namesProduct, opensWithDescription } from './description.js';
import { COMPANY_NOUNS, PERSON_NOUNS, SUBJECT_GAP } from './lexicon.js';
import { isSimile, isSimileRun } from './simile.js';
import {
  DESCRIPTOR,
  isCompanyName,
  isLowercaseBrand,
  isNameWord,
  isPerson,
  isPlace,
  placeBefore,
  runEndingAt,
  runsBetween,
  type NameRun,
  type Token,
} from './names.js';

export type CompanyRef =
  | { kind: 'name'; name: string; start: number; end: number; alias?: string }
  | { kind: 'anaphor' }
  | { kind: 'first_person' }
  | { kind: 'none' };

export interface SentenceTokens {
  text: string;
  tokens: Token[];
}

const NONE: CompanyRef = { kind: 'none' };
const FIRST_PERSON = new Set(['we', 'us', 'our', 'i']);
const THIRD_PERSON = new Set(['it', 'they', 'its', 'their']);
/** A pronoun without its contraction: "we’ve" → "we", "it's" → "it". */
const pronoun = (t: Token | undefined) => lower(t).replace(/['’](?:ve|re|d|ll|m|s)$/, '');

const WEEKDAY_OR_MONTH =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** A company name (not a person named by a role), or a weekday/month used as one right after a description ("robotics maker Sunday"). */
function acceptable(s: SentenceTokens, run: NameRun): boolean {
  // "Nikola founder Trevor Milton", "partner Jane Roe": a person named by a role.
  if (PERSON_NOUNS.has(lower(s.tokens[run.first - 1]))) return false;
  if (isCompanyName(run.text)) return true;
  return WEEKDAY_OR_MONTH.test(run.text) && COMPANY_NOUNS.has(lower(s.tokens[run.first - 1]));
}

/** A name with the short form written after it: "Ethereum Push Notification Service (EPNS)"; not its city: "Grachtwerk (Amsterdam)". */
function asRef(s: SentenceTokens, run: NameRun): CompanyRef {
  const [open, short, close] = s.tokens.slice(run.last + 1, run.last + 4);
  const shortForm = open?.text === '(' && close?.text === ')' && /^[\p{Lu}\d][\p{L}\d.&-]{1,11}$/u.test(short!.text);
  const alias = shortForm && !isPlace(short!.text) ? short!.text : undefined;
  return { kind: 'name', name: run.text, start: run.start, end: run.end, ...(alias ? { alias } : {}) };
}

function named(s: SentenceTokens, j: number): CompanyRef {
  const run = runEndingAt(s.text, s.tokens, j);
  return run && acceptable(s, run) ? asRef(s, run) : NONE;
}

/** Index of the token before position j, skipping one parenthesized group ("Meta Platforms (META.O)"). */
function skipParens(tokens: Token[], j: number): number {
  if (tokens[j]?.text !== ')') return j;
  let k = j;
  while (k >= 0 && tokens[k]!.text !== '(') k--;
  return k - 1;
}

/** The company that opens a clause: "Acme" in "Acme, a robotics startup, …" or "On Tuesday, Acme, …". */
export function clauseOpener(s: SentenceTokens, end: number): CompanyRef {
  let from = s.tokens.findIndex((t, i) => i < 4 && /^[:—–]$/.test(t.text)) + 1; // after a label: "Biggest: X, which …", "Manila — X, a …"
  for (let i = 0; i <= end && i <= s.tokens.length; i++) {
    if (i !== end && i !== s.tokens.length && s.tokens[i]!.text !== ',') continue;
    const j = skipParens(s.tokens, i - 1);
    const run = j >= from ? runEndingAt(s.text, s.tokens, j) : null;
    // Only a segment that is the name alone (after a dropped "Today" or "On"), or the sentence's
    // opening description and name ("São Paulo fintech Cajuí, which …, raised"), opens the clause.
    const described = from === 0 && run !== null && run.first > 0 && COMPANY_NOUNS.has(s.tokens[run.first - 1]!.text);
    const reported = run !== null && run.first > from && /^(?:that|hear|heard|understand)$/.test(lower(s.tokens[run.first - 1])); // "report that X, based in …,"
    // "The newest arrival is X, founded …, which …", "Congratulations to X, the … maker, which …": a clause that introduces the name.
    const introduced =
      run !== null &&
      from === 0 &&
      run.first > 1 &&
      (/^(?:is|was)$/.test(lower(s.tokens[run.first - 1])) ||
        /^(?:congratulations|congrats|kudos|welcome)\s+to\s+$/i.test(s.text.slice(0, run.start).replace(/^[•*-]\s*/, '')));
    if (
      run &&
      (run.first <= from + 1 || placeBefore(s.tokens, from, run.first) || described || reported || introduced) &&
      acceptable(s, run)
    )
      return asRef(s, run);
    from = i + 1;
  }
  return NONE;
}

/** The first company named in the sentence's opening words ("June 10 (Reuters) - Meta Platforms …"). */
export function sentenceOpener(s: SentenceTokens, maxTokens = 12): CompanyRef {
  const runs = runsBetween(s.text, s.tokens, 0, Math.min(maxTokens, s.tokens.length));
  for (const [i, run] of runs.entries()) {
    // "Porto Alegre-based Trevisa": a run that opens a place's "-based" description is no name.
    const placeOf = DESCRIPTOR.test(s.tokens[run.last + 1]?.text ?? '');
    if (!acceptable(s, run) || run.possessive || placeOf || describesNext(s, run, runs[i + 1]) || isSimileRun(s, run)) continue;
    return asRef(s, run);
  }
  return NONE;
}

/**
 * "Artificial intelligence startup Runware", "Geothermal driller Basinfire": a capitalized opening
 * word of a description (its head a company noun or an agent noun, "driller", "refiner"), not the name after it.
 */
function describesNext(s: SentenceTokens, run: NameRun, next: NameRun | undefined): boolean {
  if (!next || run.first > 0 || run.last !== run.first) return false;
  const between = s.tokens.slice(run.last + 1, next.first);
  const head = lower(between[between.length - 1]);
  return (
    between.length > 0 &&
    between.every((t) => /^\p{Ll}/u.test(t.text)) &&
    (COMPANY_NOUNS.has(head) || /^\p{Ll}{3,}(?:er|or)$/u.test(head))
  );
}

/** Words of a stage between a subject and its verb: "X is in the final stages of closing", "on the verge of raising". */
const STAGE_OF = /^(?:in the (?:[\w-]+ )?(?:stages?|process|midst) of|on the verge of|in the middle of)$/i;

/** The subject of the verb at token `v`. */
export function subjectOf(s: SentenceTokens, v: number): CompanyRef {
  const { tokens } = s;
  let j = v - 1;
  for (const n of [5, 4]) {
    const words = tokens.slice(Math.max(0, v - n), v).map((t) => t.text);
    if (v - n >= 0 && STAGE_OF.test(words.join(' '))) j = v - n - 1;
  }
  let third = false;
  while (j >= 0) {
    const w = pronoun(tokens[j]);
    if (FIRST_PERSON.has(w)) return { kind: 'first_person' };
    if (THIRD_PERSON.has(w)) third = true;
    // "said on Tuesday it had raised", "last week announced": a date between the subject and its verb.
    else if (
      (WEEKDAY_OR_MONTH.test(w) || /^(?:week|month|year|weekend|morning|afternoon|evening)$/.test(w)) &&
      /^(?:on|last|this|in|earlier|next)$/i.test(lower(tokens[j - 1]))
    )
      j--;
    else if (!SUBJECT_GAP.has(w) || (j > 0 && /^\p{Lu}/u.test(tokens[j]!.text))) break;
    j--;
  }
  if (j === 0 && isLowercaseBrand(tokens[0]!, s.text))
    return { kind: 'name', name: tokens[0]!.text, start: 0, end: tokens[0]!.end };
  const ref = subjectAt(s, j);
  return ref.kind === 'none' && third ? { kind: 'anaphor' } : ref;
}

/** Index of the token after the last comma before `j` (the start of its clause), or 0. */
function clauseStart(tokens: Token[], j: number): number {
  for (let k = j; k >= 0; k--) if (tokens[k]!.text === ',') return k + 1;
  return 0;
}

function subjectAt(s: SentenceTokens, at: number): CompanyRef {
  const { tokens } = s;
  // "we’ve (Reevoo) received": the parenthesis names the first person.
  if (tokens[at]?.text === ')') {
    const open = skipParens(tokens, at) + 1;
    if (FIRST_PERSON.has(pronoun(tokens[open - 1])) && open < at - 1) return named(s, at - 1);
  }
  const j = skipParens(tokens, at);
  const t = tokens[j];
  if (!t) return NONE;
  // A press release's defined term: "the “Company” has completed", "the Company announced".
  const term = /^[”"]$/.test(t.text) ? j - 1 : j;
  if (COMPANY_NOUNS.has(lower(tokens[term])) && DETERMINERS.has(lower(tokens[term - (term < j ? 2 : 1)])))
    return { kind: 'anaphor' };
  // "Salarimo (Lagos) — payroll for small employers — raised": a description between dashes.
  if (/^[—–]$/.test(t.text)) {
    let k = j - 1;
    while (k > 0 && !/^[—–]$/.test(tokens[k]!.text)) k--;
    if (k > 0) return subjectAt(s, k - 1);
  }
  // "…, which this week closed": the relative pronoun's antecedent opens the clause.
  if (/^(?:which|who)$/i.test(t.text) && tokens[j - 1]?.text === ',') return clauseOpener(s, j - 1);
  if (t.text === ',') {
    const opener = clauseOpener(s, j);
    return opener.kind === 'none' && opensWithDescription(tokens, 0, j) ? { kind: 'anaphor' } : opener;
  }
  if (lower(t) === 'and') return sentenceOpener(s);
  if (isNameWord(t.text)) {
    const run = runEndingAt(s.text, tokens, j);
    // "The maker of Claude has …", "The company behind the Hearthbox alarm raises …": a product
    // names the story's company, not another one.
    if (run && namesProduct(tokens, run.first)) return { kind: 'anaphor' };
    // "A Chattanooga startup that lets …": a place describing the company, not its name.
    if (run && /^(?:a|an)$/i.test(tokens[run.first - 1]?.text ?? '') && COMPANY_NOUNS.has(lower(tokens[run.last + 1])))
      return { kind: 'anaphor' };
    // "The startup founded by former Twitter CEO X has raised": X is inside the description (but
    // "The startup Acme has raised" names it).
    if (
      run &&
      !COMPANY_NOUNS.has(lower(tokens[run.first - 1])) &&
      (opensWithDescription(tokens, clauseStart(tokens, run.first - 1), run.first) || opensWithDescription(tokens, 0, run.first))
    )
      return { kind: 'anaphor' };
    return named(s, j);
  }
  if (isDescription(tokens, j) || opensWithDescription(tokens, clauseStart(tokens, j), j) || isSimile(s, j))
    return { kind: 'anaphor' };
  return NONE;
}

const NP_END = new Set(
  'for at to with as from which that who in into on by after amid via and while its valued valuing worth through under'.split(
    ' ',
  ),
);

/**
 * The company a noun phrase starting at token `i` names: "India startup Pronto at …" → Pronto. As
 * the object of a verb with its own verb after it (`object`: "help Qubix hire …"), the phrase ends
 * at the first lower-case word after a name.
 */
export function recipientAt(s: SentenceTokens, i: number, object = false): CompanyRef {
  const { tokens } = s;
  const first = pronoun(tokens[i]);
  if (THIRD_PERSON.has(first)) return { kind: 'anaphor' };
  if (FIRST_PERSON.has(first)) return { kind: 'first_person' };
  let end = i;
  while (end < tokens.length && end - i < 9) {
    const t = tokens[end]!;
    if (/^[,;:()"“”]$/.test(t.text) || (NP_END.has(t.text) && end > i)) break;
    const afterName = end > i && isNameWord(tokens[end - 1]!.text) && !/-based$/i.test(tokens[end - 1]!.text);
    if (object && afterName && /^\p{Ll}/u.test(t.text) && !COMPANY_NOUNS.has(lower(t))) break;
    end++;
  }
  const runs = runsBetween(s.text, tokens, i, end).filter((r) => acceptable(s, r) && !r.possessive);
  const last = runs[runs.length - 1];
  if (last) return asRef(s, last);
  return DETERMINERS.has(first) && COMPANY_NOUNS.has(lower(tokens[end - 1])) ? { kind: 'anaphor' } : NONE;
}

const OWNER_GAP = new Set([
  'new',
  'fresh',
  'latest',
  'additional',
  'another',
  'planned',
  'record',
  'first',
  'second',
  'reported',
]);

/** "Fleet's Series B", "Whoop's valuation", "Our $4M seed round": the owner named right before token `i`. */
export function ownerBefore(s: SentenceTokens, i: number): CompanyRef {
  let j = i - 1;
  // "SoftBank’s new $40B loan": words describing the round may stand between owner and amount.
  while (j > 0 && i - j <= 2 && OWNER_GAP.has(lower(s.tokens[j]))) j--;
  if (lower(s.tokens[j]) === 'our') return { kind: 'first_person' };
  if (lower(s.tokens[j]) === 'its' || lower(s.tokens[j]) === 'their') return advisedClient(s, j) ?? { kind: 'anaphor' };
  const run = runEndingAt(s.text, s.tokens, j);
  return run?.possessive && acceptable(s, run) ? asRef(s, run) : NONE;
}

/** "Cooley advised Acme on its $50M Series B": the pronoun is the client's, not the adviser's. */
function advisedClient(s: SentenceTokens, its: number): CompanyRef | null {
  const run = lower(s.tokens[its - 1]) === 'on' ? runEndingAt(s.text, s.tokens, its - 2) : null;
  const verb = run ? lower(s.tokens[run.first - 1]) : '';
  return run && acceptable(s, run) && /^(?:advised|advises|advising|represented|represents|counsell?ed)$/.test(verb)
    ? asRef(s, run)
    : null;
}

/** The nearest company name left of token `i` in the same clause (no comma or colon between). */
export function nearestNameBefore(s: SentenceTokens, i: number, maxTokens = 14): CompanyRef {
  for (let j = i - 1; j >= Math.max(0, i - maxTokens); j--) {
    const t = s.tokens[j]!;
    if (/^[,;:()]$/.test(t.text)) break;
    const run = runEndingAt(s.text, s.tokens, j);
    if (!run) continue;
    // "The maker of Claude", "the company behind the Hearthbox alarm": the story's company's product.
    if (namesProduct(s.tokens, run.first)) return { kind: 'anaphor' };
    if (acceptable(s, run)) return asRef(s, run);
    if (isPerson(run.text)) return NONE;
    j = run.first;
  }
  return NONE;
}

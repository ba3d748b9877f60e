// Within one text, the headline, the lead and later sentences often report the same round: merge
// events of one company with compatible amounts, keep the most precise figures, collect
// investors from every sentence (and from sentences that only continue the story: "Other
// investors include …"), and drop events that never got a company.
import { distance } from 'fastest-levenshtein';
import type { ExtractedRound, RoundStatus, RoundType } from '../model.js';
import { companyKey, keysOverlap } from './company-key.js';
import type { MoneyMention } from '../text/money.js';
import { toUsd } from '../text/fx.js';
import type { Candidate } from './candidates.js';
import { ROUND_ITSELF } from './cues.js';
import type { Verdict } from './classify.js';
import type { Investors } from './investors.js';
import { CORPORATES } from './lexicon.js';
import { isPerson } from './names.js';
import type { RoundTypeFound } from './round-type.js';

export interface TextEvent {
  candidate: Candidate;
  verdict: Verdict;
  sentence: number;
  paragraph: number;
  evidence: string;
  /** Resolved company (pronouns and "the startup" already replaced), or null. */
  company: string | null;
  /** A short form written beside it: "EPNS" for "Ethereum Push Notification Service (EPNS)". */
  alias: string | null;
  /** Reported as the text's news, not mentioned in passing (main-event.ts); a round needs one such event. */
  prominent: boolean;
}

/** A sentence with investors or a stage but no event of its own ("The Series A saw participation from …"). */
export interface Continuation {
  sentence: number;
  paragraph: number;
  investors: Investors;
  type: RoundTypeFound | null;
  valuation?: MoneyMention | null;
  /** The round's amount, from a sentence about the round itself ("The $22 million round was led by …"). */
  amount?: MoneyMention | null;
  /** Said of a minority stake ("for a minority stake"): a strategic investment. */
  stake?: boolean;
  /** `amount` is an extension's new money ("The extension adds $8 million"): the round's, whatever total it reaches. */
  newMoney?: boolean;
}

/** An extension's own money: "The extension adds $8 million", "This top-up brings in €2M". */
const EXTENSION_ADDS =
  /^(?:the|this|that|its|our)\s+(?:[\w-]+\s+){0,2}?(?:extension|top-up)\s+(?:adds|added|brings in|brought in)\b/i;

interface Group {
  events: TextEvent[];
  extra: Continuation[];
}

const AMOUNT_TOLERANCE = 0.1;

const usd = (m: MoneyMention) => toUsd(m.amount, m.currency) ?? m.amount;

function amountsAgree(a: MoneyMention | null, b: MoneyMention | null): boolean {
  if (!a || !b) return true;
  const x = usd(a);
  const y = usd(b);
  return Math.abs(x - y) <= AMOUNT_TOLERANCE * Math.max(x, y);
}

const groupCompany = (g: Group) => g.events.find((e) => e.company)?.company ?? null;
const groupAmount = (g: Group) => g.events.find((e) => e.candidate.amount)?.candidate.amount ?? null;

const namesOf = (events: TextEvent[]) =>
  events
    .flatMap((e) => [e.company, e.alias])
    .filter((n): n is string => n !== null)
    .map(companyKey);
/** Digits written for look-alike letters ("QyTw0"), for comparing spellings. */
const lookAlike = (key: string) => key.replace(/0/g, 'o').replace(/1/g, 'l').replace(/\s+/g, '');

/** One company spelled two ways in one text: "QuTwo" in the headline, "QyTw0" in the body (one letter apart). */
function misspelled(a: string, b: string): boolean {
  const [x, y] = [lookAlike(a), lookAlike(b)];
  return Math.min(x.length, y.length) >= 5 && distance(x, y) <= (Math.min(x.length, y.length) >= 9 ? 2 : 1);
}

const sameCompany = (a: string[], b: string[]) => a.some((x) => b.some((y) => keysOverlap(x, y) || misspelled(x, y)));

function fits(g: Group, e: TextEvent): boolean {
  if (!amountsAgree(groupAmount(g), e.candidate.amount)) return false;
  if (groupCompany(g) && e.company) return sameCompany(namesOf(g.events), namesOf([e]));
  // An event without a company joins a group only on a stated, matching amount.
  return Boolean(groupAmount(g) && e.candidate.amount);
}

/** A group without an amount is another mention of a round of the same company stated elsewhere. */
function foldMentions(groups: Group[]): Group[] {
  return groups.filter((g) => {
    if (groupAmount(g)) return true;
    const home = groups.find((o) => o !== g && groupAmount(o) && sameCompany(namesOf(o.events), namesOf(g.events)));
    if (!home) return true;
    home.events.push(...g.events);
    home.extra.push(...g.extra);
    return false;
  });
}

/** Stated precisely beats approximately; more digits beat fewer; US dollars beat a conversion. */
function precision(m: MoneyMention): number {
  const q = m.qualifier === 'exact' ? 2 : m.qualifier === 'approx' ? 0 : 1;
  return q * 100 + m.significantDigits * 2 + (m.currency === 'USD' ? 1 : 0);
}

function best(ms: (MoneyMention | null)[]): MoneyMention | null {
  return ms
    .filter((m): m is MoneyMention => m !== null)
    .reduce<MoneyMention | null>((a, b) => (!a || precision(b) > precision(a) ? b : a), null);
}

const mentions = (text: string, name: string) => text.split(name).length - 1;

/** Words a company's full name ends in after the short form a text goes on to use ("Frostline Health" → "Frostline"). */
const NAME_TAIL =
  /^\s(?:Health|Labs?|AI|Robotics|Bio|Biosciences|Therapeutics|Energy|Technologies|Systems|Software|Security|Analytics|Networks|Finance|Foods?|Mobility|Materials|Medical|Diagnostics|Aerospace|Motors|Agritech)\b/;

/**
 * The fullest spelling ("Monad Labs" over "Monad"), also where only the text's first mention gives it
 * ("Dr. Ade, co-founder of Frostline Health … Frostline picked up $9M"), or the short form when the
 * text uses it more ("EPNS").
 */
function displayName(g: Group, text: string): string {
  const names = g.events.map((e) => e.company).filter((n): n is string => n !== null);
  const full = names.reduce((a, b) => (b.length > a.length ? b : a));
  const alias = g.events.find((e) => e.alias && e.company === full)?.alias;
  if (alias && !full.includes(alias) && mentions(text, alias) > mentions(text, full)) return alias;
  // Only where the text introduces the name so: "Lumora … is unrelated to Lumora Health" is another company.
  const tail = NAME_TAIL.exec(text.slice(text.indexOf(full) + full.length));
  return tail ? `${full}${tail[0]}` : full;
}

function dedupeNames(names: string[]): string[] {
  const keys = names.map(companyKey);
  return names.filter((n, i) => {
    const k = keys[i]!;
    if (keys.findIndex((x) => x === k) !== i) return false;
    // "Meta" beside "Meta Platforms"; "SIG" beside "Susquehanna Investment Group".
    return !names.some(
      (o, j) =>
        j !== i &&
        keys[j] !== k &&
        ((keysOverlap(k, keys[j]!) && keys[j]!.length > k.length) || (n.length < 6 && acronymOf(o) === n)),
    );
  });
}

const acronymOf = (name: string) =>
  name.split(/\s+/).length > 1
    ? name
        .split(/\s+/)
        .map((w) => w[0])
        .join('')
        .toUpperCase()
    : '';

/** How a corporation's name ends ("Match Group", "Toyota Motor Corp"), unlike an investment firm's. */
const CORPORATE_SUFFIX =
  /\s(?:Group|Corp|Corporation|Inc|Ltd|plc|AG|SE|Holdings|Technologies|Motors?|Systems|Industries|Pharma|Pharmaceuticals|Telecom|Electronics|Airlines|Energy|Platforms|Semiconductor|Communications)\.?$/;

const isCorporate = (name: string) =>
  CORPORATES.has(name.toLowerCase()) || CORPORATES.has(name.toLowerCase().split(/\s+/)[0]!) || CORPORATE_SUFFIX.test(name);

function roundType(
  g: Group,
  amountFrom: TextEvent | undefined,
  lead: string[],
  other: string[],
): { type: RoundType; detail: string | null } {
  const found = [amountFrom?.candidate.type, ...g.events.map((e) => e.candidate.type), ...g.extra.map((x) => x.type)].filter(
    (t): t is RoundTypeFound => Boolean(t),
  );
  const known = found.find((t) => t.type !== 'unknown');
  if (known) return { type: known.type, detail: known.detail };
  const investors = [...lead, ...other];
  const corporate = investors.length > 0 && investors.every((n) => isCorporate(n) && !isPerson(n));
  if (g.events.some((e) => e.candidate.stake) || g.extra.some((x) => x.stake) || corporate)
    return { type: 'strategic', detail: found[0]?.detail ?? null };
  return { type: 'unknown', detail: found[0]?.detail ?? null };
}

function status(g: Group): RoundStatus {
  if (g.events.some((e) => e.candidate.completed && e.candidate.status === 'announced')) return 'announced';
  return g.events.some((e) => e.candidate.status === 'in_talks') ? 'in_talks' : 'announced';
}

function toRound(g: Group, text: string): ExtractedRound | null {
  if (!g.events.some((e) => e.company)) return null;
  const company = displayName(g, text);
  // "extended its Series A to $26 million. The extension adds $8 million": the round is the new money.
  const newMoney = g.extra.find((x) => x.newMoney && x.amount)?.amount ?? null;
  const amount = newMoney ?? best(g.events.map((e) => e.candidate.amount)) ?? best(g.extra.map((x) => x.amount ?? null));
  const valuation = best([...g.events.map((e) => e.candidate.valuation), ...g.extra.map((x) => x.valuation ?? null)]);
  const amountFrom = g.events.find((e) => e.candidate.amount === amount);
  const all = [...g.events.map((e) => e.candidate.investors), ...g.extra.map((x) => x.investors)];
  // A company never leads or joins its own round ("Lumenvault said … led by Sadaf"; ", Lumenvault said").
  const lead = dedupeNames(all.flatMap((i) => i.lead)).filter((n) => companyKey(n) !== companyKey(company));
  const leadKeys = new Set(lead.map(companyKey));
  const other = dedupeNames(all.flatMap((i) => i.other)).filter(
    (n) => !leadKeys.has(companyKey(n)) && companyKey(n) !== companyKey(company),
  );
  const type = roundType(g, amountFrom, lead, other);
  return {
    company,
    amount: amount?.amount ?? null,
    currency: amount?.currency ?? valuation?.currency ?? null,
    amountUsd: amount ? toUsd(amount.amount, amount.currency) : null,
    roundType: type.type,
    roundTypeDetail: type.detail,
    valuation: valuation?.amount ?? null,
    leadInvestors: lead,
    otherInvestors: other,
    status: status(g),
    evidence: (amountFrom ?? g.events[0]!).evidence,
  };
}

/** Attaches a continuation to the event it follows in its paragraph, else to the story's main round. */
function attach(groups: Group[], events: TextEvent[], x: Continuation): void {
  // The round told last before it in its paragraph; a sum there that is no round ("… and a $20
  // million debt facility") is passed over, not a dead end.
  const before = events.filter((e) => e.sentence < x.sentence && e.paragraph === x.paragraph);
  for (let i = before.length - 1; i >= 0; i--) {
    const g = groups.find((o) => o.events.includes(before[i]!));
    if (g) return void g.extra.push(x);
  }
  // The paragraph told money of its own that is no round kept: not another paragraph's round.
  if (before.length > 0) return;
  groups.find((g) => groupCompany(g) && g.events[0]!.sentence < x.sentence)?.extra.push(x);
}

/** `text` is the plain text the events were read from (to choose between a name and its short form). */
/** A sum the text tells as market or project money elsewhere (a PIPE, a plant's project finance, bonds). */
const NOT_A_ROUND = new Set<Verdict>(['securities']);
const sum = (m: { amount: number; currency: string }) => `${m.amount} ${m.currency}`;

export function mergeEvents(events: TextEvent[], continuations: Continuation[], text: string): ExtractedRound[] {
  // "Corvantis raises $85m in private placement" over "… agreed to sell $85 million of common
  // stock … in a PIPE": the same sum, told in full elsewhere as no round, is no round.
  const told = new Set(
    events.flatMap((e) => (NOT_A_ROUND.has(e.verdict) && e.candidate.amount ? [sum(e.candidate.amount)] : [])),
  );
  const groups: Group[] = [];
  const extra = [...continuations];
  for (const e of events) {
    if (e.verdict !== 'new' || (e.candidate.amount && told.has(sum(e.candidate.amount)))) continue;
    const g = groups.find((x) => fits(x, e));
    if (g) g.events.push(e);
    else if (e.company) groups.push({ events: [e], extra: [] });
    else {
      // No company and no round of the same amount: it can only add investors, a stage, or (said
      // of the round itself) the amount to a round named elsewhere.
      const { investors, type, valuation, amount, stake } = e.candidate;
      const own = amount && ROUND_ITSELF.test(e.evidence) ? amount : null;
      const newMoney = own !== null && EXTENSION_ADDS.test(e.evidence);
      extra.push({ sentence: e.sentence, paragraph: e.paragraph, investors, type, valuation, amount: own, stake, newMoney });
    }
  }
  for (const x of extra.sort((a, b) => a.sentence - b.sentence)) attach(groups, events, x);
  const rounds = foldMentions(groups)
    .filter((g) => g.events.some((e) => e.prominent))
    .map((g) => toRound(g, text))
    .filter((r): r is ExtractedRound => r !== null);
  // "Harwick Street Ventures today announced that it has led the $6 million seed round of Nightjar":
  // the firm that led a round of the same sum is its investor, not a second company raising it.
  const leadOfSame = (r: ExtractedRound) =>
    rounds.some((o) => o !== r && o.amount === r.amount && o.leadInvestors.some((l) => companyKey(l) === companyKey(r.company)));
  return rounds.filter((r) => !leadOfSame(r));
}

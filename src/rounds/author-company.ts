// Which company "we" is in a first-party post (a company's blog, a founder's thread, a forum post,
// a letter): named in the text's events or title, by the speaker's role in the title, by "we at X",
// by a sign-off, by the site's name, by how the post describes itself, or by the name it uses most.
import { isCompanyName, runsBetween } from './names.js';
import { companyKey } from './company-key.js';
import {
  asNamed,
  companyNamed,
  NAME,
  namedEvent,
  notInvestor,
  titleSubject,
  type Named,
  type StoryEvent,
  type StoryText,
} from './story-company.js';

/**
 * The company "we" stands for: named in the text's events or title, else the site's name as the
 * text writes it, else the name the post describes itself with, else the site's name, else the
 * name it uses most.
 */
export function authorCompany(events: StoryEvent[], text: StoryText): Named | null {
  const site = text.site && isCompanyName(text.site) ? text.site : null;
  // A site the post never names (a person's account sharing a founder's post) speaks for the
  // company the post describes itself as, when it does ("Kelpwise helps fishing co-ops …").
  const spelled = site ? spelledInText(text, site) : null;
  return (
    namedEvent(events, text) ??
    titleSubject(text) ??
    speaker(text) ??
    interviewee(text) ??
    bioLine(text) ??
    weNamed(text) ??
    spelled ??
    (site ? (selfDescribed(text) ?? asNamed(site)) : null) ??
    signedBy(text) ??
    selfDescribed(text) ??
    mostUsedName(text)
  );
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

/** The roles a title names a company's speaker by: "Qubix CEO", "the founder of Qubix". */
const ROLE = String.raw`CEO|CTO|COO|CFO|[Cc]hief [Ee]xecutive|[Bb]oss|[Cc]o-?[Ff]ounder|[Cc]ofounder|[Ff]ounder|[Pp]resident`;

/** "Meet Loomgrid: …", "We at Loomgrid …", "Here at Loomgrid, we …", "the Loomgrid team", "we just raised $4M for Loomgrid", "I’m Hana, co-founder of Loomgrid": a post naming its "we". */
const WE_NAMED = new RegExp(
  String.raw`(?:^|[.!?]\s+|\p{Extended_Pictographic}\uFE0F?\s+)Meet\s+${NAME}\s*[:,—–]|\b(?:[Ww]e|[Uu]s|[Aa]ll of us)\s+(?:here\s+)?at\s+${NAME}|\b(?:[Hh]ere\s+)?[Aa]t\s+${NAME},\s+we\b|\b(?:[Tt]he|[Oo]ur)\s+${NAME}\s+team\b|\b[Ww]e(?:['’]ve|\s+have)?\s+(?:just\s+)?(?:raised|closed|secured)\b(?:[^.;!?]|\.\d){0,60}?\bfor\s+${NAME}|\bI['’]m\s+(?:\p{Lu}[\p{L}'’-]+\s*){0,2},?\s*(?:the\s+)?(?:${ROLE})\s+(?:of|at)\s+${NAME}`,
  'u',
);

function weNamed(text: StoryText): Named | null {
  for (const s of text.sentences) {
    const m = WE_NAMED.exec(s.text);
    const named = companyNamed(text, m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? m?.[5] ?? m?.[6]);
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
const INTERVIEWEE = new RegExp(
  String.raw`\b(?:${ROLE}|[Hh]ead)(?:\s+and\s+[\p{L}-]+)?\s+of\s+${NAME}|\b(?:[Qq]uestions|[Ii]nterview|[Cc]onversation|Q&A|[Cc]hat)\s+(?:for|with)\s+${NAME}['’]s?\s+\p{Lu}`,
  'u',
);

function interviewee(text: StoryText): Named | null {
  const m = INTERVIEWEE.exec(text.sentences[0]?.text ?? '');
  return companyNamed(text, m?.[1] ?? m?.[2]);
}

/**
 * A bio line that closes an essay or opens an interview: "Rosalind Achebe is co-founder and chief
 * executive of Tallybird, which …", "This week: Lindiwe Dlamini-Fourie, co-founder and CEO of Saltpan Energy".
 */
const BIO_LINE = new RegExp(
  String.raw`(?:^|:\s+)(?:\p{Lu}[\p{L}'’.-]+\s+){0,2}\p{Lu}[\p{L}'’.-]+(?:\s+is\s+|,\s+)(?:the\s+|a\s+)?(?:[\p{Ll}&-]+\s+){0,3}?(?:${ROLE})(?:\s+(?:and|&)\s+(?:${ROLE}))?\s+(?:of|at)\s+${NAME}`,
  'u',
);

function bioLine(text: StoryText): Named | null {
  for (const s of [...text.sentences.slice(1, 3), ...text.sentences.slice(-3)]) {
    const named = companyNamed(text, BIO_LINE.exec(s.text)?.[1]);
    if (named) return named;
  }
  return null;
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

// Two companies' rounds in one sentence: "Tramvia and Azulejo Labs each raised $8M" and "Kettle and
// Ondine raised $12M and $20M, respectively" are two rounds. The sentence is rewritten as two
// clauses joined by a semicolon, the way a roundup writes them ("Tramvia raised $8M; Azulejo Labs
// raised $8M"), so each company gets its own event.

const NAME = String.raw`[\p{Lu}\d][\p{L}\d.&'’-]*(?:\s+[\p{Lu}\d][\p{L}\d.&'’-]*){0,3}`;
const MONEY = String.raw`[$€£¥₹]\s?[\d.,]+(?:\s?(?:million|billion|bn|mn|[MmBbKk])\b)?`;
/** A verb by which a company gets money ("have each raised" puts "each" before it). */
const VERB = String.raw`(?:(?:have|has|had|also|recently|just)\s+)*(?:raised|raise|secured|closed|landed|received|picked up|bagged|scored|collected|drew|attracted|took in)\b`;
/** Where a pair starts: the text's start, after a comma or colon, or after a lower-case word ("startups"). */
const BEFORE = String.raw`(?<head>^|.*?(?:[,:]\s+|\b\p{Ll}[\p{Ll}-]*\s+))`;

const EACH = new RegExp(
  String.raw`${BEFORE}(?<a>${NAME}),?\s+and\s+(?<b>${NAME}),?\s+(?:(?:have|had)\s+)?each\s+(?<rest>${VERB}.*?)[.!]?$`,
  'u',
);
const RESPECTIVELY = new RegExp(
  String.raw`${BEFORE}(?<a>${NAME}),?\s+and\s+(?<b>${NAME}),?\s+(?<verb>${VERB}\s+)(?<x>${MONEY})\s+and\s+(?<y>${MONEY}),?\s+respectively(?<rest>.*?)[.!]?$`,
  'u',
);

/** "Fintech startups " describes both companies: it becomes a heading ("Fintech startups: X raised …; Y raised …"). */
const lead = (head: string) => (/\p{Ll}\s+$/u.test(head) ? `${head.trimEnd()}: ` : head);

/** `sentence` with a pair of companies' rounds written as two clauses, or unchanged. */
export function splitPairs(sentence: string): string {
  // A pair is written in one short sentence; the bound keeps the patterns' backtracking cheap.
  if (sentence.length > 400 || !/\b(?:each|respectively)\b/.test(sentence)) return sentence;
  const each = EACH.exec(sentence)?.groups;
  if (each) return `${lead(each.head!)}${each.a} ${each.rest}; ${each.b} ${each.rest}.`;
  const resp = RESPECTIVELY.exec(sentence)?.groups;
  if (resp) return `${lead(resp.head!)}${resp.a} ${resp.verb}${resp.x}${resp.rest}; ${resp.b} ${resp.verb}${resp.y}${resp.rest}.`;
  return sentence;
}

// Who "it" is in a sentence that tells a round: the subject opening it after a date, or the one
// who said so ("Kelham also said on Tuesday that it had raised …"), written in full where the text
// does so once ("Kelham Cycles").
import { isCompanyName } from './names.js';

/** What may open a sentence before its subject: a phrase and a comma, or a date ("On Monday", "Last week"). */
const OPENING = String.raw`^(?:[^,]{0,40},\s*|(?:on|last|this|earlier|late|in)\s+\p{L}+\s+)?`;

/** A sentence whose subject is "it", after an opening date: "It said …", "On Monday it said …", "Today, it closed …". */
export const IT_FIRST = new RegExp(`${OPENING}(?:it|the\\s+(?:company|startup|start-up|firm|business))\\b`, 'iu');

/** A sentence whose subject refers back: "It closed …", "The company, which …, announced", "On Monday the startup said". */
export const REFERENCE_FIRST = new RegExp(`${OPENING}(?:it|they|the|this|that)\\b`, 'iu');

/** "Kelham also said on Tuesday that it had raised …", "X, a Seattle company …, said it had raised": "it" is who said so. */
export const REPORTED_IT =
  /^(?:[^,]{0,40},\s*)?(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?-based\s+)?(\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3})(?:,\s+(?:a|an|the)\s+[^,;]{3,120},)?\s+(?:also\s+)?(?:said|says|announced|announces|confirmed|disclosed)\b[^.;]{0,40}?\b(?:that\s+)?it\s+(?:had|has|have|was|is|would|will|raised|closed|secured)\b/u;

/** A short name as the text first writes it in full: "Kelham" → "Kelham Cycles". */
export function fullName(name: string | undefined, text: string): string | undefined {
  if (!name) return name;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const full = new RegExp(String.raw`\b${escaped}(?: \p{Lu}[\p{L}&-]*){1,2}(?= \p{Ll})`, 'u').exec(text)?.[0];
  return full && isCompanyName(full) ? full : name;
}

/** A bio sentence's company: "Ren Takamatsu is the founder and CEO of Hoshizora Robotics K.K. in Tokyo." */
export const BIO_COMPANY =
  /\bis\s+(?:the\s+|a\s+)?(?:co-?founder|founder|CEO|chief executive|president)(?:\s+(?:and|&)\s+(?:co-?founder|founder|CEO|chief executive|president))?\s+(?:of|at)\s+(\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,2})/u;

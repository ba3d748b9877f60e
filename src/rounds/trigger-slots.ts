// What a trigger's clause says besides the amount: who raised (and who invested), and whether the
// round is announced or in talks ("is in talks to raise", a headline's bare "raising").
import type { RoundStatus } from '../model.js';
import { nearestNameBefore, ownerBefore, recipientAt, sentenceOpener, subjectOf, type CompanyRef } from './company.js';
import { PROSPECTIVE, REPORTED, TALKS } from './cues.js';
import type { ReadSentence } from './read-sentence.js';
import { ROUND_NOUN, tokenAt, type Trigger } from './triggers.js';

const pronounOwner = (text: string): CompanyRef | null =>
  /\bour\b/i.test(text) ? { kind: 'first_person' } : /\bits\b/i.test(text) ? { kind: 'anaphor' } : null;

export function statusAt(s: ReadSentence, start: number, scopeEnd: number): RoundStatus {
  // The clause's own verb may stand further back than 40 characters ("X, a …, is in discussions
  // with regional investors to raise"): back to the comma nearest the trigger, within 90.
  const near = Math.max(0, start - 40);
  const comma = s.text.lastIndexOf(',', start - 1);
  const window = s.text.slice(comma >= 0 && comma < near && start - comma <= 90 ? comma : near, scopeEnd);
  if (TALKS.test(window)) return 'in_talks';
  // A headline's bare progressive: "Drone maker Velmora raising $300 million".
  if (
    /^(?:raising|seeking)\b/i.test(s.text.slice(start)) &&
    /[\p{L}\d]\s+$/u.test(s.text.slice(0, start)) &&
    !/\b(?:is|are|was|were|been|be|after|by|from|of|while|when|before|since)\s+$/i.test(s.text.slice(0, start))
  )
    return 'in_talks';
  // A headline's bare infinitive: "Qubix to raise $50 million from Oak Hill".
  if (
    /^(?:raise|secure|seek|get|receive|land)\b/i.test(s.text.slice(start)) &&
    /^[^,;:$€£¥₹\d]{0,60}[\p{Lu}][\p{L}\d.&'’-]*\s+to\s+$/u.test(s.text.slice(0, start))
  )
    return 'in_talks';
  const before = s.text.slice(Math.max(0, start - 25), start + 12);
  return REPORTED.test(s.text) && PROSPECTIVE.test(before) ? 'in_talks' : 'announced';
}

/** "Oak Hill leads Qubix's $45M Series B": the owner of the round the verb governs. */
function possessiveObject(s: ReadSentence, t: Trigger, scopeEnd: number): CompanyRef {
  const money = s.money.find((m) => m.start > t.end && m.start < scopeEnd);
  const noun = ROUND_NOUN.exec(s.text.slice(t.end, scopeEnd));
  const at = money?.start ?? (noun ? t.end + noun.index : null);
  return at === null ? { kind: 'none' } : ownerBefore(s, tokenAt(s.tokens, at));
}

/** "in a £12m Series A fundraise by Quillstone", "in the $45 million B round of Varmelo": the owner after the round noun. */
function roundOwnerAfter(s: ReadSentence, from: number): CompanyRef {
  const span = s.tokens.slice(from, from + 9);
  const at = span.findIndex((k, n) => /^(?:by|of)$/i.test(k.text) && n > 0 && ROUND_NOUN.test(span[n - 1]!.text));
  return at < 0 ? { kind: 'none' } : recipientAt(s, from + at + 1, true);
}

/** "Harbourline Ventures, whose firm led the $14 million Series A": the firm is the name before ", whose". */
function whoseOwner(s: ReadSentence, v: number): CompanyRef {
  for (let k = v - 1; k >= Math.max(1, v - 4); k--)
    if (/^whose$/i.test(s.tokens[k]!.text))
      return s.tokens[k - 1]?.text === ',' ? nearestNameBefore(s, k - 1, 1) : { kind: 'none' };
  return { kind: 'none' };
}

export function companyFor(s: ReadSentence, t: Trigger, scopeEnd: number): { ref: CompanyRef; investor: CompanyRef } {
  const after = (word: RegExp) => {
    const i = s.tokens.findIndex((k, idx) => idx > t.token && k.start < scopeEnd && word.test(k.text));
    return i < 0 ? null : i;
  };
  const none: CompanyRef = { kind: 'none' };
  switch (t.kind) {
    case 'invest':
    case 'lead': {
      // "invested in X", "led the seed round of X" (a firm's own release).
      const i = after(t.kind === 'lead' ? /^(?:in|into|of)$/i : /^(?:in|into)$/i);
      const whose = whoseOwner(s, t.token);
      const investor = whose.kind === 'name' ? whose : subjectOf(s, t.token);
      // "participated in Brightloom’s $30 million Series B": the owner named right after "in", possessive.
      const possessed = possessiveObject(s, t, scopeEnd);
      const ownedAfterIn = i !== null && possessed.kind === 'name' && possessed.start === s.tokens[i + 1]?.start;
      const ref = i === null || ownedAfterIn ? possessed : recipientAt(s, i + 1);
      return {
        ref: ref.kind === 'none' && i !== null ? roundOwnerAfter(s, i + 1) : ref,
        // "we led the seed in X": the post's author invested (extract names it from the site).
        investor: investor.kind === 'name' ? investor : investor.kind === 'first_person' ? none : sentenceOpener(s),
      };
    }
    case 'lend': {
      const i = after(/^to$/i);
      const investor = subjectOf(s, t.token);
      return {
        ref: i === null ? none : recipientAt(s, i + 1),
        investor: investor.kind === 'name' ? investor : sentenceOpener(s),
      };
    }
    case 'back':
      return { ref: recipientAt(s, t.token + 1), investor: subjectOf(s, t.token) };
    case 'stake': {
      // "a stake in X", "its stake of 1.85% in X".
      const at = s.tokens.slice(t.token + 1, t.token + 6).findIndex((k) => /^(?:in|into)$/i.test(k.text));
      const i = at < 0 ? -1 : t.token + at + 2;
      const ref = i > 0 ? recipientAt(s, i) : nearestNameBefore(s, t.token, 3);
      const verb = s.tokens
        .slice(0, t.token)
        .findLastIndex((k) =>
          /^(?:take|takes|taking|took|pay|pays|paying|paid|buy|buys|acquire|acquires|hold|holds)$/i.test(k.text),
        );
      const investor = verb < 0 ? none : subjectOf(s, verb);
      return { ref, investor: investor.kind === 'name' ? investor : sentenceOpener(s) };
    }
    default: {
      // "Corvane announced a $25M strategic investment in Lumeq": the money goes to Lumeq.
      const into = t.kind === 'announce' ? /\b(?:investment|stake)\s+in(?:to)?\s/i.exec(s.text.slice(t.end, scopeEnd)) : null;
      if (into) {
        const investor = subjectOf(s, t.token);
        return {
          ref: recipientAt(s, tokenAt(s.tokens, t.end + into.index + into[0].length)),
          investor: investor.kind === 'name' ? investor : none,
        };
      }
      // "After raising $12 million in a Series A led by X last week, Pemberly Health is now hiring":
      // a fronted clause's subject is the name after its comma.
      if (
        /^(?:(?:shortly|soon|just|weeks|days|months|fresh)\s+)?(?:after|off|following|upon|since|having)\s+$/i.test(
          s.text.slice(0, t.start),
        )
      ) {
        const comma = s.tokens.findIndex((k, idx) => idx > t.token && k.text === ',');
        const ref = comma > 0 ? recipientAt(s, comma + 1) : none;
        if (ref.kind !== 'none') return { ref, investor: none };
      }
      // "X, …, is now valued at €325M after raising €25M", "X is holding talks with investors
      // including Y about raising $400M": the participle's subject is the sentence's.
      const prep = s.tokens[t.token - 1]?.text ?? '';
      if (/^(?:after|by|following|upon)$/i.test(prep) || (/ing$/i.test(t.word) && /^(?:about|on|over|towards?)$/i.test(prep)))
        return { ref: sentenceOpener(s), investor: none };
      let ref = subjectOf(s, t.token);
      // "Stratolink is in early talks with investors to raise …": the subject of the verb before "to".
      if (ref.kind === 'none' && /^to$/i.test(s.tokens[t.token - 1]?.text ?? '')) {
        const aux = s.tokens
          .slice(0, t.token)
          .findLastIndex((k) =>
            /^(?:is|are|was|were|has|have|had|will|would|hopes|plans|wants|aims|looks|nears|nearing)$/i.test(k.text),
          );
        if (aux > 0 && !s.tokens.slice(aux, t.token).some((k) => k.text === ',')) ref = subjectOf(s, aux);
      }
      if (ref.kind === 'none') {
        const noun = ROUND_NOUN.exec(s.text.slice(t.end, scopeEnd));
        if (noun) ref = ownerBefore(s, tokenAt(s.tokens, t.end + noun.index));
        if (ref.kind === 'none') ref = pronounOwner(s.text.slice(t.end, noun ? t.end + noun.index : scopeEnd)) ?? none;
      }
      return { ref, investor: none };
    }
  }
}

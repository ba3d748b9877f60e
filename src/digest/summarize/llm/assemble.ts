// The model's answer → a SummaryResult that passes the faithfulness gate line by line: each
// takeaway against the sentences it cites, the TL;DR against the whole story. A failing line
// gives way to extractive text; an answer that fails in most lines is not used at all.
import type { Logger } from '../../../log.js';
import { checkFaithful } from '../../faithfulness/check.js';
import { wordCount } from '../../../text/tokens.js';
import { MIN_TAKEAWAYS, MAX_TAKEAWAYS, TLDR_MAX_WORDS, type SummaryInput, type SummaryResult, type Takeaway } from '../types.js';
import { LlmFailure } from './failure.js';
import type { LlmOutput } from './output.js';
import type { NumberedSentence } from './prompt.js';

interface Story {
  input: SummaryInput;
  sentences: NumberedSentence[];
  extractive: SummaryResult;
  log: Logger;
}

function unknownIds(output: LlmOutput, known: Map<string, NumberedSentence>): string[] {
  return [...new Set(output.takeaways.flatMap((t) => t.sentenceIds).filter((id) => !known.has(id)))];
}

/** Rejected lines give way to extractive takeaways (ones citing none of the kept sentences) only while fewer than the minimum remain. */
function fill(slots: (Takeaway | null)[], extractive: Takeaway[]): Takeaway[] {
  const kept = slots.filter((t): t is Takeaway => t !== null);
  const cited = new Set(kept.flatMap((t) => t.sentenceIds ?? []));
  const spare = extractive.filter((t) => !(t.sentenceIds ?? []).some((id) => cited.has(id)));
  let need = Math.max(0, MIN_TAKEAWAYS - kept.length);
  const out: Takeaway[] = [];
  for (const slot of slots) {
    if (slot) out.push(slot);
    else if (need > 0 && spare.length > 0) {
      out.push(spare.shift()!);
      need--;
    }
  }
  while (need-- > 0 && spare.length > 0) out.push(spare.shift()!);
  return out;
}

export function assemble(output: LlmOutput, story: Story): SummaryResult {
  const { input, sentences, extractive, log } = story;
  const byId = new Map(sentences.map((s) => [s.id, s]));
  const unknown = unknownIds(output, byId);
  if (unknown.length > 0)
    throw new LlmFailure('unknown_sentence', `the model cited sentences the story does not have: ${unknown.join(', ')}`);

  const storyIds = input.articles.map((a) => a.id);
  const rejected = (line: string, text: string, why: Record<string, unknown>) =>
    log.warn({ reason: 'unfaithful', story: storyIds, line, text, ...why }, `LLM ${line} rejected; extractive text used instead`);

  const everything = input.articles.map((a) => [a.title ?? '', a.text].join('\n'));
  const tldrCheck = checkFaithful(output.tldr, everything);
  const tldrWords = wordCount(output.tldr);
  const tldrOk = tldrCheck.ok && tldrWords <= TLDR_MAX_WORDS;
  if (!tldrCheck.ok) rejected('TL;DR', output.tldr, { unsupported: tldrCheck.unsupported });
  else if (!tldrOk) rejected('TL;DR', output.tldr, { words: tldrWords, maxWords: TLDR_MAX_WORDS });

  const offered = output.takeaways.slice(0, MAX_TAKEAWAYS);
  const slots = offered.map((t, i): Takeaway | null => {
    const cited = t.sentenceIds.map((id) => byId.get(id)!);
    const check = checkFaithful(
      t.text,
      cited.map((s) => s.text),
    );
    if (!check.ok) {
      rejected(`takeaway ${i + 1}`, t.text, { sentenceIds: t.sentenceIds, unsupported: check.unsupported });
      return null;
    }
    const sources = storyIds.filter((id) => cited.some((s) => s.articleId === id));
    return { text: t.text, sources, sentenceIds: [...new Set(t.sentenceIds)] };
  });

  const passed = (tldrOk ? 1 : 0) + slots.filter(Boolean).length;
  if (passed * 2 < 1 + offered.length) {
    throw new LlmFailure('unusable', `only ${passed} of ${1 + offered.length} lines of the model's answer passed the checks`);
  }
  const takeaways = fill(slots, extractive.takeaways);
  return tldrOk
    ? { tldr: output.tldr, takeaways }
    : {
        tldr: extractive.tldr,
        takeaways,
        ...(extractive.tldrSentenceIds ? { tldrSentenceIds: extractive.tldrSentenceIds } : {}),
      };
}

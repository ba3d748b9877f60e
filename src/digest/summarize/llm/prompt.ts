// What the model is asked: the story as numbered sentences (ids as the extractive summarizer
// uses them), and rules that make its answer checkable: every takeaway cites its sentences.
import { prepareCandidates } from '../prepare.js';
import { MAX_TAKEAWAYS, MIN_TAKEAWAYS, TLDR_MAX_WORDS, type SummaryArticle } from '../types.js';

/** Changes whenever the wording below changes, so cached answers to the old prompt are not reused. */
export const PROMPT_VERSION = 'digest-1';
/** Sentences beyond this much text are left out, each article's lead kept first. */
const MAX_INPUT_CHARS = 16_000;

export interface NumberedSentence {
  /** `<articleId>#<index in splitSentences(text)>`. */
  id: string;
  articleId: string;
  text: string;
}

export interface Prompt {
  system: string;
  user: string;
}

/** The usable sentences of the story (page furniture and fragments dropped), within the input cap. */
export function numberSentences(articles: SummaryArticle[]): NumberedSentence[] {
  const candidates = prepareCandidates(articles);
  const leadFirst = [...candidates].sort((a, b) => a.position - b.position || a.article - b.article);
  const kept = new Set<string>();
  let chars = 0;
  for (const c of leadFirst) {
    chars += c.text.length;
    if (chars > MAX_INPUT_CHARS) break;
    kept.add(c.id);
  }
  return candidates.filter((c) => kept.has(c.id)).map((c) => ({ id: c.id, articleId: c.articleId, text: c.text }));
}

const SYSTEM = [
  'You write one entry of a news briefing from the numbered sentences of one story (one or more articles).',
  'Answer with JSON only, exactly this shape:',
  '{"tldr": string, "takeaways": [{"text": string, "sentenceIds": [string]}]}',
  `tldr: what happened, in at most ${TLDR_MAX_WORDS} words.`,
  `takeaways: ${MIN_TAKEAWAYS} to ${MAX_TAKEAWAYS} key facts, most important first, each one plain sentence;`,
  'fewer only when the story states fewer facts.',
  'sentenceIds: the ids of the sentences that state the takeaway, written exactly as given (like "a1#3").',
  'Use only what the sentences state. Every number, name and quotation you write must appear in the',
  'sentences you cite, written the same way. Add no outside knowledge, no opinion, no speculation.',
].join('\n');

export function buildPrompt(articles: SummaryArticle[], sentences: NumberedSentence[]): Prompt {
  const blocks = articles.flatMap((a) => {
    const own = sentences.filter((s) => s.articleId === a.id);
    if (own.length === 0) return [];
    const head = a.title ? `Article ${a.id}: ${a.title}` : `Article ${a.id}`;
    return [[head, ...own.map((s) => `[${s.id}] ${s.text}`)].join('\n')];
  });
  return { system: SYSTEM, user: blocks.join('\n\n') };
}

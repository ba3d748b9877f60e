// Input articles → candidate sentences with everything the ranker needs to know about each.
import { leavesQuoteOpen, splitSentences } from '../../text/sentences.js';
import { terms, wordCount } from '../../text/tokens.js';
import { isFurniture, looksLikeCaption, stripDateline } from './boilerplate.js';
import { opensDangling } from './dangling.js';
import type { SummaryArticle } from './types.js';

export interface Candidate {
  /** `<articleId>#<sentence index>`. */
  id: string;
  articleId: string;
  /** Index of the article in the input. */
  article: number;
  /** Index among the article's kept sentences (furniture removed): the position the prior reads. */
  position: number;
  /** Id of the sentence right before it in the source, when that one was kept. */
  previousId: string | null;
  text: string;
  words: number;
  terms: string[];
  termSet: Set<string>;
  dangling: boolean;
  caption: boolean;
  question: boolean;
}

const MIN_WORDS = 5;
/** A closing quote left at the start of a sentence by the split (it closed the sentence before). */
const STRAY_CLOSER = /^[’”]\s+/;
const sameText = (a: string, b: string) => a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, '');

/** A quotation of several sentences is one candidate up to this many sentences and words; a longer one is left split. */
const QUOTE_MAX_SENTENCES = 4;
const QUOTE_MAX_WORDS = 90;

/**
 * The article's sentences, a quotation that runs over several of them kept whole ("“We all saw …
 * left. These atrocities … unanswered,” she said."): shown alone, its first sentence would open a
 * quote that never closes and its last would close one never opened. The id is the first's.
 */
function sentenceSpans(text: string): { text: string; index: number }[] {
  const sentences = splitSentences(text);
  const out: { text: string; index: number }[] = [];
  for (let i = 0; i < sentences.length; i++) {
    let j = i;
    if (leavesQuoteOpen(sentences[i]!.text)) {
      let k = i;
      let joined = sentences[i]!.text;
      while (k + 1 < sentences.length && k + 1 - i < QUOTE_MAX_SENTENCES && leavesQuoteOpen(joined)) {
        k++;
        joined = text.slice(sentences[i]!.start, sentences[k]!.end);
      }
      if (!leavesQuoteOpen(joined) && wordCount(joined) <= QUOTE_MAX_WORDS) j = k;
    }
    out.push({
      text: j === i ? sentences[i]!.text : text.slice(sentences[i]!.start, sentences[j]!.end).replace(/\s+/g, ' '),
      index: i,
    });
    i = j;
  }
  return out;
}

export function prepareCandidates(articles: SummaryArticle[]): Candidate[] {
  const out: Candidate[] = [];
  articles.forEach((article, a) => {
    let position = 0;
    let previous: Candidate | null = null;
    sentenceSpans(article.text).forEach((sentence) => {
      const { index } = sentence;
      const text = (position === 0 ? stripDateline(sentence.text) : sentence.text).replace(STRAY_CLOSER, '');
      const words = wordCount(text);
      const keep = words >= MIN_WORDS && !isFurniture(text) && !(index === 0 && article.title && sameText(text, article.title));
      if (!keep) {
        previous = null;
        return;
      }
      const sentenceTerms = terms(text);
      const candidate: Candidate = {
        id: `${article.id}#${index}`,
        articleId: article.id,
        article: a,
        position: position++,
        previousId: previous?.id ?? null,
        text,
        words,
        terms: sentenceTerms,
        termSet: new Set(sentenceTerms),
        dangling: opensDangling(text),
        caption: looksLikeCaption(text),
        question: /\?["”'’)\s]*$/.test(text),
      };
      out.push(candidate);
      previous = candidate;
    });
  });
  return out;
}

// Input articles → candidate sentences with everything the ranker needs to know about each.
import { splitSentences } from '../../text/sentences.js';
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

export function prepareCandidates(articles: SummaryArticle[]): Candidate[] {
  const out: Candidate[] = [];
  articles.forEach((article, a) => {
    let position = 0;
    let previous: Candidate | null = null;
    splitSentences(article.text).forEach((sentence, index) => {
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

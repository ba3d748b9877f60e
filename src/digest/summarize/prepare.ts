// Input articles → candidate sentences with everything the ranker needs to know about each.
import { leavesQuoteOpen, openQuotes, quoteBalance, splitSentences } from '../../text/sentences.js';
import { terms, wordCount } from '../../text/tokens.js';
import { isVisualPost } from '../../text/headline.js';
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
  /** Source sentences it holds: more than one for a quotation kept whole. */
  sentences: number;
  /** Part of a quotation too long to keep whole: it opens a quote it does not close, or closes one it did not open. */
  quoteFragment: boolean;
  dangling: boolean;
  caption: boolean;
  question: boolean;
}

const MIN_WORDS = 5;
/** A closing quote left at the start of a sentence by the split (it closed the sentence before). */
const STRAY_CLOSER = /^[’”]\s+/;
const squashed = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
/**
 * The headline again, alone or with the outlet after it: an aggregator's description ("Nimbara
 * outage hits Japan payments Uptime Gazette") repeats its item's title and names the outlet.
 */
const sameText = (text: string, title: string) => {
  const [t, h] = [squashed(text), squashed(title)];
  return (
    t === h ||
    (h.length >= 20 && t.startsWith(h) && /^(?:\s*\p{Lu}[\p{L}.&'’-]*){1,4}\.?$/u.test(text.trim().slice(title.trim().length)))
  );
};

/**
 * A quotation of several sentences is one candidate up to this many sentences and words (the
 * shortest line a digest shows, so no line cuts it); a longer one is left split.
 */
const QUOTE_MAX_SENTENCES = 4;
const QUOTE_MAX_WORDS = 40;

interface Span {
  text: string;
  /** Index of its first sentence in splitSentences(text). */
  index: number;
  sentences: number;
}

/**
 * The article's sentences, a quotation that runs over several of them in one paragraph kept whole
 * ("“We all saw … left. These atrocities … unanswered,” she said."): shown alone, its first
 * sentence would open a quote that never closes and its last would close one never opened.
 */
function sentenceSpans(text: string): Span[] {
  const sentences = splitSentences(text);
  const out: Span[] = [];
  for (let i = 0; i < sentences.length; i++) {
    let j = i;
    if (leavesQuoteOpen(sentences[i]!.text)) {
      let k = i;
      while (
        k + 1 < sentences.length &&
        k + 1 - i < QUOTE_MAX_SENTENCES &&
        openQuotes(text.slice(sentences[i]!.start, sentences[k]!.end)) > 0 &&
        !/\n\s*\n/.test(text.slice(sentences[k]!.end, sentences[k + 1]!.start))
      )
        k++;
      const quote = text.slice(sentences[i]!.start, sentences[k]!.end);
      if (k > i && openQuotes(quote) === 0 && wordCount(quote) <= QUOTE_MAX_WORDS) j = k;
    }
    const joined = j === i ? sentences[i]!.text : text.slice(sentences[i]!.start, sentences[j]!.end).replace(/\s+/g, ' ');
    out.push({ text: joined, index: i, sentences: j - i + 1 });
    i = j;
  }
  return out;
}

function quoteFragment(text: string): boolean {
  const { open, unopened } = quoteBalance(text);
  return open > 0 || unopened > 0;
}

export function prepareCandidates(articles: SummaryArticle[]): Candidate[] {
  const out: Candidate[] = [];
  // A video's or a gallery's description tells its pictures: no line of a story that has a report.
  const reported = articles.some((a) => !isVisualPost(a.title ?? ''));
  articles.forEach((article, a) => {
    if (reported && isVisualPost(article.title ?? '')) return;
    let position = 0;
    let previous: Candidate | null = null;
    sentenceSpans(article.text).forEach((sentence) => {
      const { index, sentences } = sentence;
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
        sentences,
        quoteFragment: quoteFragment(text),
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

// The summarizer contract: the extractive default implements it, and so does the optional LLM one.

/** One article to summarize; a group of several is one story told by several sources. */
export interface SummaryArticle {
  id: string;
  title?: string;
  /** Plain text (tags already stripped). */
  text: string;
  url?: string;
  /** ISO-8601. */
  published?: string;
}

export interface SummaryInput {
  articles: SummaryArticle[];
}

export interface Takeaway {
  text: string;
  /** Ids of every article that states this fact (at least the one it was taken from). */
  sources: string[];
  /** Source sentences as `<articleId>#<sentence index in splitSentences(text)>`: copied (extractive) or cited (LLM). */
  sentenceIds?: string[];
}

export interface SummaryResult {
  /** At most 60 words. */
  tldr: string;
  /** Three to six, most important first (fewer only when the input has fewer usable sentences). */
  takeaways: Takeaway[];
  /** Source sentences of the TL;DR, in the order it uses them; extractive summaries only. */
  tldrSentenceIds?: string[];
}

export interface Summarizer {
  summarize(input: SummaryInput): Promise<SummaryResult>;
}

export const TLDR_MAX_WORDS = 60;
export const MIN_TAKEAWAYS = 3;
export const MAX_TAKEAWAYS = 6;

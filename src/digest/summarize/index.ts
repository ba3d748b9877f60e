// The summarizer module's surface: the contract and its extractive implementation.
export { extractiveSummarizer, summarizeExtractive } from './extractive.js';
export type { Summarizer, SummaryArticle, SummaryInput, SummaryResult, Takeaway } from './types.js';
export { MAX_TAKEAWAYS, MIN_TAKEAWAYS, TLDR_MAX_WORDS } from './types.js';

// The summarizer module's surface: the contract, its extractive implementation, the optional
// LLM one, and the factory that picks between them from the configuration.
export { extractiveSummarizer, summarizeExtractive } from './extractive.js';
export { summarizerFor } from './factory.js';
export { createTokenBudget, type TokenBudget } from './llm/budget.js';
export type { LlmCache } from './llm/cache.js';
export { createLlmSummarizer, type LlmDeps, type SummarizerConfig } from './llm/summarizer.js';
export type { Summarizer, SummaryArticle, SummaryInput, SummaryResult, Takeaway } from './types.js';
export { MAX_TAKEAWAYS, MIN_TAKEAWAYS, TLDR_MAX_WORDS } from './types.js';

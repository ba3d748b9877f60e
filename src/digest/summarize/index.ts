// The summarizer module's surface: the contract, its extractive implementation, the optional
// LLM one, and the factory that picks between them from the configuration.
export { extractiveSummarizer, summarizeExtractive } from './extractive.js';
export { summarizerFor } from './factory.js';
export { createTokenBudget, type TokenBudget } from './llm/budget.js';
export type { LlmCache } from './llm/cache.js';
export type { Provider } from './llm/dialects.js';
export { probeEndpoint } from './llm/probe.js';
export { breakerFor, createLlmSummarizer, type SummarizerConfig } from './llm/summarizer.js';
export type { Summarizer, SummaryArticle, SummaryInput, SummaryResult } from './types.js';

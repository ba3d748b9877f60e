// Which summarizer a configuration asks for: extractive by default, an LLM one when configured
// (which still falls back to extractive text whenever its answer cannot be used).
import { extractiveSummarizer } from './extractive.js';
import { createLlmSummarizer, type LlmDeps, type SummarizerConfig } from './llm/summarizer.js';
import type { Summarizer } from './types.js';

export function summarizerFor(config: SummarizerConfig, deps: LlmDeps): Summarizer {
  return config.provider === 'extractive' ? extractiveSummarizer : createLlmSummarizer(config, deps);
}

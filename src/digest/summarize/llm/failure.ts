// Why an LLM summary was not used. Every reason ends in the extractive summary, logged.
import { AppError } from '../../../errors.js';

export type FailureReason =
  | 'network'
  | 'timeout'
  | 'http'
  | 'rate_limited'
  | 'bad_response'
  | 'malformed_json'
  | 'schema'
  | 'unknown_sentence'
  | 'budget'
  | 'deadline'
  | 'circuit_open'
  | 'unusable';

export class LlmFailure extends AppError {
  readonly reason: FailureReason;
  constructor(reason: FailureReason, message: string, cause?: unknown) {
    super('SUMMARIZER_FAILED', message, { cause, retryable: reason === 'network' || reason === 'timeout' });
    this.name = 'LlmFailure';
    this.reason = reason;
  }
}

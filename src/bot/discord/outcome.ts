// discord.js REST errors as HTTP outcomes for the outbox's classifier.
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { errorMessage } from '../../errors.js';
import type { HttpOutcome } from '../outbox/classify.js';

export function discordErrorOutcome(err: unknown): HttpOutcome {
  if (err instanceof RateLimitError)
    return { status: 429, retryAfterMs: err.retryAfter, detail: `rate limited (${err.scope}, ${err.route})` };
  if (err instanceof DiscordAPIError) return { status: err.status, detail: `${err.code} ${err.message}` };
  if (err instanceof HTTPError) return { status: err.status, detail: err.message };
  // Aborted, timed out, connection cut: no answer, so the message may exist.
  return { status: null, detail: errorMessage(err) };
}

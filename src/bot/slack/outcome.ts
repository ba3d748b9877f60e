// Slack's errors as HTTP outcomes for the outbox's classifier. Slack answers most refusals with
// HTTP 200 and `ok: false`; the codes that mean "this channel refuses us" become 403/404.
import { webApi } from '@slack/bolt';
import type { HttpOutcome } from '../outbox/classify.js';

const CODE_STATUS: Record<string, number> = {
  channel_not_found: 404,
  not_in_channel: 403,
  is_archived: 403,
  restricted_action: 403,
  access_denied: 403,
  missing_scope: 403,
  no_permission: 403,
  team_access_not_granted: 403,
  ekm_access_denied: 403,
  invalid_auth: 401,
  not_authed: 401,
  account_inactive: 401,
  token_revoked: 401,
  token_expired: 401,
  ratelimited: 429,
  internal_error: 500,
  fatal_error: 500,
  service_unavailable: 503,
  request_timeout: 504,
};

export function slackErrorOutcome(err: unknown): HttpOutcome {
  const e = err as { code?: string; data?: { error?: string }; statusCode?: number; retryAfter?: number; message?: string };
  switch (e.code) {
    case webApi.ErrorCode.RateLimitedError:
      return { status: 429, retryAfterMs: (e.retryAfter ?? 1) * 1000, detail: 'ratelimited' };
    case webApi.ErrorCode.PlatformError: {
      const code = e.data?.error ?? 'unknown_error';
      return { status: CODE_STATUS[code] ?? 400, detail: code };
    }
    case webApi.ErrorCode.HTTPError:
      return { status: e.statusCode ?? 500, detail: `HTTP ${e.statusCode ?? '?'}` };
    default:
      // Network failures, timeouts, a cut connection: no answer, so the post may have landed.
      return { status: null, detail: e.message ?? String(err) };
  }
}

import { describe, expect, it } from 'vitest';
import { classify, retryDelayMs, DEFAULT_RETRY_AFTER_MS, type Verdict } from '../../../../src/bot/outbox/classify.js';
import { slackErrorOutcome } from '../../../../src/bot/slack/outcome.js';
import { discordErrorOutcome } from '../../../../src/bot/discord/outcome.js';
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { webApi } from '@slack/bolt';

describe('classify', () => {
  const table: [number | null, number | undefined, Verdict][] = [
    [200, undefined, { kind: 'sent' }],
    [201, undefined, { kind: 'sent' }],
    [204, undefined, { kind: 'sent' }],
    [429, 2500, { kind: 'rate_limited', retryAfterMs: 2500 }],
    [429, undefined, { kind: 'rate_limited', retryAfterMs: DEFAULT_RETRY_AFTER_MS }],
    [403, undefined, { kind: 'rejected', destinationGone: true }],
    [404, undefined, { kind: 'rejected', destinationGone: true }],
    [400, undefined, { kind: 'rejected', destinationGone: false }],
    [413, undefined, { kind: 'rejected', destinationGone: false }],
    [422, undefined, { kind: 'rejected', destinationGone: false }],
    [401, undefined, { kind: 'retry', maybePosted: false }],
    [408, undefined, { kind: 'retry', maybePosted: false }],
    [500, undefined, { kind: 'retry', maybePosted: true }],
    [502, undefined, { kind: 'retry', maybePosted: true }],
    [503, 1000, { kind: 'retry', maybePosted: true }],
    [null, undefined, { kind: 'retry', maybePosted: true }],
    [302, undefined, { kind: 'retry', maybePosted: true }],
  ];
  it.each(table)('status %s (Retry-After %s ms) → %o', (status, retryAfterMs, verdict) => {
    expect(classify({ status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) })).toEqual(verdict);
  });

  it('backs off 30 s × 2^(n-1), capped at an hour', () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((n) => retryDelayMs(n))).toEqual([
      30_000, 60_000, 120_000, 240_000, 1_920_000, 3_600_000, 3_600_000,
    ]);
  });
});

describe('platform errors as outcomes', () => {
  const slackPlatform = (error: string) =>
    Object.assign(new Error(error), { code: webApi.ErrorCode.PlatformError, data: { ok: false, error } });
  it.each([
    [slackPlatform('channel_not_found'), 404],
    [slackPlatform('not_in_channel'), 403],
    [slackPlatform('is_archived'), 403],
    [slackPlatform('invalid_blocks'), 400],
    [slackPlatform('invalid_auth'), 401],
    [slackPlatform('internal_error'), 500],
    [Object.assign(new Error('x'), { code: webApi.ErrorCode.HTTPError, statusCode: 503 }), 503],
    [Object.assign(new Error('x'), { code: webApi.ErrorCode.RateLimitedError, retryAfter: 7 }), 429],
    [Object.assign(new Error('socket hang up'), { code: webApi.ErrorCode.RequestError }), null],
  ])('Slack %s → %s', (err, status) => {
    const o = slackErrorOutcome(err);
    expect(o.status).toBe(status);
    if (status === 429) expect(o.retryAfterMs).toBe(7000);
  });

  it('maps discord.js errors', () => {
    const req = { body: undefined, files: undefined };
    expect(
      discordErrorOutcome(new DiscordAPIError({ code: 10003, message: 'Unknown Channel' }, 10003, 404, 'POST', '/x', req)).status,
    ).toBe(404);
    expect(discordErrorOutcome(new HTTPError(502, 'Bad Gateway', 'POST', '/x', req)).status).toBe(502);
    const rl = new RateLimitError({
      timeToReset: 1,
      limit: 5,
      method: 'POST',
      hash: 'h',
      url: '/x',
      route: '/x',
      majorParameter: '1',
      global: false,
      retryAfter: 1500,
      sublimitTimeout: 0,
      scope: 'user',
    });
    expect(discordErrorOutcome(rl)).toMatchObject({ status: 429, retryAfterMs: 1500 });
    expect(discordErrorOutcome(new Error('other side closed')).status).toBeNull();
  });
});

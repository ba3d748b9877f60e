// Whether a Slack user is a workspace admin or owner, asked of users.info only when an admin
// action needs it. The check has its own Web API client: no retries and a short timeout, so a
// Slack outage refuses the admin action at once instead of holding the command (answers are
// cached for ten minutes).
import { webApi } from '@slack/bolt';
import { errorMessage, userError } from '../../errors.js';
import { MINUTE, SECOND } from '../../time.js';
import { within } from '../commands/deadline.js';

/** users.info gets this long; the command's acknowledgement budget is 2 s. */
export const ADMIN_CHECK_MS = 1.5 * SECOND;
const ADMIN_CACHE_MS = 10 * MINUTE;

export function adminCheckClient(token: string, apiUrl: string, logger: webApi.Logger): webApi.WebClient {
  return new webApi.WebClient(token, {
    slackApiUrl: apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: ADMIN_CHECK_MS,
    logger,
  });
}

/** A check per user id: resolves true or false, or rejects with a user error saying Slack could not tell. */
export function slackAdminCheck(client: webApi.WebClient, now: () => number = Date.now): (userId: string) => Promise<boolean> {
  const cache = new Map<string, { admin: boolean; until: number }>();
  return async (userId) => {
    const hit = cache.get(userId);
    if (hit && hit.until > now()) return hit.admin;
    try {
      const r = await within(client.users.info({ user: userId }), ADMIN_CHECK_MS);
      if (r === undefined) throw new Error(`no answer within ${ADMIN_CHECK_MS / SECOND} s`);
      const admin = r.user?.is_admin === true || r.user?.is_owner === true;
      cache.set(userId, { admin, until: now() + ADMIN_CACHE_MS });
      return admin;
    } catch (err) {
      throw userError(
        'PLATFORM_ERROR',
        `Slack could not confirm that you are a workspace admin just now (users.info: ${errorMessage(err)}). ` +
          'Try again in a minute; an operator can also list your user id in DIGESTBOT_SLACK_ADMINS.',
      );
    }
  };
}

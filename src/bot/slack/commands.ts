// Slack slash commands: the request is acknowledged within the budget; a quick answer rides on the
// acknowledgement, a slow one follows through response_url. Replies are private or public as the
// handler decides.
import type { App, SlashCommand, webApi } from '@slack/bolt';
import type { Logger } from '../../log.js';
import { ACK_BUDGET_MS, within } from '../commands/deadline.js';
import { answer } from '../commands/failure.js';
import type { CommandHandler, CommandInvocation } from '../commands/types.js';
import { slackReply } from './reply.js';

export function invocationFromSlack(c: SlashCommand, platformAdmin: boolean): CommandInvocation {
  return {
    platform: 'slack',
    command: c.command.replace(/^\//, ''),
    subcommand: null,
    options: {},
    text: c.text.trim(),
    userId: c.user_id,
    channelId: c.channel_id,
    platformAdmin,
  };
}

const ADMIN_CACHE_MS = 10 * 60_000;

/** Workspace admins and owners, from users.info (cached; false when Slack cannot say). */
function adminCheck(log: Logger): (client: webApi.WebClient, userId: string) => Promise<boolean> {
  const cache = new Map<string, { admin: boolean; until: number }>();
  return async (client, userId) => {
    const hit = cache.get(userId);
    if (hit && hit.until > Date.now()) return hit.admin;
    try {
      const r = await client.users.info({ user: userId });
      const admin = r.user?.is_admin === true || r.user?.is_owner === true;
      cache.set(userId, { admin, until: Date.now() + ADMIN_CACHE_MS });
      return admin;
    } catch (err) {
      log.warn({ err, userId }, 'users.info failed; treating the user as a non-admin');
      return false;
    }
  };
}

export function registerSlashCommands(app: App, handler: CommandHandler, log: Logger, budgetMs = ACK_BUDGET_MS): void {
  const isAdmin = adminCheck(log);
  app.command(/^\/.+/, async ({ command, ack, respond, client }) => {
    const work = (async () => {
      const inv = invocationFromSlack(command, await isAdmin(client, command.user_id));
      return answer(
        () => handler(inv),
        (err) => log.error({ err, command: inv.command }, 'command failed'),
      );
    })();
    const quick = await within(work, budgetMs);
    if (quick) {
      await ack(slackReply(quick));
      return;
    }
    await ack();
    await respond(slackReply(await work));
  });
}

// Slack slash commands: the request is acknowledged within the budget; a quick answer rides on the
// acknowledgement, a slow one follows through response_url. Replies are private or public as the
// handler decides.
import type { App, SlashCommand } from '@slack/bolt';
import type { Logger } from '../../log.js';
import { ACK_BUDGET_MS, within } from '../commands/deadline.js';
import { answer } from '../commands/failure.js';
import type { CommandHandler, CommandInvocation } from '../commands/types.js';
import { slackReply } from './reply.js';

export function invocationFromSlack(c: SlashCommand, isAdmin: (userId: string) => Promise<boolean>): CommandInvocation {
  return {
    platform: 'slack',
    command: c.command.replace(/^\//, ''),
    subcommand: null,
    options: {},
    text: c.text.trim(),
    userId: c.user_id,
    channelId: c.channel_id,
    platformAdmin: () => isAdmin(c.user_id),
  };
}

/** `isAdmin` is asked only when an admin action needs it (see admin-check.ts). */
export function registerSlashCommands(
  app: App,
  handler: CommandHandler,
  isAdmin: (userId: string) => Promise<boolean>,
  log: Logger,
  budgetMs = ACK_BUDGET_MS,
): void {
  app.command(/^\/.+/, async ({ command, ack, respond }) => {
    const inv = invocationFromSlack(command, isAdmin);
    const work = answer(
      () => handler(inv),
      (err) => log.error({ err, command: inv.command }, 'command failed'),
    );
    const quick = await within(work, budgetMs);
    if (quick) {
      await ack(slackReply(quick));
      return;
    }
    await ack();
    await respond(slackReply(await work));
  });
}

// A Discord slash-command interaction, from the HTTP endpoint or the gateway: turned into a
// neutral CommandInvocation, answered directly when the handler is quick, otherwise deferred
// (type 5) and completed by editing the original response through the webhook endpoint.
import {
  ApplicationCommandOptionType,
  InteractionResponseType,
  PermissionFlagsBits,
  Routes,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
  type APIInteractionResponse,
  REST,
} from 'discord.js';
import type { Logger } from '../../log.js';
import { ACK_BUDGET_MS, within } from '../commands/deadline.js';
import { answer } from '../commands/failure.js';
import type { CommandHandler, CommandInvocation, OptionValue } from '../commands/types.js';
import { withAttachmentUrls } from './attachments.js';
import { discordReply, discordReplyFiles } from './reply.js';
import { restOptions } from './rest.js';

function flatten(options: APIApplicationCommandInteractionDataOption[] | undefined): {
  sub: string[];
  values: Record<string, OptionValue>;
} {
  const sub: string[] = [];
  const values: Record<string, OptionValue> = {};
  for (const o of options ?? []) {
    if (o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup) {
      const inner = flatten(o.options);
      sub.push(o.name, ...inner.sub);
      Object.assign(values, inner.values);
    } else if ('value' in o) values[o.name] = o.value;
  }
  return { sub, values };
}

const ADMIN_BITS = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator;

export function invocationFromInteraction(i: APIChatInputApplicationCommandInteraction): CommandInvocation {
  const { sub, values } = flatten(i.data.options);
  const perms = i.member?.permissions;
  const admin = perms !== undefined && (BigInt(perms) & ADMIN_BITS) !== 0n;
  return {
    platform: 'discord',
    command: i.data.name,
    subcommand: sub.length > 0 ? sub.join(' ') : null,
    options: withAttachmentUrls(i, values),
    text: null,
    userId: i.member?.user.id ?? i.user?.id ?? '',
    channelId: i.channel?.id ?? i.channel_id ?? '',
    platformAdmin: async () => admin,
  };
}

/** REST for completing interactions (webhook calls need no token; the gateway's callbacks neither). */
export function interactionRest(apiUrl: string, token?: string): REST {
  const rest = new REST(restOptions(apiUrl));
  return token ? rest.setToken(token) : rest;
}

export interface InteractionDeps {
  handler: CommandHandler;
  /** For the webhook calls that complete a deferred answer. */
  rest: REST;
  applicationId: string;
  log: Logger;
  budgetMs?: number;
  /** True the first time an inbound key is seen (store/inbound-events.ts): a command runs once per interaction id. */
  firstSighting: (key: string) => Promise<boolean>;
}

/** False (and logged) when this interaction id was seen before: a replay, or the gateway delivering it twice. */
export async function firstDelivery(i: { id: string }, deps: InteractionDeps): Promise<boolean> {
  if (await deps.firstSighting(`discord:${i.id}`)) return true;
  deps.log.info({ interaction: i.id }, 'Discord interaction already handled; not run again');
  return false;
}

/** Answers the interaction; `initial` sends the first response (the HTTP answer, or the gateway's callback). */
export async function answerCommand(
  i: APIChatInputApplicationCommandInteraction,
  deps: InteractionDeps,
  initial: (r: APIInteractionResponse) => Promise<void>,
): Promise<void> {
  const inv = invocationFromInteraction(i);
  const work = answer(
    () => deps.handler(inv),
    (err) => deps.log.error({ err, command: inv.command }, 'command failed'),
  );
  const quick = await within(work, deps.budgetMs ?? ACK_BUDGET_MS);
  // A reply with a file goes through the webhook, which takes uploads.
  if (quick && !quick.file) return initial({ type: InteractionResponseType.ChannelMessageWithSource, data: discordReply(quick) });
  await initial({ type: InteractionResponseType.DeferredChannelMessageWithSource });
  const reply = quick ?? (await work);
  const { flags: _flags, ...body } = discordReply(reply);
  const files = discordReplyFiles(reply);
  try {
    if (reply.private) {
      // The deferred response is public and cannot become ephemeral: replace it with a private follow-up.
      await deps.rest.delete(Routes.webhookMessage(deps.applicationId, i.token, '@original'), { auth: false });
      await deps.rest.post(Routes.webhook(deps.applicationId, i.token), { body: discordReply(reply), files, auth: false });
    } else {
      await deps.rest.patch(Routes.webhookMessage(deps.applicationId, i.token, '@original'), { body, files, auth: false });
    }
  } catch (err) {
    deps.log.error({ err, command: inv.command }, 'could not complete a deferred Discord answer');
  }
}

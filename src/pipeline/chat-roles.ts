// The chat roles, composed from configuration: posters for the outbox (Slack, Discord, console),
// the inbound routes and connections for slash commands, and the admin alert channel.
import type { Config } from '../config.js';
import type { Route } from '../http/server.js';
import type { Logger } from '../log.js';
import { firstSighting, INBOUND_MEMORY_MS } from '../store/inbound-events.js';
import type { Db } from '../store/store.js';
import { spelledFor } from '../bot/commands/catalog.js';
import type { CommandHandler } from '../bot/commands/types.js';
import { consolePoster } from '../bot/console/poster.js';
import { leasedRole } from '../runtime/leased-role.js';
import type { Posters } from '../bot/outbox/poster.js';

export interface ChatRoles {
  posters: Posters;
  routes: Route[];
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Posters for every configured platform; with `commands`, the inbound side as well (HTTP routes, Socket Mode, gateway). */
export async function createChatRoles(
  config: Config,
  deps: { db: Db; log: Logger; commands: CommandHandler | null; owner: string },
): Promise<ChatRoles> {
  const posters: Posters = { console: consolePoster() };
  const routes: Route[] = [];
  const starts: (() => Promise<void>)[] = [];
  const stops: (() => Promise<void>)[] = [];
  const { slack, discord } = config;
  // Each platform's SDK loads only when that platform is configured (issue 20: discord.js alone is
  // 1,028 modules and about a second of CPU).
  if (slack.botToken) {
    const [{ createSlackRole }, { slackLogger }, { outboxWebClient, slackPoster }] = await Promise.all([
      import('../bot/slack/app.js'),
      import('../bot/slack/logger.js'),
      import('../bot/slack/poster.js'),
    ]);
    posters.slack = slackPoster(outboxWebClient(slack.botToken, slack.apiUrl, slackLogger(deps.log)));
    if (deps.commands) {
      const role = await createSlackRole(slack, { handler: deps.commands, db: deps.db, log: deps.log });
      if (role.route) routes.push(role.route);
      starts.push(role.start);
      stops.push(role.stop);
    }
  }
  if (discord.token) {
    const { discordPoster, outboxRest } = await import('../bot/discord/poster.js');
    posters.discord = discordPoster(outboxRest(discord.token, discord.apiUrl));
  }
  if (deps.commands && discord.applicationId) {
    const [{ createDiscordGateway }, { discordInteractionsRoute }, { interactionRest }] = await Promise.all([
      import('../bot/discord/gateway.js'),
      import('../bot/discord/http-interactions.js'),
      import('../bot/discord/interaction.js'),
    ]);
    const rest = interactionRest(discord.apiUrl, discord.token);
    const interactionDeps = {
      handler: deps.commands,
      rest,
      applicationId: discord.applicationId,
      log: deps.log,
      firstSighting: (key: string) => firstSighting(deps.db, key, Date.now(), INBOUND_MEMORY_MS, { log: deps.log }),
    };
    if (discord.publicKey) routes.push(discordInteractionsRoute(discord.publicKey, interactionDeps));
    if (discord.token && discord.gateway) {
      // One gateway connection across replicas, else every command would be answered twice.
      const gateway = leasedRole(
        deps.db,
        'discord-gateway',
        deps.owner,
        createDiscordGateway(discord.token, discord.apiUrl, interactionDeps, {
          httpInteractions: discord.publicKey !== undefined,
        }),
        deps.log,
      );
      starts.push(gateway.start);
      stops.push(gateway.stop);
    }
  }
  return {
    posters,
    routes,
    start: async () => {
      for (const s of starts) await s();
    },
    stop: async () => {
      for (const s of stops) await s();
    },
  };
}

/** Tells config.adminChannel (logged either way); never throws. */
export function adminAlert(config: Config, posters: Posters, log: Logger): (text: string) => Promise<void> {
  return async (text) => {
    log.warn({ alert: text }, 'admin alert');
    const target = config.adminChannel;
    const poster = target ? posters[target.platform] : undefined;
    if (!target || !poster) return;
    const r = await poster
      .notify(target.channel, spelledFor(text, target.platform))
      .catch((err: unknown) => ({ ok: false as const, outcome: { status: null, detail: String(err) } }));
    if (!r.ok) log.error({ outcome: r.outcome }, 'could not tell the admin channel');
  };
}

// The Slack role: a Bolt app in HTTP mode (mounted on our one listener at POST /slack/events,
// signatures checked by Bolt) or in Socket Mode (app-level token), with the Web API base URL from
// configuration. Events and slash commands are handled once however often Slack retries them or
// someone replays them.
import { createHash } from 'node:crypto';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Config } from '../../config.js';
import { AppError } from '../../errors.js';
import { MAX_INBOUND_BODY, sendJson, type Route } from '../../http/server.js';
import type { Logger } from '../../log.js';
import { firstSighting, INBOUND_MEMORY_MS } from '../../store/inbound-events.js';
import type { Db } from '../../store/store.js';
import type { CommandHandler } from '../commands/types.js';
import { adminCheckClient, slackAdminCheck } from './admin-check.js';
import { registerSlashCommands } from './commands.js';
import { slackLogger } from './logger.js';

export interface SlackRole {
  app: App;
  /** POST /slack/events in HTTP mode; null in Socket Mode. */
  route: Route | null;
  /** Connects (Socket Mode); HTTP mode is served by our listener. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface SlackRoleDeps {
  handler: CommandHandler;
  db: Db;
  log: Logger;
}

/** Requests signed further than this from now, either way, are refused. */
const MAX_SKEW_SEC = 300;

/**
 * What makes a request the same request again: an event's id, a slash command's trigger_id (or,
 * without one, a digest of the command's fields, which include its unique response_url).
 */
function inboundKey(body: Record<string, unknown>): string | null {
  if (typeof body.event_id === 'string') return `slack:${body.event_id}`;
  if (typeof body.command !== 'string') return null;
  const trigger = typeof body.trigger_id === 'string' && body.trigger_id !== '' ? body.trigger_id : null;
  return `slack-command:${trigger ?? createHash('sha256').update(JSON.stringify(body)).digest('hex')}`;
}

export async function createSlackRole(config: Config['slack'], deps: SlackRoleDeps): Promise<SlackRole> {
  if (!config.botToken) throw new AppError('CONFIG_INVALID', 'slack.botToken (SLACK_BOT_TOKEN) is required for Slack');
  const logger = slackLogger(deps.log);
  let route: Route | null = null;
  let receiver: HTTPReceiver | SocketModeReceiver;
  if (config.appToken) {
    // Its own options object: the Socket Mode client writes its retry policy (100 retries) into it.
    receiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger,
      installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } },
    });
  } else {
    if (!config.signingSecret)
      throw new AppError('CONFIG_INVALID', 'slack.signingSecret (SLACK_SIGNING_SECRET) is required in HTTP mode');
    const http = new HTTPReceiver({
      signingSecret: config.signingSecret,
      endpoints: '/slack/events',
      logger,
      bodyLimit: MAX_INBOUND_BODY,
    });
    receiver = http;
    route = {
      method: 'POST',
      path: '/slack/events',
      maxBodyBytes: MAX_INBOUND_BODY,
      handler: (req, res, body) => {
        // Bolt refuses stale timestamps but not ones from the future; both are refused here.
        const ts = Number(req.headers['x-slack-request-timestamp']);
        if (Number.isFinite(ts) && Math.abs(Date.now() / 1000 - ts) > MAX_SKEW_SEC)
          return sendJson(res, 401, { error: 'stale request' });
        // Bolt reads `rawBody` when present, so it verifies the body our listener already capped.
        http.requestListener(Object.assign(req, { rawBody: body }), res);
      },
    };
  }
  const app = new App({
    receiver,
    token: config.botToken,
    logger,
    clientOptions: { slackApiUrl: config.apiUrl },
    deferInitialization: true,
  });
  await app.init();
  app.use(async (args) => {
    const key = inboundKey(args.body as Record<string, unknown>);
    if (key !== null && !(await firstSighting(deps.db, key, Date.now(), INBOUND_MEMORY_MS, { log: deps.log }))) {
      deps.log.info({ key }, 'Slack request already handled (a retry or a replay); not run again');
      if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
      return;
    }
    await args.next();
  });
  const isAdmin = slackAdminCheck(adminCheckClient(config.botToken, config.apiUrl, logger));
  registerSlashCommands(app, deps.handler, isAdmin, deps.log);
  return {
    app,
    route,
    start: async () => {
      if (config.appToken) await app.start();
    },
    stop: async () => {
      if (config.appToken) await app.stop();
    },
  };
}

// A Slack app manifest for digestbot, so an admin creates the app in one paste: display
// information, the bot scopes (docs/decisions/0009), the slash commands with usage hints taken
// from the command registry, and either the request URL of our listener or Socket Mode.
import { AppError } from '../../errors.js';
import { commandHint, type CommandSpec } from '../commands/spec.js';

export const SLACK_BOT_SCOPES = [
  'chat:write',
  'commands',
  'files:write',
  'channels:history',
  'groups:history',
  'users:read',
] as const;

export interface ManifestOptions {
  name: string;
  /** Public base URL of the HTTP listener (HTTP mode). */
  publicUrl?: string | undefined;
  /** Socket Mode (an app-level token is configured): no request URLs. */
  socketMode: boolean;
}

export function slackManifest(commands: readonly CommandSpec[], o: ManifestOptions) {
  if (!o.socketMode && !o.publicUrl)
    throw new AppError(
      'CONFIG_INVALID',
      'The Slack manifest needs a request URL: set DIGESTBOT_PUBLIC_URL (publicUrl) to where Slack reaches this bot, or SLACK_APP_TOKEN for Socket Mode.',
    );
  const url = o.socketMode ? undefined : new URL('slack/events', `${o.publicUrl!.replace(/\/+$/, '')}/`).href;
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: o.name.slice(0, 35),
      description: 'News digests of your feeds, twice a day, with funding rounds and search.',
      background_color: '#1f2a44',
    },
    features: {
      bot_user: { display_name: o.name.slice(0, 80), always_online: true },
      slash_commands: commands.map((c) => ({
        command: `/${c.name}`,
        ...(url ? { url } : {}),
        description: c.description,
        usage_hint: commandHint(c),
        should_escape: false,
      })),
    },
    oauth_config: { scopes: { bot: [...SLACK_BOT_SCOPES] } },
    settings: {
      interactivity: { is_enabled: false },
      org_deploy_enabled: false,
      socket_mode_enabled: o.socketMode,
      token_rotation_enabled: false,
    },
  };
}

// `digestbot discord register` against the Discord REST stand-in (which refuses what Discord
// would), and `digestbot slack manifest` parsed back, both as real processes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../../helpers/cli.js';
import { startDiscordStandIn, type DiscordStandIn } from '../../stand-ins/discord-api.js';

const APP = '500000000000000001';

describe('digestbot discord register', () => {
  let discord: DiscordStandIn;
  let env: Record<string, string>;
  beforeAll(async () => {
    discord = await startDiscordStandIn();
    env = { DISCORD_TOKEN: 'discord-test-token', DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: discord.apiUrl };
  });
  afterAll(() => discord.close());

  it('publishes the commands globally, with subcommands, typed options and autocomplete; admin actions apart, for Manage Server', async () => {
    const r = await runCli(['discord', 'register'], { env });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('registered 6 commands globally\n');
    const cmds = discord.commands.get(APP)!;
    expect(cmds.map((c) => [c.name, c.default_member_permissions])).toEqual([
      ['round', undefined],
      ['digest', undefined],
      ['digest-admin', '32'],
      ['feeds', undefined],
      ['feeds-admin', '32'],
      ['search', undefined],
    ]);
    expect(cmds[0]).toMatchObject({
      type: 1,
      contexts: [0],
      options: [{ name: 'company', type: 3, required: false, autocomplete: true, max_length: 100 }],
    });
    type Sub = { name: string; type: number; options: { name: string; type: number; required: boolean }[] };
    const subs = (i: number) => cmds[i]!.options as Sub[];
    expect(subs(1).map((s) => s.name)).toEqual(['latest', 'status']);
    expect(subs(2).map((s) => s.name)).toEqual([
      'preview',
      'now',
      'subscribe',
      'unsubscribe',
      'schedule',
      'empty',
      'retry',
      'skip',
    ]);
    expect(subs(3).map((s) => [s.name, s.type])).toEqual([
      ['list', 1],
      ['test', 1],
      ['errors', 1],
    ]);
    const admin = subs(4);
    expect(admin.map((s) => s.name)).toEqual([
      'add',
      'remove',
      'pause',
      'resume',
      'rename',
      'topic',
      'include',
      'exclude',
      'unfilter',
      'import',
      'export',
    ]);
    expect(admin[0]!.options.map((o) => [o.name, o.type, o.required])).toEqual([
      ['url', 3, true],
      ['topic', 3, false],
    ]);
    expect(admin[1]!.options[0]).toMatchObject({ name: 'id', type: 4, required: true, min_value: 1 });
    expect(admin.find((s) => s.name === 'import')!.options.map((o) => [o.name, o.type])).toEqual([
      ['url', 3],
      ['file', 11],
      ['topic', 3],
    ]);
  });

  it('publishes to one server with --guild, and refuses a bad id', async () => {
    const r = await runCli(['discord', 'register', '--guild', '620000000000000001'], { env });
    expect(r.stdout).toBe('registered 6 commands in server 620000000000000001\n');
    expect(discord.commands.get(`${APP}:620000000000000001`)).toHaveLength(6);
    const bad = await runCli(['discord', 'register', '--guild', 'general'], { env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('BAD_ARGUMENT: A server id is a number');
  });

  it('says which settings are missing', async () => {
    const r = await runCli(['discord', 'register'], { env: { DISCORD_API_URL: discord.apiUrl } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CONFIG_INVALID: Registering commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID');
  });
});

describe('digestbot slack manifest', () => {
  it('prints a manifest with scopes, slash commands, usage hints and the request URL', async () => {
    const r = await runCli(['slack', 'manifest'], { env: { DIGESTBOT_PUBLIC_URL: 'https://bot.example.org/' } });
    expect(r.stderr).toBe('');
    const m = JSON.parse(r.stdout);
    expect(m.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['chat:write', 'commands', 'files:write', 'channels:history', 'groups:history', 'users:read']),
    );
    expect(m.settings.socket_mode_enabled).toBe(false);
    expect(m.features.slash_commands).toContainEqual({
      command: '/feeds',
      url: 'https://bot.example.org/slack/events',
      description: "The feeds behind this channel's digest; admins add, pause, filter, import…",
      usage_hint:
        'list | test <url> | errors | add <url> [topic] | remove <id> | pause <id> | resume <id> | rename <id> <name> | ' +
        'topic <id> <topic> | include <pattern> | exclude <pattern> | unfilter <pattern> | import [url] [topic] | export',
      should_escape: false,
    });
    expect(m.features.slash_commands.map((c: { command: string }) => c.command)).toEqual([
      '/round',
      '/digest',
      '/feeds',
      '/search',
    ]);
  });

  it('in Socket Mode: no request URLs, as YAML', async () => {
    const r = await runCli(['slack', 'manifest', '--yaml'], { env: { SLACK_APP_TOKEN: 'xapp-1', SLACK_BOT_TOKEN: 'xoxb-1' } });
    const m = parseYaml(r.stdout);
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(m.features.slash_commands.every((c: { url?: string }) => c.url === undefined)).toBe(true);
    expect(m.features.slash_commands[0].usage_hint).toBe('[company]');
  });

  it('without a public URL or Socket Mode, says what to set', async () => {
    const r = await runCli(['slack', 'manifest'], { env: {} });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('set DIGESTBOT_PUBLIC_URL');
  });
});

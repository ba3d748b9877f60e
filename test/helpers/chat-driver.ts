// Slash commands as an admin types them, on either platform, through signed requests to a
// listener: Slack's words (HMAC-signed form posts, answered in the acknowledgement or through
// response_url) and Discord's subcommands and named options (Ed25519-signed interactions, answered
// directly or deferred then completed through the webhook). Both are spelled from the same catalog
// entry, so a test states the action once; answers come back as readable text, with any file.
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { COMMANDS } from '../../src/bot/commands/catalog.js';
import { publishedName, type ActionSpec } from '../../src/bot/commands/spec.js';
import type { DiscordStandIn } from '../stand-ins/discord-api.js';
import type { SlackStandIn } from '../stand-ins/slack-api.js';
import { waitFor } from './wait.js';

export type ChatPlatform = 'slack' | 'discord';

export interface Answer {
  /** Readable text: titles, section texts, fields and link labels, unescaped. */
  text: string;
  private: boolean;
  file: { name: string; text: string } | null;
}

export interface Exchange {
  platform: ChatPlatform;
  typed: string;
  answer: Answer;
}

export const DISCORD_APP = '500000000000000001';
/** Signs Discord interactions; the listener's route gets `publicKeyHex`. */
export const discordKeys = () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKeyHex: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex') };
};

type Json = Record<string, unknown>;
type Args = Record<string, string | number | undefined>;

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function slackText(blocks: Json[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    const text = (b.text as { text?: string } | undefined)?.text;
    if (text) out.push(text);
    for (const f of (b.fields as { text: string }[] | undefined) ?? []) out.push(f.text);
  }
  return unescape(out.join('\n')).replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2 ($1)');
}

function discordText(body: Json): string {
  const embeds = (body.embeds as Json[] | undefined) ?? [];
  const out: string[] = body.content ? [String(body.content)] : [];
  for (const e of embeds) {
    if (e.title) out.push(String(e.title));
    if (e.description) out.push(String(e.description));
    for (const f of (e.fields as { name: string; value: string }[] | undefined) ?? []) out.push(`${f.name}\n${f.value}`);
  }
  return out.join('\n').replace(/\\([\\*_~`|[\]<>#])/g, '$1');
}

/** `/feeds add <url> robotics` as a person would type it (for transcripts and Slack). */
function typedSlack(a: ActionSpec, args: Args): string {
  const words = a.options.filter((o) => o.kind !== 'attachment' && args[o.name] !== undefined).map((o) => String(args[o.name]));
  return [a.subcommand, ...words].filter((w) => w !== null).join(' ');
}

export interface ChatDriverOptions {
  /** The listener's base URL (http://127.0.0.1:port). */
  base: string;
  slack: SlackStandIn;
  slackSecret: string;
  discord: DiscordStandIn;
  discordKey: ReturnType<typeof discordKeys>['privateKey'];
  /** Files Discord would host, by name (attachments in interactions point at these URLs). */
  attachmentUrl?: (name: string) => string;
}

export interface AskOptions {
  /** Default true: a Slack workspace admin, a Discord member with Manage Server. */
  admin?: boolean;
  channel: string;
  /** Discord: files attached to attachment options, by option name. */
  files?: Record<string, string>;
}

export function chatDriver(o: ChatDriverOptions) {
  let seq = 0;
  const transcript: Exchange[] = [];

  async function slack(a: ActionSpec, args: Args, ask: AskOptions): Promise<Answer> {
    const responseId = `r${++seq}`;
    const body = new URLSearchParams({
      command: `/${a.command}`,
      text: typedSlack(a, args),
      user_id: ask.admin === false ? 'U1' : 'UADMIN',
      channel_id: ask.channel,
      team_id: 'T1',
      api_app_id: 'A1',
      response_url: o.slack.responseUrl(responseId),
      trigger_id: `t${seq}`,
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const mac = createHmac('sha256', o.slackSecret).update(`v0:${ts}:${body}`).digest('hex');
    const res = await fetch(`${o.base}/slack/events`, {
      method: 'POST',
      headers: {
        'x-slack-signature': `v0=${mac}`,
        'x-slack-request-timestamp': String(ts),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body,
    });
    if (res.status !== 200) throw new Error(`Slack listener answered ${res.status}`);
    const raw = await res.text();
    const json = (
      raw !== ''
        ? JSON.parse(raw)
        : await waitFor(() => o.slack.responses.get(responseId)?.[0], {
            what: `response_url ${responseId}`,
            on: [o.slack.events],
          })
    ) as Json;
    const text = slackText((json.blocks as Json[] | undefined) ?? []);
    const file = /\*([\w.-]+\.opml)\*\n```([\s\S]*)```/.exec(text.replace(/```\n```/g, '\n'));
    return {
      text,
      private: json.response_type === 'ephemeral',
      file: file ? { name: file[1]!, text: file[2]! } : null,
    };
  }

  async function discord(a: ActionSpec, args: Args, ask: AskOptions): Promise<Answer> {
    const command = COMMANDS.find((c) => c.name === a.command)!;
    const name = publishedName(command, a, true);
    const token = `tok${++seq}`;
    const attachments: Json = {};
    const options = a.options.flatMap((opt) => {
      if (opt.kind === 'attachment') {
        const file = ask.files?.[opt.name];
        if (!file) return [];
        const id = `90000000000000000${seq}`;
        attachments[id] = { id, filename: file, url: o.attachmentUrl!(file), size: 1, content_type: 'text/x-opml' };
        return [{ name: opt.name, type: 11, value: id }];
      }
      const v = args[opt.name];
      if (v === undefined) return [];
      return [{ name: opt.name, type: opt.kind === 'id' ? 4 : 3, value: opt.kind === 'id' ? Number(v) : String(v) }];
    });
    const body = JSON.stringify({
      id: `6000000000000${String(seq).padStart(5, '0')}`,
      application_id: DISCORD_APP,
      type: 2,
      token,
      version: 1,
      guild_id: '620000000000000001',
      channel_id: ask.channel,
      channel: { id: ask.channel, type: 0 },
      member: {
        user: { id: ask.admin === false ? '700000000000000001' : '700000000000000002', username: 'ada' },
        permissions: ask.admin === false ? '0' : String(1 << 5),
        roles: [],
      },
      data: {
        id: '800000000000000001',
        name,
        type: 1,
        options: a.subcommand ? [{ name: a.subcommand, type: 1, options }] : options,
        ...(Object.keys(attachments).length > 0 ? { resolved: { attachments } } : {}),
      },
    });
    const ts = String(Math.floor(Date.now() / 1000));
    const sig = sign(null, Buffer.from(ts + body), o.discordKey).toString('hex');
    const res = await fetch(`${o.base}/discord/interactions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature-ed25519': sig, 'x-signature-timestamp': ts },
      body,
    });
    if (res.status !== 200) throw new Error(`Discord listener answered ${res.status}`);
    const first = (await res.json()) as { type: number; data?: Json };
    if (first.type === 4) return { text: discordText(first.data!), private: first.data!.flags === 64, file: null };
    const done = await waitFor(
      () => o.discord.interactions.find((i) => i.token === token && (i.kind === 'followup' || i.kind === 'edit')),
      { what: `the deferred answer to ${token}`, on: [o.discord.events] },
    );
    const file = done.files[0];
    return {
      text: discordText(done.body ?? {}),
      private: (done.body?.flags as number | undefined) === 64,
      file: file ? { name: file.name, text: file.text } : null,
    };
  }

  return {
    transcript,
    async ask(platform: ChatPlatform, a: ActionSpec, args: Args, ask: AskOptions): Promise<Answer> {
      const answer = platform === 'slack' ? await slack(a, args, ask) : await discord(a, args, ask);
      const command = COMMANDS.find((c) => c.name === a.command)!;
      const typed =
        platform === 'slack'
          ? `/${a.command} ${typedSlack(a, args)}`.trim()
          : [
              `/${publishedName(command, a, true)}`,
              a.subcommand,
              ...a.options.flatMap((opt) =>
                opt.kind === 'attachment'
                  ? ask.files?.[opt.name]
                    ? [`${opt.name}:[${ask.files[opt.name]}]`]
                    : []
                  : args[opt.name] !== undefined
                    ? [`${opt.name}:${String(args[opt.name])}`]
                    : [],
              ),
            ]
              .filter((w) => w !== null)
              .join(' ');
      transcript.push({ platform, typed, answer });
      return answer;
    },
  };
}

/** A transcript as plain text: what the admin typed, then what the bot answered. */
export function transcriptText(exchanges: readonly Exchange[]): string {
  return exchanges
    .map((e) => {
      const body = e.answer.text.split('\n').map((l) => `    ${l}`);
      const file = e.answer.file ? [`    [file ${e.answer.file.name}, ${e.answer.file.text.length} characters]`] : [];
      return [`> ${e.typed}${e.answer.private ? '   (answered privately)' : ''}`, ...body, ...file].join('\n');
    })
    .join('\n\n');
}

// A Discord REST stand-in on loopback, reached through DISCORD_API_URL so the real discord.js REST
// client does the talking: channel messages (with nonce + enforce_nonce: a repeated nonce returns
// the earlier message), interaction callbacks and webhook edits, command registration. It checks
// Discord's limits and the multipart shape of attachments (payload_json, files[n] matching the
// attachments named), keeps what was posted, and can be scripted to fail.
import type { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterWork, answerFault, FaultScript, formData, listen, readBody, sendJson, type Fault } from './server.js';
import { commandError, messageBodyError } from './discord-rules.js';

type Json = Record<string, unknown>;

export interface DiscordMessage {
  id: string;
  channelId: string;
  authorId: string;
  body: Json;
  files: { name: string; bytes: number; type: string }[];
  at: number;
}

/** A file uploaded with a webhook follow-up or edit, with its text (an OPML export). */
export type UploadedFile = DiscordMessage['files'][number] & { text: string };

export interface DiscordStandInOptions {
  token?: string;
  botId?: string;
  /** Channels that exist (others answer 404 Unknown Channel); empty means every channel exists. */
  channels?: string[];
  /** How long a nonce is remembered with enforce_nonce (Discord: "a few minutes"). */
  nonceWindowMs?: number;
  /** What GET /gateway/bot answers (a gateway stand-in's URL). */
  gatewayUrl?: string;
}

export interface DiscordStandIn {
  /** REST base for DISCORD_API_URL (discord.js adds /v10). */
  apiUrl: string;
  messages: DiscordMessage[];
  /** Interaction callbacks, edits of @original, follow-ups, deletions, in order. */
  interactions: {
    kind: 'callback' | 'edit' | 'followup' | 'delete';
    token: string;
    body: Json | null;
    /** Files uploaded with a follow-up or edit (an OPML export). */
    files: UploadedFile[];
    at: number;
  }[];
  /** Registered commands by application id (global) or `application:guild`. */
  commands: Map<string, Json[]>;
  calls: { method: string; path: string; at: number }[];
  fault(route: string, ...faults: Fault[]): void;
  /** Fires 'event' after each request (see test/helpers/wait.ts). */
  events: EventEmitter;
  close(): Promise<void>;
}

const EPOCH = 1420070400000n;

/** A multipart body Discord would refuse (400 Invalid Form Body). */
class MultipartError extends Error {}

export async function startDiscordStandIn(o: DiscordStandInOptions = {}): Promise<DiscordStandIn> {
  const token = o.token ?? 'discord-test-token';
  const botId = o.botId ?? '100000000000000001';
  const window = o.nonceWindowMs ?? 3 * 60_000;
  const messages: DiscordMessage[] = [];
  const interactions: DiscordStandIn['interactions'] = [];
  const commands = new Map<string, Json[]>();
  const calls: DiscordStandIn['calls'] = [];
  const faults = new FaultScript();
  let seq = 0n;
  const snowflake = () => (((BigInt(Date.now()) - EPOCH) << 22n) | (seq++ & 0xfffn)).toString();

  const invalid = (res: ServerResponse, detail: string) =>
    sendJson(res, 400, { code: 50035, message: `Invalid Form Body: ${detail}` });

  async function body(req: IncomingMessage): Promise<{ json: Json; files: UploadedFile[] }> {
    const raw = await readBody(req);
    if (!String(req.headers['content-type'] ?? '').includes('multipart/form-data'))
      return { json: raw.length ? (JSON.parse(raw.toString('utf8')) as Json) : {}, files: [] };
    const form = await formData(req, raw);
    const files: UploadedFile[] = [];
    const byField = new Map<string, string>();
    for (const [k, v] of form.entries()) {
      if (typeof v === 'string') continue;
      if (!/^files\[\d+\]$/.test(k)) throw new MultipartError(`${k}: file fields are named files[n]`);
      if (v.size === 0) throw new MultipartError(`${k}: empty file`);
      files.push({ name: (v as File).name, bytes: v.size, type: v.type, text: await (v as File).text() });
      byField.set(k, (v as File).name);
    }
    const payload = form.get('payload_json');
    if (typeof payload !== 'string') throw new MultipartError('payload_json: required in a multipart body');
    const json = JSON.parse(payload) as Json;
    // Every attachment the payload names must be the file part files[id], under the same name.
    for (const a of (json.attachments as { id?: unknown; filename?: unknown }[] | undefined) ?? []) {
      const name = byField.get(`files[${String(a.id)}]`);
      if (name === undefined) throw new MultipartError(`attachments.${String(a.id)}: no file part files[${String(a.id)}]`);
      if (a.filename !== undefined && a.filename !== name)
        throw new MultipartError(`attachments.${String(a.id)}.filename: ${String(a.filename)} is not ${name}`);
    }
    return { json, files };
  }

  const toApi = (m: DiscordMessage) => ({
    id: m.id,
    channel_id: m.channelId,
    author: { id: m.authorId, username: 'digestbot', bot: true },
    content: m.body.content ?? '',
    embeds: m.body.embeds ?? [],
    attachments: m.files.map((f, i) => ({ id: String(i), filename: f.name, size: f.bytes })),
    timestamp: new Date(m.at).toISOString(),
    ...(m.body.nonce !== undefined ? { nonce: m.body.nonce } : {}),
  });

  async function createMessage(
    req: IncomingMessage,
    res: ServerResponse,
    channelId: string,
    fault: Fault | undefined,
  ): Promise<void> {
    if (o.channels && !o.channels.includes(channelId)) return sendJson(res, 404, { code: 10003, message: 'Unknown Channel' });
    let parsed;
    try {
      parsed = await body(req);
    } catch (err) {
      if (err instanceof MultipartError) return invalid(res, err.message);
      throw err;
    }
    const { json, files } = parsed;
    const problem = messageBodyError(
      json,
      files.map((f) => f.name),
    );
    if (problem) return invalid(res, problem);
    if (json.enforce_nonce === true && json.nonce !== undefined) {
      const earlier = messages.find(
        (m) => m.channelId === channelId && m.body.nonce === json.nonce && Date.now() - m.at < window,
      );
      if (earlier) return sendJson(res, 200, toApi(earlier));
    }
    const m: DiscordMessage = {
      id: snowflake(),
      channelId,
      authorId: botId,
      body: json,
      files: files.map(({ text: _text, ...f }) => f),
      at: Date.now(),
    };
    messages.push(m);
    if (afterWork(req, fault)) return;
    sendJson(res, 200, toApi(m));
  }

  function listMessages(res: ServerResponse, channelId: string, q: URLSearchParams): void {
    const after = BigInt(q.get('after') ?? '0');
    const limit = Math.min(100, Number(q.get('limit') ?? 50));
    const list = messages
      .filter((m) => m.channelId === channelId && BigInt(m.id) > after)
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))
      .slice(0, limit)
      .reverse();
    sendJson(res, 200, list.map(toApi));
  }

  const lb = await listen(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const method = req.method ?? 'GET';
    calls.push({ method, path, at: Date.now() });
    const route = `${method} ${path.replace(/\d{5,}/g, ':id')}`;
    const fault = faults.take(route);
    if (
      fault &&
      answerFault(
        res,
        fault,
        fault.kind === 'status' && fault.status === 429
          ? { message: 'You are being rate limited.', retry_after: fault.retryAfterSec ?? 1, global: false }
          : { message: 'error', code: 0 },
      )
    )
      return;
    const webhook = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path);
    if (webhook) {
      const kind = method === 'PATCH' ? 'edit' : method === 'DELETE' ? 'delete' : 'followup';
      const { json, files } = method === 'DELETE' ? { json: null, files: [] } : await body(req);
      const problem =
        json &&
        messageBodyError(
          json,
          files.map((f) => f.name),
        );
      if (problem) return invalid(res, problem);
      interactions.push({ kind, token: webhook[2]!, body: json, files, at: Date.now() });
      if (kind === 'delete') return void res.writeHead(204).end();
      return sendJson(res, 200, { id: snowflake(), ...json });
    }
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (callback && method === 'POST') {
      const { json } = await body(req);
      interactions.push({ kind: 'callback', token: callback[2]!, body: json, files: [], at: Date.now() });
      return void res.writeHead(204).end();
    }
    if (req.headers.authorization !== `Bot ${token}`) return sendJson(res, 401, { code: 0, message: '401: Unauthorized' });
    if (method === 'GET' && path === '/users/@me') return sendJson(res, 200, { id: botId, username: 'digestbot', bot: true });
    if (method === 'GET' && path === '/gateway/bot' && o.gatewayUrl)
      return sendJson(res, 200, {
        url: o.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    const channel = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (channel && method === 'POST') return createMessage(req, res, channel[1]!, fault);
    if (channel && method === 'GET') return listMessages(res, channel[1]!, url.searchParams);
    const cmds = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path);
    if (cmds && method === 'PUT') {
      const { json } = await body(req);
      const list = json as unknown as Json[];
      const problem = Array.isArray(list) ? list.map(commandError).find((e) => e !== null) : 'expected an array';
      if (problem) return invalid(res, problem);
      commands.set(cmds[2] ? `${cmds[1]}:${cmds[2]}` : cmds[1]!, list);
      return sendJson(
        res,
        200,
        list.map((c) => ({ ...c, id: snowflake(), application_id: cmds[1] })),
      );
    }
    sendJson(res, 404, { code: 0, message: '404: Not Found' });
  });

  return {
    apiUrl: `${lb.base}/api`,
    messages,
    interactions,
    commands,
    calls,
    fault: (route, ...f) => faults.add(route, ...f),
    events: lb.events,
    close: () => lb.close(),
  };
}

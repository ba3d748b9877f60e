// A Slack Web API stand-in on loopback, reached through SLACK_API_URL so the real @slack/web-api
// client (inside Bolt) does the talking. It checks what Slack checks, keeps what was posted, and
// can be scripted to answer 429, 5xx, errors, or to lose the answer to a post it carried out.
import type { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterWork, answerFault, FaultScript, formData, listen, readBody, sendJson, type Fault } from './server.js';
import { postMessageError, type SlackCheckOptions } from './slack-rules.js';

type Json = Record<string, unknown>;

export interface SlackMessage {
  channel: string;
  ts: string;
  threadTs: string | null;
  text: string;
  blocks: Json[];
  metadata: Json | null;
  files: { id: string; name: string; title: string; bytes: number }[];
  /** When the stand-in stored it (for pacing checks). */
  at: number;
}

export interface SlackStandInOptions extends Partial<SlackCheckOptions> {
  token?: string;
  /** Channels that exist (others answer channel_not_found); empty means every channel exists. */
  channels?: string[];
  /** Users who are workspace admins (users.info). */
  admins?: string[];
  /** Socket Mode: the app-level token and the URL apps.connections.open hands out. */
  appToken?: string;
  socketUrl?: string;
}

export interface SlackStandIn {
  /** The Web API base URL (ends with a slash), for SLACK_API_URL. */
  apiUrl: string;
  base: string;
  messages: SlackMessage[];
  ephemerals: Json[];
  /** What was sent to response_url endpoints, by id. */
  responses: Map<string, Json[]>;
  /** Every Web API call, in order. */
  calls: { method: string; at: number }[];
  faults: FaultScript;
  fault(method: string, ...faults: Fault[]): void;
  responseUrl(id: string): string;
  /** Fires 'event' after each request (see test/helpers/wait.ts). */
  events: EventEmitter;
  close(): Promise<void>;
}

const METHODS_WITH_JSON = ['blocks', 'metadata', 'files', 'attachments'];

async function args(req: IncomingMessage, body: Buffer): Promise<Json> {
  const type = String(req.headers['content-type'] ?? '');
  const out: Json = {};
  if (type.includes('application/json')) return JSON.parse(body.toString('utf8') || '{}') as Json;
  const form = type.includes('multipart/form-data') ? await formData(req, body) : new URLSearchParams(body.toString('utf8'));
  for (const [k, v] of form.entries()) {
    out[k] = typeof v === 'string' && METHODS_WITH_JSON.includes(k) ? JSON.parse(v) : v;
  }
  return out;
}

export async function startSlackStandIn(o: SlackStandInOptions = {}): Promise<SlackStandIn> {
  const token = o.token ?? 'xoxb-test';
  const check: SlackCheckOptions = { tables: o.tables ?? true };
  const messages: SlackMessage[] = [];
  const ephemerals: Json[] = [];
  const responses = new Map<string, Json[]>();
  const calls: { method: string; at: number }[] = [];
  const uploads = new Map<string, { name: string; length: number; bytes: number | null; alt: string }>();
  const faults = new FaultScript();
  let clock = 0;
  /** Message ts: the real time in microseconds, strictly increasing, as Slack's are. */
  const nextTs = () => {
    clock = Math.max(clock + 1, Date.now() * 1000);
    return `${Math.floor(clock / 1e6)}.${String(clock % 1e6).padStart(6, '0')}`;
  };
  let fileSeq = 0;
  let uploadBase = '';

  const ok = (res: ServerResponse, body: Json) => sendJson(res, 200, { ok: true, ...body });
  const err = (res: ServerResponse, error: string, extra: Json = {}) => sendJson(res, 200, { ok: false, error, ...extra });
  const channelOk = (c: unknown) => typeof c === 'string' && (o.channels === undefined || o.channels.includes(c));

  const history = (a: Json, thread: string | null): Json[] => {
    const oldest = Number(a.oldest ?? 0);
    const list = messages.filter(
      (m) =>
        m.channel === a.channel &&
        Number(m.ts) > oldest &&
        (thread === null ? m.threadTs === null : m.threadTs === thread || m.ts === thread),
    );
    return list.map((m) => ({
      type: 'message',
      ts: m.ts,
      ...(m.threadTs ? { thread_ts: m.threadTs } : {}),
      text: m.text,
      bot_id: 'B1',
      ...(a.include_all_metadata && m.metadata ? { metadata: m.metadata } : {}),
      ...(m.files.length > 0 ? { files: m.files.map((f) => ({ id: f.id, name: f.name, title: f.title })) } : {}),
    }));
  };

  const page = (res: ServerResponse, a: Json, all: Json[]) => {
    const newestFirst = [...all].reverse();
    const start = Number(a.cursor ?? 0);
    const limit = Math.min(Number(a.limit ?? 100), 999);
    const slice = newestFirst.slice(start, start + limit);
    const more = start + limit < newestFirst.length;
    ok(res, { messages: slice, has_more: more, response_metadata: { next_cursor: more ? String(start + limit) : '' } });
  };

  async function api(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    calls.push({ method, at: Date.now() });
    const body = await readBody(req);
    if (method === 'apps.connections.open') {
      if (!o.appToken || req.headers.authorization !== `Bearer ${o.appToken}`) return err(res, 'invalid_auth');
      return ok(res, { url: o.socketUrl });
    }
    if (req.headers.authorization !== `Bearer ${token}`) return err(res, 'invalid_auth');
    const fault = faults.take(method);
    if (
      fault &&
      answerFault(res, fault, {
        ok: false,
        error: fault.kind === 'status' && fault.status === 429 ? 'ratelimited' : 'internal_error',
      })
    )
      return;
    const a = await args(req, body);
    switch (method) {
      case 'auth.test':
        return ok(res, {
          url: 'https://standin.slack.example/',
          team: 'Stand-in',
          user: 'digestbot',
          team_id: 'T1',
          user_id: 'U0BOT',
          bot_id: 'B1',
        });
      case 'users.info':
        if (afterWork(req, fault)) return;
        if (typeof a.user !== 'string' || !/^[UW][A-Z0-9]+$/.test(a.user)) return err(res, 'user_not_found');
        return ok(res, { user: { id: a.user, is_admin: (o.admins ?? []).includes(String(a.user)), is_owner: false } });
      case 'chat.postMessage': {
        if (!channelOk(a.channel)) return err(res, 'channel_not_found');
        const problem = postMessageError(a, check);
        if (problem) return err(res, problem.error, problem.detail ? { errors: [problem.detail] } : {});
        const thread = typeof a.thread_ts === 'string' ? a.thread_ts : null;
        if (thread !== null && !messages.some((m) => m.channel === a.channel && m.ts === thread))
          return err(res, 'thread_not_found');
        const m: SlackMessage = {
          channel: String(a.channel),
          ts: nextTs(),
          threadTs: thread,
          text: String(a.text ?? ''),
          blocks: (a.blocks as Json[] | undefined) ?? [],
          metadata: (a.metadata as Json | undefined) ?? null,
          files: [],
          at: Date.now(),
        };
        messages.push(m);
        if (afterWork(req, fault)) return;
        return ok(res, { channel: m.channel, ts: m.ts, message: { text: m.text } });
      }
      case 'chat.postEphemeral': {
        if (!channelOk(a.channel)) return err(res, 'channel_not_found');
        const problem = postMessageError(a, check);
        if (problem) return err(res, problem.error);
        ephemerals.push(a);
        return ok(res, { message_ts: nextTs() });
      }
      case 'conversations.history':
        if (!channelOk(a.channel)) return err(res, 'channel_not_found');
        return page(res, a, history(a, null));
      case 'conversations.replies':
        if (!channelOk(a.channel)) return err(res, 'channel_not_found');
        if (!messages.some((m) => m.channel === a.channel && m.ts === a.ts)) return err(res, 'thread_not_found');
        return page(res, a, history(a, String(a.ts)));
      case 'files.getUploadURLExternal': {
        const length = Number(a.length);
        if (!a.filename || !Number.isInteger(length) || length <= 0) return err(res, 'invalid_arguments');
        const id = `F${++fileSeq}`;
        uploads.set(id, { name: String(a.filename), length, bytes: null, alt: String(a.alt_text ?? '') });
        return ok(res, { upload_url: `${uploadBase}/upload/${id}`, file_id: id });
      }
      case 'files.completeUploadExternal': {
        const files = (a.files as { id: string; title?: string }[] | undefined) ?? [];
        const known = files.map((f) => ({ f, u: uploads.get(f.id) }));
        if (files.length === 0 || known.some((k) => !k.u || k.u.bytes !== k.u.length)) return err(res, 'file_not_found');
        const shared = known.map(({ f, u }) => ({ id: f.id, name: u!.name, title: f.title ?? u!.name, bytes: u!.bytes! }));
        if (a.channel_id !== undefined) {
          if (!channelOk(a.channel_id)) return err(res, 'channel_not_found');
          const thread = typeof a.thread_ts === 'string' ? a.thread_ts : null;
          messages.push({
            channel: String(a.channel_id),
            ts: nextTs(),
            threadTs: thread,
            text: '',
            blocks: [],
            metadata: null,
            files: shared,
            at: Date.now(),
          });
        }
        if (afterWork(req, fault)) return;
        return ok(res, { files: shared.map((f) => ({ id: f.id, name: f.name, title: f.title })) });
      }
      default:
        return err(res, 'unknown_method');
    }
  }

  async function upload(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const u = uploads.get(id);
    const body = await readBody(req);
    if (!u) return sendJson(res, 404, { error: 'no such upload' });
    let bytes = body.length;
    if (String(req.headers['content-type'] ?? '').includes('multipart/form-data')) {
      const file = [...(await formData(req, body)).values()].find((v) => typeof v !== 'string');
      bytes = file ? (file as Blob).size : 0;
    }
    u.bytes = bytes;
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`OK - ${bytes}`);
  }

  async function respond(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const body = JSON.parse((await readBody(req)).toString('utf8')) as Json;
    const problem = postMessageError(body, check);
    if (problem) return sendJson(res, 400, { ok: false, error: problem.error });
    responses.set(id, [...(responses.get(id) ?? []), body]);
    sendJson(res, 200, { ok: true });
  }

  const lb = await listen(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const m = /^\/api\/([a-zA-Z.]+)$/.exec(path);
    if (req.method === 'POST' && m) return api(req, res, m[1]!);
    const up = /^\/upload\/(\w+)$/.exec(path);
    if (req.method === 'POST' && up) return upload(req, res, up[1]!);
    const r = /^\/response\/([\w-]+)$/.exec(path);
    if (req.method === 'POST' && r) return respond(req, res, r[1]!);
    sendJson(res, 404, { error: 'not found' });
  });
  uploadBase = lb.base;

  return {
    apiUrl: `${lb.base}/api/`,
    base: lb.base,
    messages,
    ephemerals,
    responses,
    calls,
    faults,
    fault: (method, ...f) => faults.add(method, ...f),
    responseUrl: (id) => `${lb.base}/response/${id}`,
    events: lb.events,
    close: () => lb.close(),
  };
}

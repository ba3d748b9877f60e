// A loopback stand-in for LLM APIs: OpenAI-compatible chat completions (POST /v1/chat/completions),
// Anthropic's Messages API (POST /v1/messages) and Ollama's native chat (POST /api/chat, which
// refuses streaming answers), with their model lists (GET /v1/models, /api/tags). Each request
// takes the next scripted reply, then the standing one (`always`: hang, 500, 404…); with neither
// it answers as a careful model would: takeaways copied from the numbered sentences it was sent.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Dialect = 'openai' | 'anthropic' | 'ollama';

export interface ModelRequest {
  dialect: Dialect;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
  system: string;
  user: string;
  /** The numbered sentences of the prompt (`[id] text` lines). */
  sentences: { id: string; text: string }[];
}

export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** Answer this late (past the client's timeout, to test it). */
  delayMs?: number;
  /** Never answer (the connection stays open until the stand-in closes). */
  hang?: boolean;
  /** The model's text, wrapped in the dialect's response shape. */
  content?: string | ((req: ModelRequest) => string);
  /** A body sent as is instead of a completion. */
  raw?: string;
  /** Token counts in the `usage` field; null leaves the field out. Default: characters / 4. */
  usage?: { prompt: number; completion: number } | null;
}

export interface LlmStandIn {
  /** Base URL for OpenAI-compatible clients (ends in /v1). */
  openaiUrl: string;
  /** Base URL for Anthropic clients (the client adds /v1/messages), and Ollama's own address. */
  anthropicUrl: string;
  requests: ModelRequest[];
  /** Every HTTP request received, paths that do not exist included. */
  hits: { method: string; path: string }[];
  /** Replies for the next requests, in order. */
  script(...replies: Reply[]): void;
  /** The reply for every request once the script is spent (null: answer as a model would). */
  always(reply: Reply | null): void;
  close(): Promise<void>;
}

const SENTENCE_LINE = /^\[([^\]\s]+)\] (.+)$/gm;

/** What a faithful model answers: the first sentence as TL;DR, the first three as takeaways. */
export function faithfulAnswer(req: ModelRequest): string {
  const picks = req.sentences.slice(0, 3);
  return JSON.stringify({
    tldr: picks[0]?.text ?? '',
    takeaways: picks.map((s) => ({ text: s.text, sentenceIds: [s.id] })),
  });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function toRequest(dialect: Dialect, headers: IncomingMessage['headers'], body: Record<string, unknown>): ModelRequest {
  const messages = (body.messages ?? []) as { role: string; content: string }[];
  const system = dialect === 'anthropic' ? String(body.system ?? '') : (messages.find((m) => m.role === 'system')?.content ?? '');
  const user = messages.find((m) => m.role === 'user')?.content ?? '';
  const sentences = [...user.matchAll(SENTENCE_LINE)].map((m) => ({ id: m[1]!, text: m[2]! }));
  return { dialect, headers, body, system, user, sentences };
}

function completion(dialect: Dialect, text: string, usage: { prompt: number; completion: number } | null): unknown {
  if (dialect === 'ollama') {
    return {
      model: 'stand-in',
      created_at: '2026-12-06T00:00:00Z',
      message: { role: 'assistant', content: text },
      done: true,
      ...(usage ? { prompt_eval_count: usage.prompt, eval_count: usage.completion } : {}),
    };
  }
  if (dialect === 'anthropic') {
    return {
      id: 'msg_standin',
      type: 'message',
      role: 'assistant',
      content: [{ type: 'text', text }],
      stop_reason: 'end_turn',
      ...(usage ? { usage: { input_tokens: usage.prompt, output_tokens: usage.completion } } : {}),
    };
  }
  return {
    id: 'chatcmpl-standin',
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
    ...(usage
      ? {
          usage: {
            prompt_tokens: usage.prompt,
            completion_tokens: usage.completion,
            total_tokens: usage.prompt + usage.completion,
          },
        }
      : {}),
  };
}

const DIALECT_PATHS: Record<string, Dialect> = {
  '/v1/chat/completions': 'openai',
  '/v1/messages': 'anthropic',
  '/api/chat': 'ollama',
};

export async function startLlmStandIn(): Promise<LlmStandIn> {
  const requests: ModelRequest[] = [];
  const hits: LlmStandIn['hits'] = [];
  const queue: Reply[] = [];
  let standingReply: Reply | null = null;
  const timers = new Set<NodeJS.Timeout>();

  const respond = (res: ServerResponse, req: ModelRequest, reply: Reply) => {
    if (res.destroyed) return;
    const status = reply.status ?? 200;
    let body: string;
    if (reply.raw !== undefined) body = reply.raw;
    else if (status !== 200) body = JSON.stringify({ error: { type: 'stand_in_error', message: `scripted ${status}` } });
    else {
      const text = typeof reply.content === 'function' ? reply.content(req) : (reply.content ?? faithfulAnswer(req));
      const usage =
        reply.usage === undefined
          ? { prompt: Math.ceil((req.system.length + req.user.length) / 4), completion: Math.ceil(text.length / 4) }
          : reply.usage;
      body = JSON.stringify(completion(req.dialect, text, usage));
    }
    res.writeHead(status, { 'content-type': 'application/json', ...reply.headers });
    res.end(body);
  };

  const server = createServer((req, res) => {
    void (async () => {
      const path = req.url ?? '/';
      hits.push({ method: req.method ?? '', path });
      const text = await readBody(req);
      const standing = queue.length === 0 ? standingReply : null;
      if (standing?.hang) return;
      const failing = standing && ((standing.status ?? 200) !== 200 || standing.raw !== undefined);
      if (failing) return respond(res, toRequest('openai', req.headers, {}), standing);
      if (req.method === 'GET' && (path === '/v1/models' || path === '/api/tags')) {
        const models = [{ id: 'stand-in-1', name: 'stand-in-1:latest' }];
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify(path === '/api/tags' ? { models } : { object: 'list', data: models }));
      }
      const dialect = req.method === 'POST' ? DIALECT_PATHS[path] : undefined;
      if (!dialect) return respond(res, toRequest('openai', req.headers, {}), { status: 404 });
      if (dialect === 'anthropic' && (!req.headers['x-api-key'] || !req.headers['anthropic-version'])) {
        return respond(res, toRequest(dialect, req.headers, {}), { status: 401 });
      }
      const body = JSON.parse(text) as Record<string, unknown>;
      // Ollama streams unless told not to; a client that forgets gets lines of JSON, not one body.
      if (dialect === 'ollama' && body.stream !== false) {
        return respond(res, toRequest(dialect, req.headers, body), { raw: '{"done":false}\n{"done":true}\n' });
      }
      const modelRequest = toRequest(dialect, req.headers, body);
      requests.push(modelRequest);
      const reply = queue.shift() ?? standingReply ?? {};
      if (reply.hang) return;
      if (!reply.delayMs) return respond(res, modelRequest, reply);
      const timer = setTimeout(() => {
        timers.delete(timer);
        respond(res, modelRequest, reply);
      }, reply.delayMs);
      timers.add(timer);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    openaiUrl: `${base}/v1`,
    anthropicUrl: base,
    requests,
    hits,
    script: (...replies) => void queue.push(...replies),
    always: (reply) => void (standingReply = reply),
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

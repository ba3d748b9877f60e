// A loopback stand-in for LLM APIs: OpenAI-compatible chat completions (POST /v1/chat/completions)
// and Anthropic's Messages API (POST /v1/messages). Each request takes the next scripted reply;
// with no script left it answers as a careful model would: takeaways copied from the numbered
// sentences it was sent, each citing its own id.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Dialect = 'openai' | 'anthropic';

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
  /** Base URL for Anthropic clients (the client adds /v1/messages). */
  anthropicUrl: string;
  requests: ModelRequest[];
  /** Replies for the next requests, in order. */
  script(...replies: Reply[]): void;
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

export async function startLlmStandIn(): Promise<LlmStandIn> {
  const requests: ModelRequest[] = [];
  const queue: Reply[] = [];
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
      const dialect: Dialect | null =
        req.method === 'POST' && req.url === '/v1/chat/completions'
          ? 'openai'
          : req.method === 'POST' && req.url === '/v1/messages'
            ? 'anthropic'
            : null;
      const text = await readBody(req);
      if (!dialect) return respond(res, toRequest('openai', req.headers, {}), { status: 404 });
      if (dialect === 'anthropic' && (!req.headers['x-api-key'] || !req.headers['anthropic-version'])) {
        return respond(res, toRequest(dialect, req.headers, {}), { status: 401 });
      }
      const modelRequest = toRequest(dialect, req.headers, JSON.parse(text) as Record<string, unknown>);
      requests.push(modelRequest);
      const reply = queue.shift() ?? {};
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
    script: (...replies) => void queue.push(...replies),
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

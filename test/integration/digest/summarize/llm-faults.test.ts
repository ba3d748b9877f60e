// A dead or misconfigured LLM endpoint against the loopback stand-in: a digest's LLM calls stop at
// its deadline, the circuit breaker stops calling after failures in a row (for the rest of the
// digest and a cool-down, shared by later digests), Ollama is spoken natively or through /v1 by
// the `/v1` rule, and `config check`'s probe names what is wrong in one sentence.
import { createServer, type AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config.js';
import {
  breakerFor,
  createLlmSummarizer,
  probeEndpoint,
  summarizeExtractive,
  type SummarizerConfig,
  type SummaryInput,
} from '../../../../src/digest/summarize/index.js';
import type { CircuitBreaker } from '../../../../src/digest/summarize/llm/breaker.js';
import { BRIDGE, LAYOFFS, ROUND } from '../../../fixtures/news.js';
import { memoryLog, type MemoryLog } from '../../../helpers/memory-log.js';
import { startLlmStandIn, type LlmStandIn } from '../../../stand-ins/llm-api.js';

/** Twelve stories, as a digest has at the default size. */
const SOURCES = [BRIDGE, LAYOFFS, ...ROUND];
const STORIES: SummaryInput[] = Array.from({ length: 12 }, (_, i) => ({
  articles: [{ ...SOURCES[i % SOURCES.length]!, id: `story${i}` }],
}));
const OPENED = 'the LLM endpoint failed';

let api: LlmStandIn;
let logs: MemoryLog;
let clock: number;

function summarizerConfig(over: Record<string, unknown> = {}): SummarizerConfig {
  const summarizer = { provider: 'openai', baseUrl: api.openaiUrl, model: 'stand-in-1', apiKey: 'sk-test', ...over };
  return loadConfig({ env: {}, overrides: { summarizer } }).summarizer;
}

/** One digest's summarizer; `now` is real time unless a test moves the clock itself. */
function digest(config: SummarizerConfig, deps: { breaker?: CircuitBreaker; fakeClock?: boolean } = {}) {
  return createLlmSummarizer(config, {
    log: logs.log,
    sleep: async () => undefined,
    ...(deps.breaker ? { breaker: deps.breaker } : {}),
    ...(deps.fakeClock ? { now: () => clock } : {}),
  });
}

async function summarizeAll(config: SummarizerConfig, deps: Parameters<typeof digest>[1] = {}) {
  const s = digest(config, deps);
  const out = [];
  for (const story of STORIES) out.push(await s.summarize(story));
  return out;
}

/** A loopback URL whose port was free a moment ago and is closed now. */
async function unusedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}

const chatCalls = () => api.hits.filter((h) => h.method === 'POST').length;

beforeEach(async () => {
  api = await startLlmStandIn();
  logs = memoryLog();
  clock = Date.UTC(2026, 11, 6, 12);
});
afterEach(async () => {
  await api.close();
});

describe('a hanging endpoint costs one digest at most its deadline', () => {
  it('calls stop at the deadline; every story still gets its extractive summary; said once', async () => {
    api.always({ hang: true });
    const config = summarizerConfig({ timeoutMs: 1000, maxRetries: 2, deadlineMs: 2500, breakerFailures: 50 });
    const started = performance.now();
    const out = await summarizeAll(config);
    const elapsed = performance.now() - started;

    expect(out).toEqual(STORIES.map((s) => summarizeExtractive(s)));
    // 1 s + 1 s for the first story (its next backoff would pass the deadline), what is left of the
    // 2.5 s for the second: three calls, then none for the other ten stories.
    expect(chatCalls()).toBe(3);
    expect(elapsed).toBeLessThan(2500 + 1500);
    expect(logs.find("the digest's LLM time (2500 ms) is spent")).toHaveLength(1);
    // Only the stories whose calls timed out say so; the rest are quiet (debug).
    const warned = logs.lines.filter((l) => l.level === 40 && String(l.msg).includes('LLM summary not used'));
    expect(warned.map((l) => l.reason)).toEqual(['timeout', 'timeout']);
  });

  it('with the defaults, the breaker stops a hanging endpoint after three timeouts', async () => {
    api.always({ hang: true });
    const out = await summarizeAll(summarizerConfig({ timeoutMs: 1000, maxRetries: 2 }));
    expect(out).toEqual(STORIES.map((s) => summarizeExtractive(s)));
    expect(chatCalls()).toBe(3);
    expect(logs.find(OPENED)).toHaveLength(1);
  });
});

describe('the circuit breaker', () => {
  it.each([
    ['500s', { status: 500 }, 3],
    ['404s (a wrong path is not retried, but counts)', { status: 404 }, 3],
    ['bodies that are not JSON', { raw: '<html>proxy error</html>', headers: { 'content-type': 'text/html' } }, 3],
  ])(
    '%s: three failed calls, then none for the rest of the digest; one log line with what to check',
    async (_n, reply, calls) => {
      api.always(reply);
      const out = await summarizeAll(summarizerConfig({ maxRetries: 2 }));
      expect(out).toEqual(STORIES.map((s) => summarizeExtractive(s)));
      expect(chatCalls()).toBe(calls);
      const [opened, ...more] = logs.find(OPENED);
      expect(more).toEqual([]);
      expect(opened).toMatchObject({ level: 50, url: api.openaiUrl, model: 'stand-in-1', failures: 3 });
      expect(String(opened!.msg)).toMatch(/until .*check that the server at .* is up and serves the model stand-in-1/);
    },
  );

  it('stays open for the next digest until the cool-down ends; then one call tries, and a good answer closes it', async () => {
    const config = summarizerConfig({ maxRetries: 0, breakerFailures: 2, breakerCooldownMs: 60_000 });
    const breaker = breakerFor(config);
    api.always({ status: 503 });
    await summarizeAll(config, { breaker, fakeClock: true });
    expect(chatCalls()).toBe(2);

    clock += 59_000; // the next digest, inside the cool-down: no call
    await summarizeAll(config, { breaker, fakeClock: true });
    expect(chatCalls()).toBe(2);

    clock += 2000; // past it, still failing: one call, and the breaker opens again at once
    await summarizeAll(config, { breaker, fakeClock: true });
    expect(chatCalls()).toBe(3);
    expect(logs.find(OPENED)).toHaveLength(2);

    clock += 61_000;
    api.always(null);
    const out = await summarizeAll(config, { breaker, fakeClock: true });
    expect(chatCalls()).toBe(3 + STORIES.length);
    expect(out[0]).not.toEqual(summarizeExtractive(STORIES[0]!));
  });

  it('answers the model gets wrong are not endpoint failures', async () => {
    api.always({ content: 'I would rather not.' });
    await summarizeAll(summarizerConfig({ maxRetries: 0 }));
    expect(chatCalls()).toBe(STORIES.length);
    expect(logs.find(OPENED)).toEqual([]);
  });
});

describe('Ollama: native /api/chat, or /v1 when the URL says so', () => {
  it('speaks /api/chat without streaming when the URL is the server itself', async () => {
    const out = await digest(summarizerConfig({ provider: 'ollama', baseUrl: api.anthropicUrl, apiKey: undefined })).summarize(
      STORIES[0]!,
    );
    const [req] = api.requests;
    expect(req).toMatchObject({ dialect: 'ollama', body: { model: 'stand-in-1', stream: false } });
    expect(out).not.toEqual(summarizeExtractive(STORIES[0]!));
  });

  it('speaks the OpenAI-compatible API when the URL ends in /v1', async () => {
    await digest(summarizerConfig({ provider: 'ollama', baseUrl: `${api.openaiUrl}/`, apiKey: undefined })).summarize(
      STORIES[0]!,
    );
    expect(api.requests.map((r) => r.dialect)).toEqual(['openai']);
  });
});

describe("config check's probe", () => {
  const endpoint = (over: Partial<Parameters<typeof probeEndpoint>[0]> = {}) => ({
    provider: 'openai' as const,
    baseUrl: api.openaiUrl,
    model: 'stand-in-1',
    ...over,
  });

  it('says an endpoint answering as its provider should does so, with where summaries go', async () => {
    expect(await probeEndpoint(endpoint())).toEqual({
      ok: true,
      sentence: `the openai endpoint ${api.openaiUrl} answers as openai should; summaries are asked at ${api.openaiUrl}/chat/completions`,
    });
    expect((await probeEndpoint(endpoint({ provider: 'ollama', baseUrl: api.anthropicUrl }))).sentence).toContain('/api/chat');
    expect((await probeEndpoint(endpoint({ provider: 'anthropic', baseUrl: api.anthropicUrl, apiKey: 'k' }))).ok).toBe(true);
  });

  it('a 404 is a wrong path: it says the /v1 rule', async () => {
    const r = await probeEndpoint(endpoint({ baseUrl: api.anthropicUrl }));
    expect(r.ok).toBe(false);
    expect(r.sentence).toBe(
      `the openai endpoint ${api.anthropicUrl} answered 404 at ${api.anthropicUrl}/models: the path is wrong; an OpenAI-compatible SUMMARIZER_URL ends in /v1 (https://api.openai.com/v1, http://host:8080/v1)`,
    );
  });

  it('nothing listening, HTML, a refused key, an Ollama model not pulled: one sentence each', async () => {
    api.always({ raw: '<html>hello</html>', headers: { 'content-type': 'text/html' } });
    expect((await probeEndpoint(endpoint())).sentence).toMatch(/something that is not JSON \(text\/html\)/);
    api.always({ status: 401 });
    expect((await probeEndpoint(endpoint())).sentence).toMatch(/refused the API key \(HTTP 401\): check SUMMARIZER_API_KEY$/);
    api.always(null);
    const missing = await probeEndpoint(endpoint({ provider: 'ollama', baseUrl: api.anthropicUrl, model: 'qwen3' }));
    expect(missing.sentence).toMatch(/has no model qwen3: run `ollama pull qwen3` there/);
    const closed = await unusedPortUrl();
    expect(await probeEndpoint(endpoint({ baseUrl: closed }))).toEqual({
      ok: false,
      sentence: `the openai endpoint ${closed} refused the connection: nothing listens there; start the server or fix SUMMARIZER_URL`,
    });
  });
});

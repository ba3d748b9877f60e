// The LLM summarizer against the loopback stand-in: both API dialects, and every way an answer
// can be unusable, each ending in the extractive summary with the reason logged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config.js';
import {
  createLlmSummarizer,
  createTokenBudget,
  extractiveSummarizer,
  summarizeExtractive,
  summarizerFor,
  type LlmCache,
  type SummarizerConfig,
  type SummaryInput,
  type TokenBudget,
} from '../../../../src/digest/summarize/index.js';
import { MAX_OUTPUT_TOKENS } from '../../../../src/digest/summarize/llm/dialects.js';
import { ROUND } from '../../../fixtures/news.js';
import { memoryLog, type MemoryLog } from '../../../helpers/memory-log.js';
import { faithfulAnswer, startLlmStandIn, type LlmStandIn, type ModelRequest } from '../../../stand-ins/llm-api.js';

const STORY: SummaryInput = { articles: ROUND.slice(0, 2) };
const FALLBACK = 'LLM summary not used; extractive summary instead';

/** A faithful answer about the Lumora round that cites sentences of both reports. */
const GOOD = {
  tldr: 'Battery recycler Lumora raised $40 million in a Series B round led by Northwind Capital to open a second plant in Ohio.',
  takeaways: [
    { text: 'Lumora raised $40M in a Series B round led by Northwind Capital.', sentenceIds: ['wire#0', 'blog#0'] },
    { text: 'The money pays for a second plant in Ohio.', sentenceIds: ['wire#1', 'blog#1'] },
    { text: 'Chemist Rafael Duarte founded Lumora in 2020.', sentenceIds: ['wire#2'] },
    { text: 'Greenfield Ventures, an existing investor, joined the round.', sentenceIds: ['blog#2'] },
  ],
};

let api: LlmStandIn;
let logs: MemoryLog;
let waits: number[];

function summarizerConfig(over: Record<string, unknown> = {}): SummarizerConfig {
  const summarizer = {
    provider: 'openai',
    baseUrl: api.openaiUrl,
    model: 'stand-in-1',
    apiKey: 'sk-test',
    timeoutMs: 10_000,
    ...over,
  };
  return loadConfig({ env: {}, overrides: { summarizer } }).summarizer;
}

function make(over: Record<string, unknown> = {}, deps: { budget?: TokenBudget; cache?: LlmCache } = {}) {
  return createLlmSummarizer(summarizerConfig(over), {
    log: logs.log,
    sleep: async (ms) => void waits.push(ms),
    ...deps,
  });
}

const fallbackReasons = () => logs.find(FALLBACK).map((l) => l.reason);

beforeEach(async () => {
  api = await startLlmStandIn();
  logs = memoryLog();
  waits = [];
});
afterEach(async () => {
  await api.close();
});

describe('LLM summarizer: answers it uses', () => {
  it('sends the story as numbered sentences to an OpenAI-compatible endpoint and keeps a faithful answer', async () => {
    api.script({ content: JSON.stringify(GOOD) });
    const result = await make().summarize(STORY);

    expect(result.tldr).toBe(GOOD.tldr);
    expect(result.takeaways.map((t) => t.text)).toEqual(GOOD.takeaways.map((t) => t.text));
    expect(result.takeaways[0]).toMatchObject({ sources: ['wire', 'blog'], sentenceIds: ['wire#0', 'blog#0'] });
    expect(result.takeaways[2]!.sources).toEqual(['wire']);
    expect(fallbackReasons()).toEqual([]);

    const [req] = api.requests as [ModelRequest];
    expect(req.dialect).toBe('openai');
    expect(req.headers.authorization).toBe('Bearer sk-test');
    expect(req.body).toMatchObject({ model: 'stand-in-1', response_format: { type: 'json_object' }, temperature: 0 });
    expect(req.sentences.map((s) => s.id)).toEqual(['wire#0', 'wire#1', 'wire#2', 'wire#3', 'blog#0', 'blog#1', 'blog#2']);
    expect(req.sentences[0]!.text).toBe(ROUND[0]!.text.split('. ')[0] + '.');
    expect(req.user).toContain('Article wire: Lumora raises $40 million Series B');
  });

  it('speaks the Anthropic Messages API: x-api-key, anthropic-version, system prompt apart', async () => {
    api.script({ content: JSON.stringify(GOOD) });
    const result = await make({ provider: 'anthropic', baseUrl: api.anthropicUrl, apiKey: 'ak-test' }).summarize(STORY);

    expect(result.tldr).toBe(GOOD.tldr);
    const [req] = api.requests as [ModelRequest];
    expect(req.dialect).toBe('anthropic');
    expect(req.headers['x-api-key']).toBe('ak-test');
    expect(req.headers['anthropic-version']).toBe('2023-06-01');
    expect(req.system).toContain('Answer with JSON only');
    expect(req.body).toMatchObject({ model: 'stand-in-1', max_tokens: MAX_OUTPUT_TOKENS });
  });

  it('reads JSON inside a code fence', async () => {
    api.script({ content: 'Here you go:\n```json\n' + JSON.stringify(GOOD) + '\n```' });
    expect((await make().summarize(STORY)).tldr).toBe(GOOD.tldr);
  });

  it('asks nothing for a story without usable sentences', async () => {
    const empty = { articles: [{ id: 'x', text: 'Too short.' }] };
    expect(await make().summarize(empty)).toEqual(summarizeExtractive(empty));
    expect(api.requests).toHaveLength(0);
  });
});

describe('LLM summarizer: answers it cannot use fall back to the extractive summary', () => {
  const extractive = summarizeExtractive(STORY);

  it.each([
    ['malformed JSON', { content: '{"tldr": "Lumora raised', usage: null }, 'malformed_json'],
    ['JSON of the wrong shape', { content: JSON.stringify({ summary: 'Lumora raised $40 million.' }) }, 'schema'],
    [
      'takeaways without citations',
      { content: JSON.stringify({ ...GOOD, takeaways: [{ text: 'Lumora raised $40 million.', sentenceIds: [] }] }) },
      'schema',
    ],
    [
      'unknown sentence ids',
      {
        content: JSON.stringify({
          ...GOOD,
          takeaways: [{ text: 'Lumora raised $40 million.', sentenceIds: ['wire#0', 'wire#99'] }],
        }),
      },
      'unknown_sentence',
    ],
    ['a body that is no completion', { raw: '{"object": "list", "data": []}' }, 'bad_response'],
    ['a body that is not JSON', { raw: 'upstream says hello' }, 'bad_response'],
  ])('%s', async (_name, reply, reason) => {
    api.script(reply);
    expect(await make().summarize(STORY)).toEqual(extractive);
    expect(fallbackReasons()).toEqual([reason]);
    expect(api.requests).toHaveLength(1);
  });

  it('a slow answer times out, once per attempt', async () => {
    api.script({ delayMs: 4000, content: JSON.stringify(GOOD) }, { delayMs: 4000, content: JSON.stringify(GOOD) });
    expect(await make({ maxRetries: 1, timeoutMs: 1000 }).summarize(STORY)).toEqual(extractive);
    expect(fallbackReasons()).toEqual(['timeout']);
    expect(api.requests).toHaveLength(2);
    expect(waits).toEqual([1000]);
  });

  it('a slow answer then a prompt one: the retry is used', async () => {
    api.script({ delayMs: 4000 }, { content: JSON.stringify(GOOD) });
    expect((await make({ maxRetries: 1, timeoutMs: 1000 }).summarize(STORY)).tldr).toBe(GOOD.tldr);
    expect(api.requests).toHaveLength(2);
  });

  it('429 with Retry-After: waits as asked, then uses the answer', async () => {
    api.script({ status: 429, headers: { 'retry-after': '7' } }, { content: JSON.stringify(GOOD) });
    expect((await make({ maxRetries: 2 }).summarize(STORY)).tldr).toBe(GOOD.tldr);
    expect(waits).toEqual([7000]);
    expect(api.requests).toHaveLength(2);
    expect(logs.find('retrying')[0]).toMatchObject({ reason: 'rate_limited', waitMs: 7000 });
  });

  it('429 asking for an hour: gives up at once', async () => {
    api.script({ status: 429, headers: { 'retry-after': '3600' } });
    expect(await make({ maxRetries: 2 }).summarize(STORY)).toEqual(extractive);
    expect(fallbackReasons()).toEqual(['rate_limited']);
    expect(api.requests).toHaveLength(1);
  });

  it('500s: retried with growing backoff, then given up', async () => {
    api.script({ status: 500 }, { status: 502 }, { status: 503 }, { content: JSON.stringify(GOOD) });
    expect(await make({ maxRetries: 2 }).summarize(STORY)).toEqual(extractive);
    expect(fallbackReasons()).toEqual(['http']);
    expect(logs.find(FALLBACK)[0]!.err).toMatch(/HTTP 503/);
    expect(api.requests).toHaveLength(3);
    expect(waits).toEqual([1000, 2000]);
  });

  it('a 400 is not retried', async () => {
    api.script({ status: 400 });
    expect(await make({ maxRetries: 2 }).summarize(STORY)).toEqual(extractive);
    expect(fallbackReasons()).toEqual(['http']);
    expect(api.requests).toHaveLength(1);
  });

  it('an endpoint nobody listens on: network error after the retries', async () => {
    const closed = api.openaiUrl;
    await api.close();
    expect(await make({ baseUrl: closed, maxRetries: 1 }).summarize(STORY)).toEqual(extractive);
    expect(fallbackReasons()).toEqual(['network']);
    expect(waits).toEqual([1000]);
    api = await startLlmStandIn();
  });
});

describe('LLM summarizer: the faithfulness gate', () => {
  const extractive = summarizeExtractive(STORY);

  it('drops a takeaway with a number its sentences do not state when enough remain', async () => {
    const takeaways = [...GOOD.takeaways];
    takeaways[1] = { text: 'Lumora raised $45 million for a plant in Ohio.', sentenceIds: ['wire#1', 'blog#1'] };
    api.script({ content: JSON.stringify({ ...GOOD, takeaways }) });
    const result = await make().summarize(STORY);

    expect(result.tldr).toBe(GOOD.tldr);
    expect(result.takeaways.map((t) => t.text)).toEqual([takeaways[0]!.text, takeaways[2]!.text, takeaways[3]!.text]);
    const [event] = logs.find('takeaway 2 rejected');
    expect(event).toMatchObject({ reason: 'unfaithful', unsupported: ['$45 million'], sentenceIds: ['wire#1', 'blog#1'] });
    expect(fallbackReasons()).toEqual([]);
  });

  it('replaces a takeaway naming someone its sentences do not name when too few would remain', async () => {
    const takeaways = [
      GOOD.takeaways[0]!,
      { text: 'Zentrix Partners also joined the round.', sentenceIds: ['blog#2'] },
      GOOD.takeaways[2]!,
    ];
    api.script({ content: JSON.stringify({ ...GOOD, takeaways }) });
    const result = await make().summarize(STORY);

    expect(result.takeaways).toHaveLength(3);
    expect(result.takeaways[0]!.text).toBe(takeaways[0]!.text);
    expect(result.takeaways[2]!.text).toBe(takeaways[2]!.text);
    const replacement = result.takeaways[1]!;
    expect(extractive.takeaways).toContainEqual(replacement);
    expect(replacement.sentenceIds!.some((id) => ['wire#0', 'blog#0', 'wire#2'].includes(id))).toBe(false);
    expect(logs.find('takeaway 2 rejected')[0]).toMatchObject({ reason: 'unfaithful', unsupported: ['Zentrix Partners'] });
  });

  it('a takeaway is held to the sentences it cites, not to the whole story', async () => {
    const takeaways = [...GOOD.takeaways];
    takeaways[2] = { text: 'Northwind Capital backed chemist Rafael Duarte.', sentenceIds: ['wire#2'] };
    api.script({ content: JSON.stringify({ ...GOOD, takeaways }) });
    const result = await make().summarize(STORY);
    expect(result.takeaways.map((t) => t.text)).not.toContain(takeaways[2]!.text);
    expect(logs.find('takeaway 3 rejected')[0]).toMatchObject({ unsupported: ['Northwind Capital'] });
  });

  it('an unfaithful TL;DR gives way to the extractive one; the takeaways stay', async () => {
    api.script({ content: JSON.stringify({ ...GOOD, tldr: 'Lumora raised $40 million from Sequoia Capital.' }) });
    const result = await make().summarize(STORY);
    expect(result.tldr).toBe(extractive.tldr);
    expect(result.tldrSentenceIds).toEqual(extractive.tldrSentenceIds);
    expect(result.takeaways.map((t) => t.text)).toEqual(GOOD.takeaways.map((t) => t.text));
    expect(logs.find('TL;DR rejected')[0]).toMatchObject({ unsupported: ['Sequoia Capital'] });
  });

  it('a TL;DR over 60 words gives way to the extractive one', async () => {
    const long = Array.from({ length: 7 }, () => 'Lumora raised $40 million in a Series B round.').join(' ');
    api.script({ content: JSON.stringify({ ...GOOD, tldr: long }) });
    expect((await make().summarize(STORY)).tldr).toBe(extractive.tldr);
    expect(logs.find('TL;DR rejected')[0]).toMatchObject({ words: 63, maxWords: 60 });
  });

  it('an answer failing in most lines is not used at all', async () => {
    const bad = (text: string, id: string) => ({ text, sentenceIds: [id] });
    const answer = {
      tldr: 'Lumora raised $1.3 billion.',
      takeaways: [bad('Lumora raised $1.3 billion.', 'wire#0'), bad('The plant opens in 2031.', 'wire#1'), GOOD.takeaways[2]!],
    };
    api.script({ content: JSON.stringify(answer) });
    expect(await make().summarize(STORY)).toEqual(extractive);
    expect(fallbackReasons()).toEqual(['unusable']);
    expect(logs.find('rejected')).toHaveLength(3);
  });
});

describe('LLM summarizer: cache and token budget', () => {
  function mapCache(): LlmCache & { entries: Map<string, string> } {
    const entries = new Map<string, string>();
    return { entries, get: async (k) => entries.get(k), put: async (k, v) => void entries.set(k, v) };
  }

  it('a second summary of the same story comes from the cache', async () => {
    const cache = mapCache();
    api.script({ content: JSON.stringify(GOOD) });
    const first = await make({}, { cache }).summarize(STORY);
    const second = await make({}, { cache }).summarize(STORY);
    expect(second).toEqual(first);
    expect(first.tldr).toBe(GOOD.tldr);
    expect(api.requests).toHaveLength(1);
    expect(cache.entries.size).toBe(1);
  });

  it('the key covers model and input: another model or another story asks again', async () => {
    const cache = mapCache();
    await make({}, { cache }).summarize(STORY);
    await make({ model: 'stand-in-2' }, { cache }).summarize(STORY);
    await make({}, { cache }).summarize({ articles: ROUND.slice(1) });
    expect(api.requests).toHaveLength(3);
    expect(cache.entries.size).toBe(3);
  });

  it('answers that fail before the model speaks are not cached', async () => {
    const cache = mapCache();
    api.script({ status: 500 });
    await make({ maxRetries: 0 }, { cache }).summarize(STORY);
    expect(cache.entries.size).toBe(0);
    await make({}, { cache }).summarize(STORY);
    expect(api.requests).toHaveLength(2);
  });

  it('a broken cache costs a request, not the summary', async () => {
    const broken: LlmCache = {
      get: () => Promise.reject(new Error('disk on fire')),
      put: () => Promise.reject(new Error('disk on fire')),
    };
    api.script({ content: JSON.stringify(GOOD) });
    expect((await make({}, { cache: broken }).summarize(STORY)).tldr).toBe(GOOD.tldr);
    expect(logs.find('LLM answer not cached')).toHaveLength(1);
  });

  it('once the budget is spent, stories get the extractive summary and no request is sent', async () => {
    const budget = createTokenBudget(5000);
    api.script({ usage: { prompt: 3600, completion: 400 } });
    const summarizer = make({}, { budget });
    const first = await summarizer.summarize(STORY);
    expect(first).not.toEqual(summarizeExtractive(STORY));
    expect(budget.spent()).toBe(4000);

    const other = { articles: ROUND.slice(2) };
    expect(await summarizer.summarize(other)).toEqual(summarizeExtractive(other));
    expect(api.requests).toHaveLength(1);
    expect(fallbackReasons()).toEqual(['budget']);
  });

  it('stories summarized at once share the budget without overrunning it', async () => {
    // Room for one reservation (prompt estimate + output cap) of these short stories, not two.
    const budget = createTokenBudget(MAX_OUTPUT_TOKENS + 700);
    const summarizer = make({}, { budget });
    const stories = [STORY, { articles: ROUND.slice(1) }, { articles: ROUND.slice(2) }];
    await Promise.all(stories.map((s) => summarizer.summarize(s)));
    expect(api.requests).toHaveLength(1);
    expect(fallbackReasons()).toEqual(['budget', 'budget']);
    expect(budget.spent()).toBeLessThanOrEqual(budget.limit);
  });

  it('without usage fields, tokens are estimated at four characters each', async () => {
    const budget = createTokenBudget(100_000);
    const text = JSON.stringify(GOOD);
    api.script({ content: text, usage: null });
    await make({}, { budget }).summarize(STORY);
    const [req] = api.requests as [ModelRequest];
    expect(budget.spent()).toBe(Math.ceil((req.system + req.user + text).length / 4));
  });
});

describe('summarizerFor', () => {
  it('gives the extractive summarizer for provider extractive', () => {
    const config = loadConfig({ env: {} }).summarizer;
    expect(summarizerFor(config, { log: logs.log })).toBe(extractiveSummarizer);
  });

  it('is configured from the environment', async () => {
    const env = {
      SUMMARIZER_PROVIDER: 'ollama',
      SUMMARIZER_URL: api.openaiUrl,
      SUMMARIZER_MODEL: 'llama3.2',
      SUMMARIZER_TIMEOUT_MS: '1500',
      SUMMARIZER_MAX_RETRIES: '0',
      SUMMARIZER_TOKEN_BUDGET: '5000',
    };
    const config = loadConfig({ env }).summarizer;
    expect(config).toMatchObject({ provider: 'ollama', timeoutMs: 1500, maxRetries: 0, tokenBudget: 5000 });
    api.script({ status: 503 });
    await summarizerFor(config, { log: logs.log }).summarize(STORY);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.body).toMatchObject({ model: 'llama3.2' });
  });

  it('gives an LLM summarizer for an LLM provider', async () => {
    const result = await summarizerFor(summarizerConfig(), { log: logs.log }).summarize(STORY);
    expect(api.requests).toHaveLength(1);
    expect(result.takeaways.map((t) => t.text)).toEqual(
      JSON.parse(faithfulAnswer(api.requests[0]!)).takeaways.map((t: { text: string }) => t.text),
    );
  });
});

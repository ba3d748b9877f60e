import { describe, expect, it } from 'vitest';
import { createTokenBudget } from '../../../../src/digest/summarize/llm/budget.js';
import { buildRequest, readCompletion } from '../../../../src/digest/summarize/llm/dialects.js';
import { retryAfterMs } from '../../../../src/digest/summarize/llm/http.js';
import { readOutput } from '../../../../src/digest/summarize/llm/output.js';
import { buildPrompt, numberSentences } from '../../../../src/digest/summarize/llm/prompt.js';
import { cardinalValue, ordinalValue } from '../../../../src/text/number-words.js';
import { BRIDGE, ROUND } from '../../../fixtures/news.js';

const PROMPT = { system: 'rules', user: 'story' };

describe('buildRequest', () => {
  it('defaults ollama to its native /api/chat on loopback, without a key, never streaming', () => {
    const r = buildRequest({ provider: 'ollama', model: 'llama3.2' }, PROMPT);
    expect(r.url).toBe('http://127.0.0.1:11434/api/chat');
    expect(r.headers.authorization).toBeUndefined();
    expect(JSON.parse(r.body)).toMatchObject({ model: 'llama3.2', stream: false, format: 'json', options: { temperature: 0 } });
  });

  it('the /v1 rule: an Ollama URL ending in /v1 is spoken as OpenAI-compatible, any other natively', () => {
    const url = (baseUrl: string) => buildRequest({ provider: 'ollama', model: 'm', baseUrl }, PROMPT).url;
    expect(url('http://gpu.lan:11434/v1/')).toBe('http://gpu.lan:11434/v1/chat/completions');
    expect(url('http://gpu.lan:11434')).toBe('http://gpu.lan:11434/api/chat');
    expect(url('http://gpu.lan:11434/api')).toBe('http://gpu.lan:11434/api/chat');
    expect(JSON.parse(buildRequest({ provider: 'ollama', model: 'm', baseUrl: 'http://h/v1' }, PROMPT).body)).toMatchObject({
      max_tokens: 1000,
      temperature: 0,
    });
  });

  it('defaults openai to its API and sends the key as a bearer token', () => {
    const r = buildRequest({ provider: 'openai', model: 'gpt-4o-mini', apiKey: 'sk-1' }, PROMPT);
    expect(r.url).toBe('https://api.openai.com/v1/chat/completions');
    expect(r.headers.authorization).toBe('Bearer sk-1');
    const body = JSON.parse(r.body) as Record<string, unknown>;
    expect(body).toMatchObject({ max_completion_tokens: 1000, response_format: { type: 'json_object' } });
    expect(body).not.toHaveProperty('temperature');
    expect(body).not.toHaveProperty('max_tokens');
  });

  it('accepts an Anthropic base URL with or without /v1 and a trailing slash', () => {
    for (const baseUrl of ['http://llm.internal:8080', 'http://llm.internal:8080/', 'http://llm.internal:8080/v1/']) {
      expect(buildRequest({ provider: 'anthropic', model: 'm', baseUrl }, PROMPT).url).toBe(
        'http://llm.internal:8080/v1/messages',
      );
    }
  });
});

describe('readCompletion', () => {
  it('adds prompt and completion tokens, or says it does not know', () => {
    const openai = { choices: [{ message: { content: '{}' } }], usage: { prompt_tokens: 10, completion_tokens: 5 } };
    expect(readCompletion('openai', openai)).toEqual({ text: '{}', tokens: 15 });
    expect(readCompletion('openai', { choices: [{ message: { content: 'x' } }] })).toEqual({ text: 'x', tokens: null });
    const ollama = { message: { role: 'assistant', content: 'y' }, done: true, prompt_eval_count: 4, eval_count: 2 };
    expect(readCompletion('ollama', ollama)).toEqual({ text: 'y', tokens: 6 });
    expect(readCompletion('ollama', openai)).toBeNull();
    const anthropic = {
      content: [
        { type: 'text', text: '{"a"' },
        { type: 'text', text: ':1}' },
      ],
      usage: { input_tokens: 7, output_tokens: 3 },
    };
    expect(readCompletion('anthropic', anthropic)).toEqual({ text: '{"a":1}', tokens: 10 });
    expect(readCompletion('anthropic', openai)).toBeNull();
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Thu, 01 Jan 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Thu, 01 Jan 2026 11:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
  });
});

describe('token budget', () => {
  it('reserves before a call and books what the call used', () => {
    const budget = createTokenBudget(1000);
    expect(budget.reserve(600)).toBe(true);
    expect(budget.reserve(600)).toBe(false);
    budget.settle(600, 250);
    expect(budget.spent()).toBe(250);
    expect(budget.reserve(750)).toBe(true);
    expect(budget.reserve(1)).toBe(false);
  });
});

describe('prompt', () => {
  it('numbers the usable sentences with their splitSentences index, leaving out furniture', () => {
    const ids = numberSentences([BRIDGE]).map((s) => s.id);
    expect(ids[0]).toBe('bridge-1#1');
    expect(ids).not.toContain('bridge-1#0');
    expect(ids).not.toContain('bridge-1#4');
    const prompt = buildPrompt([BRIDGE], numberSentences([BRIDGE]));
    expect(prompt.user).toMatch(/^Article bridge-1: Harbor Bridge closes/);
    expect(prompt.user).toContain('[bridge-1#2] About 42,000 vehicles cross the bridge every day.');
  });

  it("keeps each article's lead when the story is longer than the input cap", () => {
    const long = ROUND.map((a) => ({
      ...a,
      text: Array.from(
        { length: 80 },
        (_, i) => `${a.id} sentence number ${i} has enough words in it to fill a line of a long news report.`,
      ).join(' '),
    }));
    const sentences = numberSentences(long);
    for (const a of long) expect(sentences.map((s) => s.id)).toContain(`${a.id}#0`);
    expect(sentences.length).toBeLessThan(240);
  });
});

describe('readOutput', () => {
  it('names what is wrong with an answer', () => {
    expect(() => readOutput('not json')).toThrow(/not JSON/);
    expect(() => readOutput('{"tldr": "x", "takeaways": [{"text": "y"}]}')).toThrow(/takeaways\.0\.sentenceIds/);
  });
});

describe('number words', () => {
  it.each([
    ['two', 2],
    ['Twenty-five', 25],
    ['three hundred', 300],
    ['dozen', 12],
  ])('cardinal %s', (word, value) => expect(cardinalValue(word)).toBe(value));

  it.each([
    ['first', 1],
    ['Second', 2],
    ['twenty-first', 21],
    ['twentieth', 20],
    ['43rd', 43],
  ])('ordinal %s', (word, value) => expect(ordinalValue(word)).toBe(value));
});

// The three wire shapes: OpenAI-compatible chat completions (OpenAI, Ollama's /v1, llama.cpp
// server, vLLM), Anthropic's Messages API and Ollama's native /api/chat. Each turns a prompt into a
// request and a response body into the model's text and the tokens it used. Ollama is spoken
// natively unless its URL ends in /v1 (the `/v1` rule).
import { z } from 'zod';
import type { Prompt } from './prompt.js';

export type Provider = 'openai' | 'anthropic' | 'ollama';
/** What goes over the wire: `ollama` is Ollama's native API, its /v1 is spoken as `openai`. */
export type Wire = 'openai' | 'anthropic' | 'ollama';

export interface Endpoint {
  provider: Provider;
  baseUrl?: string | undefined;
  model: string;
  apiKey?: string | undefined;
}

export interface WireRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface Completion {
  text: string;
  /** Prompt + completion tokens as the API reports them; null when it does not. */
  tokens: number | null;
}

/** Enough for the TL;DR, six takeaways and their ids. */
export const MAX_OUTPUT_TOKENS = 1000;
const ANTHROPIC_VERSION = '2023-06-01';

const DEFAULT_BASE: Record<Provider, string> = {
  openai: 'https://api.openai.com/v1',
  ollama: 'http://127.0.0.1:11434',
  anthropic: 'https://api.anthropic.com',
};

/** The endpoint's base URL without a trailing slash (the provider's default when none is set). */
export const baseOf = (endpoint: Endpoint) => (endpoint.baseUrl ?? DEFAULT_BASE[endpoint.provider]).replace(/\/+$/, '');

export function wireOf(endpoint: Endpoint): Wire {
  if (endpoint.provider !== 'ollama') return endpoint.provider;
  return /\/v1$/.test(baseOf(endpoint)) ? 'openai' : 'ollama';
}

/** Where the API lists its models (what `config check` probes), and its authentication headers. */
export function modelsRequest(endpoint: Endpoint): { url: string; headers: Record<string, string> } {
  const base = baseOf(endpoint);
  const wire = wireOf(endpoint);
  if (wire === 'ollama') return { url: `${base.replace(/\/api$/, '')}/api/tags`, headers: {} };
  if (wire === 'anthropic') {
    const headers = { 'anthropic-version': ANTHROPIC_VERSION, ...(endpoint.apiKey ? { 'x-api-key': endpoint.apiKey } : {}) };
    return { url: `${base.replace(/\/v1$/, '')}/v1/models`, headers };
  }
  return { url: `${base}/models`, headers: endpoint.apiKey ? { authorization: `Bearer ${endpoint.apiKey}` } : {} };
}

const JSON_HEADERS = { 'content-type': 'application/json' };

export function buildRequest(endpoint: Endpoint, prompt: Prompt): WireRequest {
  const base = baseOf(endpoint);
  const wire = wireOf(endpoint);
  const messages = [
    { role: 'system', content: prompt.system },
    { role: 'user', content: prompt.user },
  ];
  if (wire === 'ollama') {
    return {
      // A base URL given with its /api ("http://host:11434/api") works as well.
      url: `${base.replace(/\/api$/, '')}/api/chat`,
      headers: JSON_HEADERS,
      body: JSON.stringify({
        model: endpoint.model,
        stream: false,
        format: 'json',
        options: { temperature: 0, num_predict: MAX_OUTPUT_TOKENS },
        messages,
      }),
    };
  }
  if (wire === 'anthropic') {
    return {
      // A base URL given with its /v1 ("https://api.anthropic.com/v1") works as well.
      url: `${base.replace(/\/v1$/, '')}/v1/messages`,
      headers: {
        ...JSON_HEADERS,
        'anthropic-version': ANTHROPIC_VERSION,
        ...(endpoint.apiKey ? { 'x-api-key': endpoint.apiKey } : {}),
      },
      body: JSON.stringify({
        model: endpoint.model,
        max_tokens: MAX_OUTPUT_TOKENS,
        temperature: 0,
        system: prompt.system,
        messages: [{ role: 'user', content: prompt.user }],
      }),
    };
  }
  // OpenAI's own API wants max_completion_tokens and refuses a temperature for its reasoning
  // models; the servers that copy its API (Ollama, llama.cpp, vLLM) all read max_tokens.
  const openAiItself = new URL(base).hostname === 'api.openai.com';
  return {
    url: `${base}/chat/completions`,
    headers: { ...JSON_HEADERS, ...(endpoint.apiKey ? { authorization: `Bearer ${endpoint.apiKey}` } : {}) },
    body: JSON.stringify({
      model: endpoint.model,
      ...(openAiItself ? { max_completion_tokens: MAX_OUTPUT_TOKENS } : { max_tokens: MAX_OUTPUT_TOKENS, temperature: 0 }),
      response_format: { type: 'json_object' },
      messages,
    }),
  };
}

const count = z.number().int().nonnegative();
const OpenAiResponse = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
  usage: z.object({ prompt_tokens: count, completion_tokens: count }).partial().nullish(),
});
const AnthropicResponse = z.object({
  content: z.array(z.object({ type: z.string(), text: z.string().optional() })),
  usage: z.object({ input_tokens: count, output_tokens: count }).partial().nullish(),
});
const OllamaResponse = z.object({
  message: z.object({ content: z.string() }),
  prompt_eval_count: count.optional(),
  eval_count: count.optional(),
});

const sum = (a: number | undefined, b: number | undefined) => (a === undefined && b === undefined ? null : (a ?? 0) + (b ?? 0));

/** The completion in a 2xx response body, or null when the body is not the dialect's shape. */
export function readCompletion(wire: Wire, body: unknown): Completion | null {
  if (wire === 'ollama') {
    const r = OllamaResponse.safeParse(body);
    return r.success ? { text: r.data.message.content, tokens: sum(r.data.prompt_eval_count, r.data.eval_count) } : null;
  }
  if (wire === 'anthropic') {
    const r = AnthropicResponse.safeParse(body);
    if (!r.success) return null;
    const text = r.data.content.map((c) => (c.type === 'text' ? (c.text ?? '') : '')).join('');
    return { text, tokens: sum(r.data.usage?.input_tokens, r.data.usage?.output_tokens) };
  }
  const r = OpenAiResponse.safeParse(body);
  if (!r.success) return null;
  return {
    text: r.data.choices[0]!.message.content ?? '',
    tokens: sum(r.data.usage?.prompt_tokens, r.data.usage?.completion_tokens),
  };
}

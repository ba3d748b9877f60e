// The two wire shapes: OpenAI-compatible chat completions (OpenAI, Ollama's /v1, llama.cpp
// server, vLLM) and Anthropic's Messages API. Each turns a prompt into a request and a response
// body into the model's text and the tokens it used.
import { z } from 'zod';
import type { Prompt } from './prompt.js';

export type Provider = 'openai' | 'anthropic' | 'ollama';

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
  ollama: 'http://127.0.0.1:11434/v1',
  anthropic: 'https://api.anthropic.com',
};

const trimSlash = (url: string) => url.replace(/\/+$/, '');

export function buildRequest(endpoint: Endpoint, prompt: Prompt): WireRequest {
  const base = trimSlash(endpoint.baseUrl ?? DEFAULT_BASE[endpoint.provider]);
  if (endpoint.provider === 'anthropic') {
    return {
      // A base URL given with its /v1 ("https://api.anthropic.com/v1") works as well.
      url: `${base.replace(/\/v1$/, '')}/v1/messages`,
      headers: {
        'content-type': 'application/json',
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
    headers: {
      'content-type': 'application/json',
      ...(endpoint.apiKey ? { authorization: `Bearer ${endpoint.apiKey}` } : {}),
    },
    body: JSON.stringify({
      model: endpoint.model,
      ...(openAiItself ? { max_completion_tokens: MAX_OUTPUT_TOKENS } : { max_tokens: MAX_OUTPUT_TOKENS, temperature: 0 }),
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: prompt.system },
        { role: 'user', content: prompt.user },
      ],
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

const sum = (a: number | undefined, b: number | undefined) => (a === undefined && b === undefined ? null : (a ?? 0) + (b ?? 0));

/** The completion in a 2xx response body, or null when the body is not the dialect's shape. */
export function readCompletion(provider: Provider, body: unknown): Completion | null {
  if (provider === 'anthropic') {
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

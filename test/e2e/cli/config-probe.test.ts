// `digestbot config check` as a real process asks the configured LLM endpoint whether it answers
// as its provider should, and says in one sentence what to fix when it does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { startLlmStandIn, type LlmStandIn } from '../../stand-ins/llm-api.js';

let api: LlmStandIn;
beforeAll(async () => {
  api = await startLlmStandIn();
});
afterAll(async () => {
  await api.close();
});

const check = (env: Record<string, string>) => runCli(['config', 'check'], { env: { SUMMARIZER_MODEL: 'stand-in-1', ...env } });

describe('config check probes the LLM endpoint', () => {
  it('Ollama at its usual address (no /v1) is spoken natively and answers', async () => {
    const r = await check({ SUMMARIZER_PROVIDER: 'ollama', SUMMARIZER_URL: api.anthropicUrl });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `summarizer: the ollama endpoint ${api.anthropicUrl} answers as ollama should; summaries are asked at ${api.anthropicUrl}/api/chat\n`,
    );
    expect(api.hits.at(-1)).toEqual({ method: 'GET', path: '/api/tags' });
  });

  it('an OpenAI-compatible URL without /v1: one warning naming the 404 and the /v1 rule', async () => {
    const r = await check({ SUMMARIZER_PROVIDER: 'openai', SUMMARIZER_URL: api.anthropicUrl, SUMMARIZER_API_KEY: 'sk-x' });
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      `warning: the openai endpoint ${api.anthropicUrl} answered 404 at ${api.anthropicUrl}/models: the path is wrong; an OpenAI-compatible SUMMARIZER_URL ends in /v1 (https://api.openai.com/v1, http://host:8080/v1)`,
    ]);
  });

  it('the extractive summarizer asks nothing', async () => {
    const before = api.hits.length;
    const r = await check({});
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(api.hits).toHaveLength(before);
  });
});

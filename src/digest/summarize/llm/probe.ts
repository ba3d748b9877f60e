// `config check`'s look at the LLM endpoint: asks it for its model list (no tokens spent) and says
// in one sentence whether it answers as the configured provider should, and if not, what to fix:
// a 404 is a wrong path (the `/v1` rule), a refused connection is no server, HTML is not an API.
import { errorMessage } from '../../../errors.js';
import { baseOf, buildRequest, modelsRequest, wireOf, type Endpoint } from './dialects.js';

export interface ProbeResult {
  ok: boolean;
  sentence: string;
}

/** How each provider's SUMMARIZER_URL is written: the `/v1` rule. */
export const URL_RULE: Record<Endpoint['provider'], string> = {
  ollama:
    'for Ollama, SUMMARIZER_URL is the server itself (http://host:11434) for its native /api/chat, or that address with /v1 for its OpenAI-compatible API',
  openai: 'an OpenAI-compatible SUMMARIZER_URL ends in /v1 (https://api.openai.com/v1, http://host:8080/v1)',
  anthropic: 'for Anthropic, SUMMARIZER_URL is https://api.anthropic.com (with or without /v1)',
};

const PROBE_TIMEOUT_MS = 10_000;

/** Names the model list holds (OpenAI and Anthropic: data[].id; Ollama native: models[].name). */
function modelNames(body: unknown): string[] | null {
  if (typeof body !== 'object' || body === null) return null;
  const { data, models } = body as { data?: unknown; models?: unknown };
  const list = Array.isArray(data) ? data : Array.isArray(models) ? models : null;
  if (!list) return null;
  return list.map((m: { id?: unknown; name?: unknown }) => String(m?.id ?? m?.name ?? ''));
}

const networkCause = (err: unknown) => {
  const cause = err instanceof Error ? (err.cause as { code?: string } | undefined) : undefined;
  return cause?.code ?? '';
};

export async function probeEndpoint(endpoint: Endpoint, fetcher: typeof fetch = globalThis.fetch): Promise<ProbeResult> {
  const { url, headers } = modelsRequest(endpoint);
  const who = `the ${endpoint.provider} endpoint ${baseOf(endpoint)}`;
  const fail = (why: string) => ({ ok: false, sentence: `${who} ${why}` });
  let res: Response;
  try {
    res = await fetcher(url, { headers, signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
  } catch (err) {
    if (err instanceof Error && err.name === 'TimeoutError')
      return fail(`did not answer within ${PROBE_TIMEOUT_MS / 1000} s: is the server up?`);
    if (networkCause(err) === 'ECONNREFUSED')
      return fail('refused the connection: nothing listens there; start the server or fix SUMMARIZER_URL');
    return fail(
      `cannot be reached (${errorMessage(err)}${networkCause(err) ? `, ${networkCause(err)}` : ''}): check the host in SUMMARIZER_URL`,
    );
  }
  const text = await res.text();
  if (res.status === 404) return fail(`answered 404 at ${url}: the path is wrong; ${URL_RULE[endpoint.provider]}`);
  if (res.status === 401 || res.status === 403) return fail(`refused the API key (HTTP ${res.status}): check SUMMARIZER_API_KEY`);
  if (!res.ok) return fail(`answered HTTP ${res.status} at ${url}: ${text.slice(0, 120)}`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    const type = res.headers.get('content-type') ?? 'no content type';
    return fail(
      `answered ${url} with something that is not JSON (${type}): SUMMARIZER_URL points at something other than a ${endpoint.provider} API; ${URL_RULE[endpoint.provider]}`,
    );
  }
  const names = modelNames(body);
  if (!names)
    return fail(
      `answered ${url} with JSON that is not a model list: is it a ${endpoint.provider} API? ${URL_RULE[endpoint.provider]}`,
    );
  if (wireOf(endpoint) === 'ollama' && !names.some((n) => n === endpoint.model || n === `${endpoint.model}:latest`)) {
    return fail(
      `answers, but has no model ${endpoint.model}: run \`ollama pull ${endpoint.model}\` there, or set SUMMARIZER_MODEL to one of ${names.join(', ') || '(none)'}`,
    );
  }
  const chat = buildRequest(endpoint, { system: '', user: '' }).url;
  return { ok: true, sentence: `${who} answers as ${endpoint.provider} should; summaries are asked at ${chat}` };
}

// The LLM answer cache on both dialects, alone and under the summarizer.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { createLlmSummarizer } from '../../../src/digest/summarize/index.js';
import { silentLogger } from '../../../src/log.js';
import { getLlmCacheEntry, llmCacheIn, putLlmCacheEntry } from '../../../src/store/llm-cache.js';
import { ROUND } from '../../fixtures/news.js';
import { describeStores, type TestStore } from '../../helpers/stores.js';
import { startLlmStandIn, type LlmStandIn } from '../../stand-ins/llm-api.js';

const NOW = Date.UTC(2026, 10, 21, 12, 0, 0);

describeStores('llm cache', (open) => {
  let t: TestStore;
  let api: LlmStandIn;
  beforeEach(async () => {
    t = await open();
    api = await startLlmStandIn();
  });
  afterEach(async () => {
    await api.close();
    await t.cleanup();
  });

  it('keeps one answer per key; a later answer replaces it', async () => {
    const db = t.store.db;
    expect(await getLlmCacheEntry(db, 'k1')).toBeUndefined();
    await putLlmCacheEntry(db, 'k1', '{"a":1}', NOW);
    await putLlmCacheEntry(db, 'k2', '{"b":2}', NOW);
    expect(await getLlmCacheEntry(db, 'k1')).toBe('{"a":1}');
    await putLlmCacheEntry(db, 'k1', '{"a":3}', NOW + 1000);
    expect(await getLlmCacheEntry(db, 'k1')).toBe('{"a":3}');
    const row = await db.selectFrom('llm_cache').selectAll().where('key', '=', 'k1').executeTakeFirstOrThrow();
    expect(row).toEqual({ key: 'k1', result: '{"a":3}', created_at: NOW + 1000 });
  });

  it('serves a later run the answer an earlier one paid for', async () => {
    const summarizer = { provider: 'ollama', baseUrl: api.openaiUrl, model: 'stand-in-1' };
    const config = loadConfig({ env: {}, overrides: { summarizer } }).summarizer;
    const story = { articles: ROUND };
    const run = () =>
      createLlmSummarizer(config, { log: silentLogger(), cache: llmCacheIn(t.store.db, () => NOW) }).summarize(story);

    const first = await run();
    const second = await run();
    expect(second).toEqual(first);
    expect(api.requests).toHaveLength(1);
    const rows = await t.store.db.selectFrom('llm_cache').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.created_at).toBe(NOW);
    expect(JSON.parse(rows[0]!.result)).toMatchObject({ tldr: first.tldr });
  });
});

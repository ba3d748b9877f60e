// Extraction on worker threads: the same article as in-process, errors with their codes.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractPool } from '../../../../src/sources/article/extract-pool.js';
import { extractArticle } from '../../../../src/sources/article/extract.js';

const page = readFileSync(new URL('../../../fixtures/pages/news-article.html', import.meta.url));
const pool = createExtractPool(1);
afterAll(() => pool.close());

describe('createExtractPool', () => {
  it('extracts on a worker thread what extractArticle gives in-process', async () => {
    expect(await pool.run({ body: Buffer.from(page), contentType: 'text/html; charset=utf-8' })).toEqual(
      extractArticle({ body: Buffer.from(page) }),
    );
  });

  it('rejects with the error code of the page', async () => {
    await expect(pool.run({ body: Buffer.from('%PDF-1.7'), contentType: 'application/pdf' })).rejects.toMatchObject({
      code: 'NOT_HTML',
    });
    await expect(pool.run({ body: Buffer.from('<html><body><nav>Home</nav></body></html>') })).rejects.toMatchObject({
      code: 'NO_ARTICLE',
    });
  });
});

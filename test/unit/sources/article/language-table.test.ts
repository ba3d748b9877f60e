// eld's table loaded from the build's JSON copy (scripts/language-table.ts) answers as eld's own
// module does, and a copy from another eld version is not used.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eld } from 'eld/extrasmall';
import { afterAll, describe, expect, it } from 'vitest';
import { writeLanguageTable } from '../../../../scripts/language-table.js';
import { detectorFromTable } from '../../../../src/sources/article/language.js';

const dir = mkdtempSync(join(tmpdir(), 'digestbot-lang-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Short texts in several scripts and close languages, where the scores decide (not a fast path).
const TEXTS = [
  'Der Stadtrat hat am Dienstag eine neue Flutmauer genehmigt.',
  'Le conseil municipal a approuvé mardi une nouvelle digue.',
  'A câmara aprovou uma nova barreira contra as marés.',
  'El ayuntamiento aprobó una nueva barrera.',
  'Regjeringen la fram statsbudsjettet i dag.',
  'Regeringen presenterade budgeten i dag.',
  'Hallitus esitteli tänään talousarvionsa.',
  'Городской совет одобрил строительство новой дамбы.',
  'Міська рада схвалила будівництво нової дамби.',
  '市議会は新しい防潮堤の建設を承認した。',
  '시의회는 새 방조제 건설을 승인했다.',
  'Wali kota meresmikan jembatan baru di pusat kota.',
  'startup raises seed',
];

describe('the build’s language table', () => {
  const path = join(dir, 'table.json');
  writeLanguageTable(path);

  it('gives eld’s own answers and scores', () => {
    const detector = detectorFromTable(path);
    expect(detector).toBeDefined();
    for (const text of TEXTS) {
      const [ours, theirs] = [detector!.detect(text), eld.detect(text)];
      expect({ text, language: ours.language, scores: ours.getScores() }).toEqual({
        text,
        language: theirs.language,
        scores: theirs.getScores(),
      });
    }
  });

  it('is not used when missing or written from another eld version', () => {
    expect(detectorFromTable(join(dir, 'none.json'))).toBeUndefined();
    const other = join(dir, 'other.json');
    const table = JSON.parse(readFileSync(path, 'utf8')) as { eldVersion: string };
    writeFileSync(other, JSON.stringify({ ...table, eldVersion: '0.0.1' }));
    expect(detectorFromTable(other)).toBeUndefined();
  });
});

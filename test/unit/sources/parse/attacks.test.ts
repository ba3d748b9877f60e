// XML attacks end in a clear error, quickly, with nothing from the file system in the output.
// The time limits here are generous on purpose; bench/parse.ts measures time-to-error (< 1 s).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/errors.js';
import { parseFeedSync } from '../../../../src/sources/parse/index.js';
import { attacks } from '../../../helpers/xml-attacks.js';

const secretDir = mkdtempSync(join(tmpdir(), 'digestbot-xxe-'));
const secretFile = join(secretDir, 'secret.txt');
writeFileSync(secretFile, 'TOP-SECRET-MARKER');

function outcome(xml: string): { code: string; text: string } {
  try {
    return { code: 'parsed', text: JSON.stringify(parseFeedSync(xml)) };
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return { code: (err as AppError).code, text: (err as AppError).message };
  }
}

describe('XML attacks', () => {
  it.each(Object.entries(attacks(`file://${secretFile}`)))('%s ends in PARSE_ERROR', { timeout: 10_000 }, (_name, xml) => {
    const r = outcome(xml);
    expect(r.code).toBe('PARSE_ERROR');
    expect(r.text).not.toContain('TOP-SECRET-MARKER');
  });

  it('never reads an external parameter entity', () => {
    const xml = `<!DOCTYPE rss [<!ENTITY % ext SYSTEM "file://${secretFile}"> %ext;]><rss><channel><title>ok</title><item><title>t</title></item></channel></rss>`;
    const r = outcome(xml);
    expect(r.code).toBe('parsed');
    expect(r.text).not.toContain('TOP-SECRET-MARKER');
  });

  it('expands small internal entities', () => {
    const xml = '<!DOCTYPE rss [<!ENTITY brand "Harbor &#38; Co">]><rss><channel><title>&brand; news</title></channel></rss>';
    expect(parseFeedSync(xml).title).toBe('Harbor & Co news');
  });
});

describe('prototype pollution', () => {
  it('__proto__ and constructor as element, attribute and JSON names pollute nothing', () => {
    const xml =
      '<rss><channel><__proto__><polluted>yes</polluted></__proto__><item __proto__="x" constructor="y"><title>Safe</title><constructor><prototype>z</prototype></constructor></item></channel></rss>';
    expect(parseFeedSync(xml).items[0]!.title).toBe('Safe');
    const json =
      '{"version":"https://jsonfeed.org/version/1.1","__proto__":{"polluted":true},"items":[{"id":"1","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]}';
    expect(parseFeedSync(json).items[0]!.id).toBe('1');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

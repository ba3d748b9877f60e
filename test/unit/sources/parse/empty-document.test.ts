import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../../src/errors.js';
import { parseFeedSync } from '../../../../src/sources/parse/index.js';

const failure = (input: Uint8Array | string) => {
  try {
    parseFeedSync(input);
  } catch (err) {
    if (isAppError(err)) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('parsed');
};

describe('an empty document', () => {
  it.each([
    ['0 bytes', Buffer.alloc(0), /is empty/],
    ['an empty string', '', /is empty/],
    ['only whitespace', Buffer.from(' \r\n\t \n'), /only whitespace/],
    ['only a UTF-8 byte-order mark', Buffer.from([0xef, 0xbb, 0xbf]), /is empty/],
    ['only a UTF-16 byte-order mark', Buffer.from([0xff, 0xfe]), /is empty/],
    ['only NUL bytes', Buffer.alloc(16), /is empty/],
    ['only an XML declaration', Buffer.from('<?xml version="1.0" encoding="utf-8"?>\n'), /only an XML prolog/],
    [
      'a declaration, a comment and a DOCTYPE',
      '<?xml version="1.0"?><!-- cache miss --><!DOCTYPE rss [ <!ENTITY a "b"> ]>\n',
      /only an XML prolog/,
    ],
    ['gzip of nothing', gzipSync(Buffer.alloc(0)), /is empty/],
    ['gzip of whitespace', gzipSync(Buffer.from('\n\n')), /only whitespace/],
  ])('%s is EMPTY_DOCUMENT, naming what to check', (_name, input, what) => {
    const { code, message } = failure(input);
    expect(code).toBe('EMPTY_DOCUMENT');
    expect(message).toMatch(what);
    expect(message).toMatch(/check that the URL serves the feed/);
  });

  it('is not said of a document that holds something else', () => {
    expect(failure('Gateway timeout').code).toBe('NOT_A_FEED');
    expect(failure('<?xml version="1.0"?><html><body></body></html>').code).toBe('NOT_A_FEED');
    expect(failure('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Cut').code).toBe('PARSE_ERROR');
  });
});

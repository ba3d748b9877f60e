import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../../src/errors.js';
import { parseFeedSync } from '../../../../src/sources/parse/index.js';

const rss = (...titles: string[]) =>
  `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Night Shift</title>${titles
    .map((t, i) => `<item><title>${t}</title><link>https://night.example/${i + 1}</link></item>`)
    .join('')}</channel></rss>`;
const titles = (input: Uint8Array | string) => parseFeedSync(input).items.map((i) => i.title);
const every = (from: number, to: number) => String.fromCharCode(...Array.from({ length: to - from + 1 }, (_, k) => from + k));
/** The C0 controls XML 1.0 forbids (tab, line feed and carriage return are allowed). */
const FORBIDDEN = every(0x00, 0x08) + '\u000b\u000c' + every(0x0e, 0x1f);

describe('characters XML 1.0 forbids', () => {
  it('drops NUL from any body (PostgreSQL cannot store it)', () => {
    expect(titles(Buffer.from(rss('Pad\u0000ded', 'Fine\u0000\u0000')))).toEqual(['Padded', 'Fine']);
    expect(titles(Buffer.from(rss('caf\u00e9\u0000 au lait')))).toEqual(['café au lait']);
  });

  it('drops every forbidden C0 control from a gzip body, and keeps tab, line feed and carriage return as spaces', () => {
    const body = gzipSync(Buffer.from(rss(`a${FORBIDDEN}b`, 'tab\there\r\nnext')));
    expect(titles(body)).toEqual(['ab', 'tab here next']);
  });

  it('recovers the items of a gzip body holding invalid UTF-8, NUL and controls together', () => {
    // The middle title is “Low tide” in windows-1252 bytes, then a backspace.
    const [before, after] = rss('Lamp\u0019s lit', '@', 'Last\u0000one').split('@');
    const middle = Buffer.concat([Buffer.from([0x93]), Buffer.from('Low tide'), Buffer.from([0x94, 0x08])]);
    const doc = Buffer.concat([Buffer.from(before!), middle, Buffer.from(after!)]);
    expect(titles(gzipSync(doc))).toEqual(['Lamps lit', '“Low tide”', 'Lastone']);
  });

  it('drops them from text decoded from a legacy charset and from UTF-16', () => {
    const latin1 = Buffer.from(rss('Gr\u00fc\u00dfe\u0007 aus \u001bK\u00f6ln').replace('utf-8', 'iso-8859-1'), 'latin1');
    expect(titles(latin1)).toEqual(['Grüße aus Köln']);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rss('bell\u0007 \uffffend'), 'utf16le')]);
    expect(titles(utf16)).toEqual(['bell end']);
  });

  it('reads JSON Feed strings holding raw line breaks, tabs and controls, which JSON forbids', () => {
    const json = `{"version":"https://jsonfeed.org/version/1.1","title":"Raw\tfeed","items":[
      {"id":"1","title":"Two\nlines\u0008","content_text":"Body"}]}`;
    const feed = parseFeedSync(json);
    expect(feed.title).toBe('Raw feed');
    expect(feed.items[0]).toMatchObject({ id: '1', title: 'Two lines', content: 'Body' });
  });

  it('still refuses JSON that is broken in other ways', () => {
    let code = 'parsed';
    try {
      parseFeedSync('{"version":"https://jsonfeed.org/version/1.1",\n"items":[{"id":"1"');
    } catch (err) {
      code = isAppError(err) ? err.code : 'other';
    }
    expect(code).toBe('PARSE_ERROR');
  });
});

describe('damaged gzip', () => {
  const doc = Buffer.from(rss(...Array.from({ length: 40 }, (_, i) => `Story number ${i + 1} of the night`)));
  const zipped = gzipSync(doc);

  it('keeps the items of a download cut off mid-stream', () => {
    const got = titles(zipped.subarray(0, Math.floor(zipped.length * 0.8)));
    expect(got.length).toBeGreaterThan(5);
    expect(got.length).toBeLessThan(40);
    expect(got.slice(0, 3)).toEqual([
      'Story number 1 of the night',
      'Story number 2 of the night',
      'Story number 3 of the night',
    ]);
  });

  it('ignores bytes after the gzip data and a wrong checksum', () => {
    expect(titles(Buffer.concat([zipped, Buffer.from('\u0000\u0000trailing junk')]))).toHaveLength(40);
    const badChecksum = Buffer.from(zipped);
    badChecksum.writeUInt8(badChecksum.readUInt8(badChecksum.length - 6) ^ 0xff, badChecksum.length - 6);
    expect(titles(badChecksum)).toHaveLength(40);
  });

  it('reads a member with a file name and a comment in its header', () => {
    const plain = gzipSync(doc);
    // FNAME and FCOMMENT: flags bit 3 and 4, each a zero-terminated string after the 10-byte header.
    const header = Buffer.from(plain.subarray(0, 10));
    header[3] = 8 | 16;
    const named = Buffer.concat([header, Buffer.from('feed.xml\u0000made by hand\u0000'), plain.subarray(10, plain.length - 4)]);
    expect(titles(named)).toHaveLength(40);
  });

  it('says PARSE_ERROR when nothing inflates', () => {
    let code = 'parsed';
    try {
      parseFeedSync(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff]));
    } catch (err) {
      code = isAppError(err) ? err.code : 'other';
    }
    expect(code).toBe('PARSE_ERROR');
  });
});

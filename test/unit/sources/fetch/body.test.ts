// Bodies over the cap are refused on both sides: compressed bytes are not read past it, and a
// decompression bomb is not inflated past it.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { Readable, type Transform } from 'node:stream';
import { constants, createBrotliCompress, createGzip, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../../../src/sources/fetch/body.js';

const MIB = 1024 * 1024;

/** One MiB that compresses to a bit over 20 KiB: a fresh random block, repeated. */
const repetitiveMib = () => Buffer.alloc(MIB, randomBytes(20 * 1024));

/**
 * A compressed stream of `count` MiB, cut where each MiB ends (a flush per MiB). Each piece is
 * larger than the decoder's input buffer, so the number of pieces pulled shows how far it inflated.
 */
async function bombPieces(encoder: Transform, count: number, mib: () => Buffer = repetitiveMib): Promise<Buffer[]> {
  const pieces: Buffer[] = [];
  let current: Buffer[] = [];
  encoder.on('data', (c: Buffer) => current.push(c));
  for (let i = 0; i < count; i++) {
    encoder.write(mib());
    await new Promise<void>((r) => (encoder as Transform & { flush(cb: () => void): void }).flush(r));
    pieces.push(Buffer.concat(current));
    current = [];
  }
  encoder.end();
  await once(encoder, 'end');
  pieces.push(Buffer.concat(current));
  return pieces;
}

/** Serves the pieces one by one and counts how many the reader pulled. */
function countingSource(pieces: Buffer[]) {
  const state = { pulled: 0 };
  const stream = Readable.from(
    (function* () {
      for (const p of pieces) {
        state.pulled++;
        yield p;
      }
    })(),
  );
  return { stream, state };
}

describe('readBody', () => {
  it.each([
    ['gzip', () => createGzip({ level: 1 })],
    ['br', () => createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 1 } })],
  ])('refuses a %s body of 64 MiB whose compressed bytes fit the cap', { timeout: 30_000 }, async (encoding, make) => {
    const pieces = await bombPieces(make(), 64);
    const compressed = pieces.reduce((n, p) => n + p.length, 0);
    expect(compressed).toBeLessThan(4 * MIB);
    const err = await readBody(countingSource(pieces).stream, encoding, 4 * MIB).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'FEED_TOO_LARGE',
      message: `The feed is larger than ${4 * MIB} bytes (after decompression); fetch.maxBodyBytes raises the cap`,
    });
  });

  it('stops reading compressed bytes at the cap', { timeout: 30_000 }, async () => {
    const pieces = await bombPieces(createGzip({ level: 1 }), 64);
    expect(pieces.slice(0, -1).every((p) => p.length > 16 * 1024 && p.length < 64 * 1024)).toBe(true);
    const { stream, state } = countingSource(pieces);
    const err = await readBody(stream, 'gzip', 64 * 1024).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'FEED_TOO_LARGE', message: expect.stringContaining('65536 bytes (compressed)') as string });
    // The pieces pulled are the ones that reached the cap: a few of the 64, not all of them.
    expect(state.pulled).toBeLessThan(8);
  });

  it('returns the whole body when it fits, decoded', async () => {
    const pieces = await bombPieces(createGzip(), 2, () => Buffer.alloc(MIB, 7));
    const body = await readBody(countingSource(pieces).stream, 'gzip', 3 * MIB);
    expect(body.length).toBe(2 * MIB);
    expect(body.every((b) => b === 7)).toBe(true);
  });

  it('names a corrupt body', async () => {
    const gz = gzipSync(Buffer.alloc(10_000, 1));
    const err = await readBody(Readable.from([gz.subarray(0, gz.length - 20)]), 'gzip', MIB).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'FEED_FETCH_FAILED',
      message: expect.stringMatching(/^The gzip body is corrupt: /) as string,
    });
  });

  it('counts identity bodies too', async () => {
    const err = await readBody(Readable.from([Buffer.alloc(40_000), Buffer.alloc(40_000)]), undefined, 65_536).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'FEED_TOO_LARGE' });
    expect((await readBody(Readable.from([Buffer.from('abc')]), 'identity', 1024)).toString()).toBe('abc');
  });
});

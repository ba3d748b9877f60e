import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { DigestRound } from '../../../src/model.js';
import { chartSpec, MAX_BARS } from '../../../src/digest/chart/spec.js';
import { chartHeight, renderChartSvg } from '../../../src/digest/chart/svg.js';
import { renderChartPng } from '../../../src/digest/chart/png.js';

const round = (
  company: string,
  amountUsd: number | null,
  currency = 'USD',
  amount = amountUsd,
  status: DigestRound['status'] = 'announced',
): DigestRound => ({
  company,
  amount,
  currency,
  amountUsd,
  roundType: 'series_a',
  roundTypeDetail: null,
  valuation: null,
  leadInvestors: [],
  otherInvestors: [],
  status,
  sources: [],
  conflict: null,
});

/** Width, height and the share of non-white pixels of an 8-bit RGB(A) PNG, read without a library. */
function inspectPng(png: Uint8Array): { width: number; height: number; inked: number } {
  const buf = Buffer.from(png);
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  const channels = buf[25] === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let off = 8; off < buf.length;) {
    const len = buf.readUInt32BE(off);
    if (buf.toString('latin1', off + 4, off + 8) === 'IDAT') idat.push(buf.subarray(off + 8, off + 8 + len));
    off += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels + 1;
  let inked = 0;
  let prev = Buffer.alloc(width * channels);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * stride]!;
    const line = Buffer.from(raw.subarray(y * stride + 1, (y + 1) * stride));
    for (let x = 0; x < line.length; x++) {
      const a = x >= channels ? line[x - channels]! : 0;
      const b = prev[x]!;
      const c = x >= channels ? prev[x - channels]! : 0;
      const p = a + b - c;
      const pred =
        filter === 1
          ? a
          : filter === 2
            ? b
            : filter === 3
              ? (a + b) >> 1
              : filter === 4
                ? Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
                  ? a
                  : Math.abs(p - b) <= Math.abs(p - c)
                    ? b
                    : c
                : 0;
      line[x] = (line[x]! + pred) & 0xff;
    }
    for (let x = 0; x < width; x++)
      if (line[x * channels]! < 200 || line[x * channels + 1]! < 200 || line[x * channels + 2]! < 200) inked++;
    prev = line;
  }
  return { width, height, inked: inked / (width * height) };
}

describe('funding chart', () => {
  const rounds = [
    round('Apptronik', 520e6),
    round('AMI Labs', 1.03e9),
    round('Simplexity', 13.6e6, 'EUR', 12.5e6),
    round('Quiet Co', null),
  ];

  it('puts every priced company in the spec, largest first, with reported and USD values', () => {
    const spec = chartSpec(rounds, 'Funding rounds')!;
    expect(spec.bars.map((b) => b.label)).toEqual(['AMI Labs', 'Apptronik', 'Simplexity']);
    expect(spec.bars.map((b) => b.valueText)).toEqual(['$1.03B', '$520M', '€12.5M ≈ $13.6M']);
    expect(spec.subtitle).toBe('4 rounds · total $1.56B');
    expect(spec.omitted).toBe(1);
  });

  it('marks a round in talks, draws it apart and leaves it out of the subtitle’s total', () => {
    const spec = chartSpec([...rounds, round('Skildo', 2e9, 'USD', 2e9, 'in_talks')], 'Funding rounds')!;
    expect(spec.bars[0]).toMatchObject({ label: 'Skildo (in talks)', inTalks: true });
    expect(spec.bars.filter((b) => b.inTalks)).toHaveLength(1);
    expect(spec.subtitle).toBe('4 rounds · total $1.56B · 1 in talks, not in the total');
    const svg = renderChartSvg(spec);
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(1);
    expect(svg).toContain('Skildo (in talks)');
  });

  it('has nothing to draw without amounts', () => {
    expect(chartSpec([round('Quiet Co', null)], 'Funding rounds')).toBeNull();
  });

  it('caps the bars and says how many were left out', () => {
    const many = Array.from({ length: MAX_BARS + 3 }, (_, i) => round(`Company ${i}`, (i + 1) * 1e6));
    const spec = chartSpec(many, 'Funding rounds')!;
    expect(spec.bars).toHaveLength(MAX_BARS);
    expect(spec.omitted).toBe(3);
    expect(renderChartSvg(spec)).toContain('+ 3 more');
  });

  it('escapes labels in the SVG', () => {
    const spec = chartSpec([round('<script>&Co', 1e6)], 'Rounds <b>')!;
    const svg = renderChartSvg(spec);
    expect(svg).toContain('&lt;script&gt;&amp;Co');
    expect(svg).not.toContain('<script>');
  });

  it('renders a PNG of the spec size with ink on it', async () => {
    const spec = chartSpec(rounds, 'Funding rounds · 2026-11-21 15:00 UTC')!;
    const png = await renderChartPng(spec);
    const info = inspectPng(png);
    expect(info.width).toBe(1200);
    expect(info.height).toBe(chartHeight(spec));
    expect(png.byteLength).toBeGreaterThan(5_000);
    expect(png.byteLength).toBeLessThan(500_000);
    expect(info.inked).toBeGreaterThan(0.03);
    expect(info.inked).toBeLessThan(0.6);
  });
});

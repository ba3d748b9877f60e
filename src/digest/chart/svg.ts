// Draws a ChartSpec as a horizontal bar chart in SVG, sized to stay readable when a chat client
// shrinks it to a preview (large type, few bars, values printed beside the bars). A round in talks
// is a dashed grey outline, not a filled bar.
import type { ChartSpec } from './spec.js';

export const CHART_FONT_FAMILY = 'DejaVu Sans';

const WIDTH = 1200;
const PAD = 40;
const TOP = 150;
const ROW = 64;
const BAR = 40;
const LABEL_W = 330;
const VALUE_W = 300;
const COLORS = ['#2563eb', '#0891b2', '#7c3aed', '#db2777', '#ea580c', '#16a34a'];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function chartHeight(spec: ChartSpec): number {
  return TOP + spec.bars.length * ROW + (spec.omitted > 0 ? 70 : 30);
}

export function renderChartSvg(spec: ChartSpec): string {
  const height = chartHeight(spec);
  const max = Math.max(...spec.bars.map((b) => b.valueUsd));
  const span = WIDTH - PAD * 2 - LABEL_W - VALUE_W;
  const rows = spec.bars.map((b, i) => {
    const y = TOP + i * ROW;
    const w = Math.max(4, Math.round((b.valueUsd / max) * span));
    const x = PAD + LABEL_W;
    return [
      `<text x="${x - 16}" y="${y + BAR / 2 + 10}" text-anchor="end" font-size="28" fill="#111827">${escapeXml(clip(b.label, b.inTalks ? 30 : 20))}</text>`,
      b.inTalks
        ? `<rect x="${x}" y="${y}" width="${w}" height="${BAR}" rx="6" fill="#f3f4f6" stroke="#6b7280" stroke-width="3" stroke-dasharray="10 6"/>`
        : `<rect x="${x}" y="${y}" width="${w}" height="${BAR}" rx="6" fill="${COLORS[i % COLORS.length]}"/>`,
      `<text x="${x + w + 14}" y="${y + BAR / 2 + 10}" font-size="28" font-weight="bold" fill="#111827">${escapeXml(b.valueText)}</text>`,
    ].join('');
  });
  const more =
    spec.omitted > 0
      ? `<text x="${PAD}" y="${height - 28}" font-size="24" fill="#6b7280">+ ${spec.omitted} more without a USD amount or beyond the top ${spec.bars.length}</text>`
      : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${CHART_FONT_FAMILY}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PAD}" y="64" font-size="38" font-weight="bold" fill="#111827">${escapeXml(clip(spec.title, 52))}</text>`,
    `<text x="${PAD}" y="110" font-size="28" fill="#4b5563">${escapeXml(spec.subtitle)}</text>`,
    ...rows,
    more,
    '</svg>',
  ].join('');
}

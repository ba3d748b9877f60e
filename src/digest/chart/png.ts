// SVG → PNG with resvg (native binary shipped through the npm registry) and a font from the npm
// registry, so the chart looks the same on a bare container with no system fonts.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { ChartSpec } from './spec.js';
import { CHART_FONT_FAMILY, renderChartSvg } from './svg.js';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')];

export function renderChartPng(spec: ChartSpec): Uint8Array {
  const resvg = new Resvg(renderChartSvg(spec), {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
  });
  return resvg.render().asPng();
}

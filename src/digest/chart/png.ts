// SVG → PNG with resvg (native binary shipped through the npm registry) and a font from the npm
// registry, so the chart looks the same on a bare container with no system fonts.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import type { ChartSpec } from './spec.js';
import { CHART_FONT_FAMILY, renderChartSvg } from './svg.js';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')];

/** Renders on libuv's thread pool: the fonts' loading and the drawing (tens of ms) leave the event loop free. */
export async function renderChartPng(spec: ChartSpec): Promise<Uint8Array> {
  const image = await renderAsync(renderChartSvg(spec), {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY },
  });
  return image.asPng();
}

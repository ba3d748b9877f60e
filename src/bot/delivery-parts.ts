// The one place that knows how each platform renders a digest into deliverable parts. The digest
// pipeline calls it and hands the result to queueDeliveries in the same transaction.
import type { Digest, Platform } from '../model.js';
import { renderDigestText } from './console/render.js';
import { discordDigestParts } from './discord/digest-parts.js';
import { slackDigestParts } from './slack/digest-parts.js';

/** Console parts are the terminal text at 80 columns. */
export interface ConsolePart {
  text: string;
}

/** The rendered parts of `digest` for a destination on `platform`, in posting order (JSON-serializable). */
export function renderDeliveryParts(digest: Digest, platform: Platform, chart: Uint8Array | null): object[] {
  switch (platform) {
    case 'slack':
      return slackDigestParts(digest, chart);
    case 'discord':
      return discordDigestParts(digest, chart);
    case 'console':
      return [{ text: renderDigestText(digest, { width: 80, color: false }) } satisfies ConsolePart];
  }
}

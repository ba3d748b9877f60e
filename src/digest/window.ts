// How far back a destination's digest reaches: its window starts at the previous slot, but never
// further back than this, whatever happened to earlier slots.
import { HOUR } from '../time.js';

export const LOOKBACK_MS = 48 * HOUR;

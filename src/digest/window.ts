// How far back a destination's digest reaches: at most this long before its slot, whatever
// happened to earlier slots; articles already in one of the destination's digests are left out.
import { HOUR } from '../time.js';

export const LOOKBACK_MS = 48 * HOUR;

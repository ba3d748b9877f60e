// Pieces every command reply uses.
import type { SourceRef } from '../../../model.js';
import { oneLine } from '../../render/text.js';
import type { ReplyLink } from '../types.js';

/** `2026-03-02` */
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `Robot Wire: Apptronik raises $520M`, linked when the article has a URL. */
export const sourceLink = (s: Pick<SourceRef, 'title' | 'url' | 'outlet'>): ReplyLink => ({
  label: `${s.outlet}: ${oneLine(s.title)}`,
  url: s.url ?? '',
});

// Field schemas the config table (config.ts) shares between its sections, kept here so the table
// stays one readable page.
import { z } from 'zod';
import { FULL_TEXT_MODES } from './model.js';

export const httpUrl = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), { message: 'expected an http(s) URL' });

/** A feed's full-text mode (decision 0025); absent means auto. */
export const fullTextMode = z
  .enum(FULL_TEXT_MODES)
  .optional()
  .describe('fetch the article page for full text: auto (only for titles and teasers), always, or off');

// Field schemas the config table (config.ts) shares between its sections, kept here so the table
// stays one readable page: an http(s) URL, a whole number in a range (read from a string too, as
// environment variables are), an optional secret, a feed's full-text mode, and the retention
// section (how long articles are kept: decision 0022).
import { z } from 'zod';
import { FULL_TEXT_MODES } from './model.js';

export const httpUrl = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), { message: 'expected an http(s) URL' });

export const int = (min: number, max: number) =>
  z.coerce
    .number({ error: `expected a whole number from ${min} to ${max}` })
    .int(`expected a whole number from ${min} to ${max}`)
    .min(min, `expected a whole number from ${min} to ${max}`)
    .max(max, `expected a whole number from ${min} to ${max}`);

export const secret = z.string().trim().min(1).optional();

/** A feed's full-text mode (decision 0025); absent means auto. */
export const fullTextMode = z
  .enum(FULL_TEXT_MODES)
  .optional()
  .describe('fetch the article page for full text: auto (only for titles and teasers), always, or off');

export const retentionSchema = z
  .strictObject({
    days: int(1, 36_500)
      .default(90)
      .describe(
        'articles, feed items, digest links and search rows first seen longer ago are pruned; funding rounds and their sources are kept',
      ),
  })
  .prefault({});

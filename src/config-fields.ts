// Configuration pieces kept out of config.ts (near its size cap): the whole-number field every
// section uses, and the retention section (how long articles are kept: decision 0022).
import { z } from 'zod';

export const int = (min: number, max: number) =>
  z.coerce
    .number({ error: `expected a whole number from ${min} to ${max}` })
    .int(`expected a whole number from ${min} to ${max}`)
    .min(min, `expected a whole number from ${min} to ${max}`)
    .max(max, `expected a whole number from ${min} to ${max}`);

export const retentionSchema = z
  .strictObject({
    days: int(1, 36_500)
      .default(90)
      .describe(
        'articles, feed items, digest links and search rows first seen longer ago are pruned; funding rounds and their sources are kept',
      ),
  })
  .prefault({});

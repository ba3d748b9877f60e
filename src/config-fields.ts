// Value shapes the configuration schema shares between its sections: an http(s) URL, a whole
// number in a range (read from a string too, as environment variables are), an optional secret.
import { z } from 'zod';

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

import { z } from 'zod';
import { AppError } from '../errors.js';

export const stringList = z.array(z.string());

/** Reads a JSON text column through a zod schema; a malformed row is an error that names the column. */
export function readJson<T>(schema: z.ZodType<T>, text: string, column: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError('INTERNAL', `Stored JSON in ${column} is not valid JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new AppError('INTERNAL', `Stored JSON in ${column} has an unexpected shape: ${parsed.error.message}`);
  return parsed.data;
}

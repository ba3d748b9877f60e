// Shared plumbing of the CLI commands: JSON lines in and out.
import { createInterface } from 'node:readline';
import type { z } from 'zod';
import { userError } from '../errors.js';

/** Reads JSON lines from a stream, validating each with `schema`; a bad line names its number. */
export async function readJsonLines<T>(input: NodeJS.ReadableStream, schema: z.ZodType<T>): Promise<T[]> {
  const out: T[] = [];
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw userError('BAD_ARGUMENT', `stdin line ${n} is not valid JSON`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw userError('BAD_ARGUMENT', `stdin line ${n}: ${issue.path.join('.') || 'value'}: ${issue.message}`);
    }
    out.push(parsed.data);
  }
  return out;
}

export function writeJsonLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

// Scores one parser over the cases: a file passes when it errors exactly where the manifest
// expects an error and every applicable check holds.
import { errorMessage } from '../../src/errors.js';
import type { Case } from './cases.js';
import type { Result, RunOptions } from './types.js';

export type ParseFn = (bytes: Uint8Array, options: RunOptions) => Promise<Result>;

export interface FileScore {
  file: string;
  applicable: boolean;
  passed: boolean;
  failures: string[];
  error: string | null;
}

export interface Score {
  files: FileScore[];
  applicable: number;
  passed: number;
  rate: number;
  unexpectedErrors: string[];
  missedErrors: string[];
  realWorld: { total: number; parsed: number };
}

async function attempt(parse: ParseFn, bytes: Uint8Array, options: RunOptions): Promise<Result | Error> {
  try {
    return await parse(bytes, options);
  } catch (err) {
    return err instanceof Error ? err : new Error(errorMessage(err));
  }
}

async function scoreCase(c: Case, parse: ParseFn): Promise<FileScore> {
  const main = await attempt(parse, c.bytes, c.options);
  const error = main instanceof Error ? `${(main as { code?: string }).code ?? 'ERROR'}: ${main.message}` : null;
  const applicable = c.entry.expect_error || c.checks.some((k) => k.applies);
  if (c.entry.expect_error)
    return { file: c.entry.file, applicable, passed: error !== null, failures: error ? [] : ['expected an error'], error };
  const failures: string[] = [];
  if (error) failures.push(`error: ${error}`);
  for (const check of c.checks) {
    if (!check.applies || !check.test) continue;
    const r = check.options ? await attempt(parse, c.bytes, { ...c.options, ...check.options }) : main;
    if (r instanceof Error) {
      if (!error) failures.push(`${check.what}: error ${r.message}`);
    } else if (!check.test(r)) failures.push(check.what);
  }
  return { file: c.entry.file, applicable, passed: failures.length === 0, failures, error };
}

export async function scoreParser(cases: Case[], parse: ParseFn): Promise<Score> {
  const files: FileScore[] = [];
  for (const c of cases) files.push(await scoreCase(c, parse));
  const applicable = files.filter((f) => f.applicable);
  const passed = applicable.filter((f) => f.passed).length;
  const realWorld = cases.map((c, i) => ({ c, f: files[i]! })).filter(({ c }) => c.entry.category === 'real-world');
  return {
    files,
    applicable: applicable.length,
    passed,
    rate: applicable.length ? passed / applicable.length : 0,
    unexpectedErrors: files.filter((f, i) => f.error && !cases[i]!.entry.expect_error).map((f) => `${f.file} (${f.error})`),
    missedErrors: files.filter((f, i) => !f.error && cases[i]!.entry.expect_error).map((f) => f.file),
    realWorld: { total: realWorld.length, parsed: realWorld.filter(({ f }) => !f.error).length },
  };
}

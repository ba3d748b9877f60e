// How configuration problems read: each zod issue becomes a line naming the key (and the
// environment variable that set it), what was expected and what was given (never a secret); an
// unknown key gets the likely one ("did you mean port?").
import { closest, distance } from 'fastest-levenshtein';
import type { z } from 'zod';

export function getPath(target: unknown, path: PropertyKey[]): unknown {
  let node = target;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

export interface IssueContext {
  /** Which environment variable set a path (`port` → `PORT`). */
  origins: Map<string, string>;
  /** The configuration as read, before validation. */
  raw: unknown;
  schema: z.ZodType;
  secretPaths: readonly string[][];
}

/** One zod issue as the lines a person reads: the key (and the variable that set it), what was expected, what was given. */
export function describeIssue(issue: z.core.$ZodIssue, c: IssueContext): string[] {
  const { origins, raw } = c;
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    const where = formatPath(issue.path);
    const known = keysAt(c.schema, issue.path);
    return issue.keys.map((k) => {
      const guess = known.length > 0 ? closest(k, known) : undefined;
      const near = guess !== undefined && distance(k.toLowerCase(), guess.toLowerCase()) <= Math.max(2, guess.length / 3);
      const hint = near ? `; did you mean ${guess}?` : known.length > 0 ? ` (known keys here: ${known.join(', ')})` : '';
      return `${where === '(top level)' ? '' : `${where}.`}${k}: unknown key${hint}`;
    });
  }
  let envName: string | undefined;
  for (let i = path.length; i > 0 && envName === undefined; i--) envName = origins.get(path.slice(0, i).join('.'));
  const key = envName ? `${envName} (${formatPath(issue.path)})` : formatPath(issue.path);
  const secretPath = c.secretPaths.some((p) => p.join('.') === path.join('.'));
  const got = getPath(raw, issue.path);
  const shown = got === undefined || secretPath ? '' : `, got ${JSON.stringify(got)}`;
  return [`${key}: ${issue.message}${shown}`];
}

type SchemaDef = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The keys the schema accepts at a path of the raw configuration (for "did you mean"). */
function keysAt(schema: z.ZodType, path: PropertyKey[]): string[] {
  let node: z.ZodType | undefined = schema;
  const unwrap = () => {
    while (node) {
      const def = defOf(node);
      if (def.type === 'object') return def.shape ?? null;
      node = def.type === 'array' ? def.element : (def.innerType ?? def.in);
      if (def.type === 'array') return 'array';
    }
    return null;
  };
  for (const key of path) {
    const shape = unwrap();
    if (shape === 'array') {
      if (typeof key !== 'number') return [];
      continue;
    }
    if (!shape) return [];
    node = shape[String(key)];
  }
  const shape = unwrap();
  return shape && shape !== 'array' ? Object.keys(shape) : [];
}

function formatPath(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : (i ? '.' : '') + String(p))).join('') || '(top level)';
}

// From an invocation to an action and its validated arguments. Slack sends the words typed after
// the command (`/feeds add <url> robotics`); Discord sends a subcommand and named options. Both
// end in one zod schema derived from the action's spec, so both are held to the same rules.
import { z } from 'zod';
import { userError } from '../../errors.js';
import type { Platform } from '../../model.js';
import { usageOn } from './catalog.js';
import { commandHint, typedOptions, type ActionSpec, type CommandSpec, type OptionSpec } from './spec.js';
import type { CommandInvocation } from './types.js';

const DEFAULT_MAX_LENGTH = 100;

/** `<https://x|x>` or `<https://x>`: how Slack may wrap a link typed after a command. */
const unwrapSlackLink = (v: string) => /^<(https?:\/\/[^|>]+)(?:\|[^>]*)?>$/i.exec(v)?.[1] ?? v;
const unquote = (v: string) => v.replace(/^["'“‘](.*)["'”’]$/s, '$1').trim();
const isHttpUrl = (v: string) => /^https?:\/\//i.test(v) && URL.canParse(v);

function optionSchema(o: OptionSpec): z.ZodType {
  const required = (input: unknown) => (input === undefined ? 'is missing' : undefined);
  let schema: z.ZodType;
  if (o.kind === 'id') {
    schema = z.preprocess(
      (v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v),
      z
        .number({ error: (i) => required(i.input) ?? 'must be a number such as 12' })
        .int('must be a whole number')
        .positive('must be above 0'),
    );
  } else if (o.kind === 'url' || o.kind === 'attachment') {
    schema = z
      .string({ error: (i) => required(i.input) ?? 'must be text' })
      .transform(unwrapSlackLink)
      .refine(isHttpUrl, { error: (i) => `is not an http(s) URL: "${String(i.input)}"` });
  } else if (o.choices) {
    schema = z.enum(o.choices as [string, ...string[]], {
      error: (i) => required(i.input) ?? `must be one of: ${o.choices!.join(', ')}`,
    });
  } else {
    const max = o.maxLength ?? DEFAULT_MAX_LENGTH;
    schema = z.string({ error: (i) => required(i.input) ?? 'must be text' }).max(max, `must be at most ${max} characters`);
  }
  return z.preprocess(
    (v) => {
      if (typeof v !== 'string') return v;
      const t = unquote(v.trim());
      return t === '' ? undefined : t;
    },
    o.required ? schema : schema.optional(),
  );
}

const schemas = new WeakMap<ActionSpec, z.ZodType>();

/** The zod schema of an action's arguments, derived from its spec (and kept). */
export function argumentSchema(a: ActionSpec): z.ZodType {
  let s = schemas.get(a);
  if (!s) {
    s = z.object(Object.fromEntries(a.options.map((o) => [o.name, optionSchema(o)])));
    schemas.set(a, s);
  }
  return s;
}

/** The validated arguments, or a BAD_ARGUMENT naming the option, the problem and the usage. */
export function validateArguments(a: ActionSpec, raw: Record<string, unknown>, platform: Platform): unknown {
  const parsed = argumentSchema(a).safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? 'argument');
  throw userError('BAD_ARGUMENT', `The ${name} ${issue.message}. Usage: ${usageOn(a, platform)}`);
}

function chooseAction(c: CommandSpec, sub: string | null): ActionSpec {
  if (c.actions.length === 1 && c.actions[0]!.subcommand === null) return c.actions[0]!;
  const found = c.actions.find((a) => a.subcommand === sub?.toLowerCase());
  if (found) return found;
  const what = sub ? `There is no /${c.name} ${sub}.` : `/${c.name} needs a subcommand.`;
  throw userError('BAD_ARGUMENT', `${what} Usage: /${c.name} ${commandHint(c)}`);
}

/** Slack: the typed words, in the spec's option order; a `rest` option takes every remaining word. */
function wordsToOptions(a: ActionSpec, words: string[], platform: Platform): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let i = 0;
  for (const o of typedOptions(a)) {
    if (i >= words.length) break;
    out[o.name] = o.rest ? words.slice(i).join(' ') : words[i];
    i = o.rest ? words.length : i + 1;
  }
  if (i < words.length)
    throw userError('BAD_ARGUMENT', `Unexpected words: "${words.slice(i).join(' ')}". Usage: ${usageOn(a, platform)}`);
  return out;
}

/** The action an invocation names and its raw (not yet validated) arguments. */
export function readInvocation(c: CommandSpec, inv: CommandInvocation): { action: ActionSpec; raw: Record<string, unknown> } {
  if (inv.text === null) return { action: chooseAction(c, inv.subcommand), raw: inv.options };
  const words = inv.text.split(/\s+/).filter((w) => w !== '');
  const hasSubcommands = c.actions.some((a) => a.subcommand !== null);
  const action = chooseAction(c, hasSubcommands ? (words.shift() ?? null) : null);
  return { action, raw: wordsToOptions(action, words, inv.platform) };
}

// Commands as data: each action (a command, or one of its subcommands) names its options, their
// kinds and whether they are required, and whether only admins may run it. Argument parsing and
// validation, the Discord application commands and the Slack manifest all derive from these.

/** `attachment`: a file uploaded with the command where the platform allows it (Discord); Slack never fills it. */
export type OptionKind = 'text' | 'url' | 'id' | 'attachment';

export interface OptionSpec {
  readonly name: string;
  readonly description: string;
  readonly kind: OptionKind;
  readonly required: boolean;
  /** Text: the only accepted values. */
  readonly choices?: readonly string[];
  /** Text: longest accepted value (default 100). */
  readonly maxLength?: number;
  /** Discord suggests values while the option is typed. */
  readonly autocomplete?: boolean;
  /** Slack: takes every remaining word (a company name, a topic, search words). Last option only. */
  readonly rest?: boolean;
}

export interface ActionSpec {
  readonly command: string;
  /** null for a command without subcommands. */
  readonly subcommand: string | null;
  readonly description: string;
  readonly admin: boolean;
  readonly options: readonly OptionSpec[];
}

export interface CommandSpec {
  readonly name: string;
  readonly description: string;
  /** One action without a subcommand, or one action per subcommand. */
  readonly actions: readonly ActionSpec[];
}

type ValueOf<O extends OptionSpec> = O['kind'] extends 'id'
  ? number
  : O['choices'] extends readonly (infer C extends string)[]
    ? C
    : string;

/** The validated arguments of an action, typed from its spec. */
export type ArgsOf<A extends ActionSpec> = {
  [O in A['options'][number] as O['name']]: O['required'] extends true ? ValueOf<O> : ValueOf<O> | undefined;
};

/** Declares an action, keeping its literal types for ArgsOf. */
export const action = <const A extends ActionSpec>(a: A): A => a;

/** Options typed as words (every kind but an attachment). */
export const typedOptions = (a: ActionSpec) => a.options.filter((o) => o.kind !== 'attachment');

/** `<url> [topic]` */
export function optionsHint(a: ActionSpec): string {
  return typedOptions(a)
    .map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`))
    .join(' ');
}

/**
 * The name a command's action is published under. Where permissions are granted per command
 * (Discord), the admin actions of a command that also has actions for anyone are their own
 * command, `<name>-admin`, which only admins are shown.
 */
export const ADMIN_SUFFIX = '-admin';

export function publishedName(c: Pick<CommandSpec, 'name' | 'actions'>, a: ActionSpec, splitAdmin: boolean): string {
  const mixed = c.actions.some((x) => x.admin) && c.actions.some((x) => !x.admin);
  return splitAdmin && mixed && a.admin ? `${c.name}${ADMIN_SUFFIX}` : c.name;
}

/** The command a published name stands for (`feeds-admin` → `feeds`). */
export function commandOfName(commands: readonly CommandSpec[], name: string): CommandSpec | undefined {
  return commands.find((c) => c.name === name) ?? commands.find((c) => `${c.name}${ADMIN_SUFFIX}` === name);
}

/** `/feeds add <url> [topic]` (`name`: the command as published, e.g. `feeds-admin`). */
export function usage(a: ActionSpec, name: string = a.command): string {
  return [`/${name}`, a.subcommand, optionsHint(a)].filter((p) => p).join(' ');
}

/** `add <url> [topic] | list | remove <id>`: what may follow the command (Slack usage hint). */
export function commandHint(c: CommandSpec): string {
  return c.actions.map((a) => [a.subcommand, optionsHint(a)].filter((p) => p).join(' ')).join(' | ');
}

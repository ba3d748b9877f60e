// Commands as data: each action (a command, or one of its subcommands) names its options, their
// kinds and whether they are required, and whether only admins may run it. Argument parsing and
// validation, the Discord application commands and the Slack manifest all derive from these.

export type OptionKind = 'text' | 'url' | 'id';

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

/** `<url> [topic]` */
export function optionsHint(a: ActionSpec): string {
  return a.options.map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`)).join(' ');
}

/** `/feeds add <url> [topic]` */
export function usage(a: ActionSpec): string {
  return [`/${a.command}`, a.subcommand, optionsHint(a)].filter((p) => p).join(' ');
}

/** `add <url> [topic] | list | remove <id>`: what may follow the command (Slack usage hint). */
export function commandHint(c: CommandSpec): string {
  return c.actions.map((a) => [a.subcommand, optionsHint(a)].filter((p) => p).join(' ')).join(' | ');
}

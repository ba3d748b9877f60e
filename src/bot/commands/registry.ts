// The command registry: the one CommandHandler Slack and Discord call. It finds the action an
// invocation names, refuses admin actions to non-admins, validates the arguments against the
// action's spec, looks up the channel's destination and runs the handler. User errors come back
// privately and in full; anything else is logged with its code and answered generically.
import { isAppError, userError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { destinationByChannel } from '../../store/destinations.js';
import { requireAdmin } from './admin.js';
import { readInvocation, validateArguments } from './arguments.js';
import {
  COMMANDS,
  DIGEST_LATEST,
  DIGEST_NOW,
  DIGEST_PREVIEW,
  DIGEST_STATUS,
  FEEDS_ADD,
  FEEDS_ERRORS,
  FEEDS_LIST,
  FEEDS_REMOVE,
  FEEDS_TEST,
  ROUND,
  SEARCH,
} from './catalog.js';
import type { ActionHandler, CommandContext, CommandDeps } from './context.js';
import { answer } from './failure.js';
import { digestLatest, digestNow, digestPreview } from './handlers/digest.js';
import { feedsAdd, feedsErrors, feedsList, feedsRemove, feedsTest } from './handlers/feeds.js';
import { companyChoices, roundCommand } from './handlers/round.js';
import { searchCommand } from './handlers/search.js';
import { digestStatus } from './handlers/status.js';
import type { ActionSpec, ArgsOf } from './spec.js';
import type { AutocompleteQuery, Choice, CommandHandler, CommandInvocation, Reply } from './types.js';

type Run = (ctx: CommandContext, raw: Record<string, unknown>) => Promise<Reply>;

/** Binds a handler to its action: the handler receives arguments validated against the action's spec. */
const bind = <A extends ActionSpec>(a: A, handler: ActionHandler<ArgsOf<A>>): [ActionSpec, Run] => [
  a,
  (ctx, raw) => handler(ctx, validateArguments(a, raw) as ArgsOf<A>),
];

export const HANDLERS: ReadonlyMap<ActionSpec, Run> = new Map([
  bind(ROUND, roundCommand),
  bind(DIGEST_LATEST, digestLatest),
  bind(DIGEST_PREVIEW, digestPreview),
  bind(DIGEST_NOW, digestNow),
  bind(DIGEST_STATUS, digestStatus),
  bind(FEEDS_ADD, feedsAdd),
  bind(FEEDS_LIST, feedsList),
  bind(FEEDS_REMOVE, feedsRemove),
  bind(FEEDS_TEST, feedsTest),
  bind(FEEDS_ERRORS, feedsErrors),
  bind(SEARCH, searchCommand),
]);

function report(log: Logger, inv: CommandInvocation, err: unknown): void {
  const where = { command: inv.command, subcommand: inv.subcommand, platform: inv.platform, userId: inv.userId };
  if (isAppError(err) && err.userMessage !== undefined) log.info({ ...where, code: err.code }, 'command refused');
  else log.error({ ...where, err, code: isAppError(err) ? err.code : 'INTERNAL' }, 'command failed');
}

async function complete(deps: CommandDeps, q: AutocompleteQuery): Promise<Choice[]> {
  if (q.command === ROUND.command && q.option === 'company') return companyChoices(deps, q.value, (deps.now ?? Date.now)());
  return [];
}

/** The slash commands, as one handler for Slack and Discord (with Discord autocomplete). */
export function createCommandRegistry(deps: CommandDeps): CommandHandler {
  const run = async (inv: CommandInvocation): Promise<Reply> => {
    const command = COMMANDS.find((c) => c.name === inv.command);
    if (!command) throw userError('BAD_ARGUMENT', `This bot has no /${inv.command} command.`);
    const { action, raw } = readInvocation(command, inv);
    if (action.admin) await requireAdmin(inv, deps.config.admins, action);
    const destination = (await destinationByChannel(deps.store.db, inv.platform, inv.channelId)) ?? null;
    const ctx: CommandContext = { deps, inv, destination, now: (deps.now ?? Date.now)() };
    return HANDLERS.get(action)!(ctx, raw);
  };
  const handler: CommandHandler = (inv) =>
    answer(
      () => run(inv),
      (err) => report(deps.log, inv, err),
    );
  handler.autocomplete = (q) =>
    complete(deps, q).catch((err: unknown) => {
      deps.log.error({ err, command: q.command, option: q.option }, 'autocomplete failed');
      return [];
    });
  return handler;
}

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
  commandNamed,
  DIGEST_EMPTY,
  DIGEST_LATEST,
  DIGEST_NOW,
  DIGEST_PREVIEW,
  DIGEST_RETRY,
  DIGEST_SCHEDULE,
  DIGEST_SKIP,
  DIGEST_STATUS,
  DIGEST_SUBSCRIBE,
  DIGEST_UNSUBSCRIBE,
  FEEDS_ADD,
  FEEDS_ERRORS,
  FEEDS_EXCLUDE,
  FEEDS_EXPORT,
  FEEDS_IMPORT,
  FEEDS_INCLUDE,
  FEEDS_LIST,
  FEEDS_PAUSE,
  FEEDS_REMOVE,
  FEEDS_RENAME,
  FEEDS_RESUME,
  FEEDS_TEST,
  FEEDS_TOPIC,
  FEEDS_UNFILTER,
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
import { digestRetry, digestSkip } from './handlers/deliveries.js';
import { feedsPause, feedsRename, feedsResume, feedsTopic } from './handlers/feed-control.js';
import { feedsExclude, feedsInclude, feedsUnfilter } from './handlers/filters.js';
import { feedsExport, feedsImport } from './handlers/opml.js';
import { digestEmpty, digestSchedule, digestSubscribe, digestUnsubscribe } from './handlers/subscription.js';
import type { ActionSpec, ArgsOf } from './spec.js';
import type { AutocompleteQuery, Choice, CommandHandler, CommandInvocation, Reply } from './types.js';

type Run = (ctx: CommandContext, raw: Record<string, unknown>) => Promise<Reply>;

/** Binds a handler to its action: the handler receives arguments validated against the action's spec. */
const bind = <A extends ActionSpec>(a: A, handler: ActionHandler<ArgsOf<A>>): [ActionSpec, Run] => [
  a,
  (ctx, raw) => handler(ctx, validateArguments(a, raw, ctx.inv.platform) as ArgsOf<A>),
];

export const HANDLERS: ReadonlyMap<ActionSpec, Run> = new Map([
  bind(ROUND, roundCommand),
  bind(DIGEST_LATEST, digestLatest),
  bind(DIGEST_PREVIEW, digestPreview),
  bind(DIGEST_NOW, digestNow),
  bind(DIGEST_STATUS, digestStatus),
  bind(DIGEST_SUBSCRIBE, digestSubscribe),
  bind(DIGEST_UNSUBSCRIBE, digestUnsubscribe),
  bind(DIGEST_SCHEDULE, digestSchedule),
  bind(DIGEST_EMPTY, digestEmpty),
  bind(DIGEST_RETRY, digestRetry),
  bind(DIGEST_SKIP, digestSkip),
  bind(FEEDS_ADD, feedsAdd),
  bind(FEEDS_LIST, feedsList),
  bind(FEEDS_REMOVE, feedsRemove),
  bind(FEEDS_TEST, feedsTest),
  bind(FEEDS_ERRORS, feedsErrors),
  bind(FEEDS_PAUSE, feedsPause),
  bind(FEEDS_RESUME, feedsResume),
  bind(FEEDS_RENAME, feedsRename),
  bind(FEEDS_TOPIC, feedsTopic),
  bind(FEEDS_INCLUDE, feedsInclude),
  bind(FEEDS_EXCLUDE, feedsExclude),
  bind(FEEDS_UNFILTER, feedsUnfilter),
  bind(FEEDS_IMPORT, feedsImport),
  bind(FEEDS_EXPORT, feedsExport),
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
    const command = commandNamed(inv.command);
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

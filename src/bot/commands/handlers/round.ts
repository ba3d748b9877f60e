// `/round [company]`: what the bot has read about a company's rounds, or the largest recent ones.
import { lookupRounds, suggestCompanies } from '../../../rounds/lookup.js';
import { largestRecentRounds } from '../../../store/rounds-lookup.js';
import { DAY } from '../../../time.js';
import type { ROUND } from '../catalog.js';
import type { ActionHandler, CommandDeps } from '../context.js';
import { companyRoundsReply, largestRoundsReply, noRoundsReply } from '../replies/round.js';
import type { ArgsOf } from '../spec.js';
import type { Choice } from '../types.js';

export const RECENT_DAYS = 30;

export const roundCommand: ActionHandler<ArgsOf<typeof ROUND>> = async (ctx, { company }) => {
  const db = ctx.deps.store.db;
  if (company === undefined) {
    const rounds = await largestRecentRounds(db, { since: ctx.now - RECENT_DAYS * DAY, limit: 10 });
    return largestRoundsReply(rounds, RECENT_DAYS);
  }
  const found = await lookupRounds(db, company);
  if (found.company === null || found.rounds.length === 0) return noRoundsReply(company, found.suggestions);
  return companyRoundsReply(found.company, found.rounds, found.suggestions);
};

/** Company names for Discord autocomplete (at most 25, each at most 100 characters); nothing typed yet: the largest recent rounds' companies. */
export async function companyChoices(deps: CommandDeps, typed: string, now: number): Promise<Choice[]> {
  const db = deps.store.db;
  const names =
    typed.trim() === ''
      ? (await largestRecentRounds(db, { since: now - RECENT_DAYS * DAY, limit: 25 })).map((r) => r.company)
      : await suggestCompanies(db, typed, 25);
  return [...new Set(names)].filter((n) => n.length <= 100).map((n) => ({ name: n, value: n }));
}

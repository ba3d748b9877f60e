// Who may run admin actions: platform admins (Slack workspace admins and owners, Discord members
// with Manage Server) and the user ids listed in the configuration.
import type { Config } from '../../config.js';
import { userError, type AppError } from '../../errors.js';
import { usageOn } from './catalog.js';
import type { ActionSpec } from './spec.js';
import type { CommandInvocation } from './types.js';

/** Resolves when the user may run the admin action; rejects with a user error otherwise. */
export async function requireAdmin(inv: CommandInvocation, admins: Config['admins'], a: ActionSpec): Promise<void> {
  if (inv.platform !== 'console' && admins[inv.platform].includes(inv.userId)) return;
  if (!(await inv.platformAdmin())) throw notAdmin(inv, a);
}

const WHO = {
  slack: 'workspace admins and owners',
  discord: 'members with the Manage Server permission',
  console: 'the operator at the terminal',
} as const;

function notAdmin(inv: CommandInvocation, a: ActionSpec): AppError {
  return userError(
    'NOT_ADMIN',
    `${usageOn(a, inv.platform)} is for admins: ${WHO[inv.platform]}, and the users listed in the bot's admin setting.`,
  );
}

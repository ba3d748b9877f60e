// Who may run admin actions: platform admins (Slack workspace admins and owners, Discord members
// with Manage Server) and the user ids listed in the configuration.
import type { Config } from '../../config.js';
import { userError, type AppError } from '../../errors.js';
import { usage, type ActionSpec } from './spec.js';
import type { CommandInvocation } from './types.js';

export function isAdmin(inv: CommandInvocation, admins: Config['admins']): boolean {
  return inv.platformAdmin || (inv.platform !== 'console' && admins[inv.platform].includes(inv.userId));
}

const WHO = {
  slack: 'workspace admins and owners',
  discord: 'members with the Manage Server permission',
  console: 'the operator at the terminal',
} as const;

export function notAdmin(inv: CommandInvocation, a: ActionSpec): AppError {
  return userError(
    'NOT_ADMIN',
    `${usage(a)} is for admins: ${WHO[inv.platform]}, and the users listed in the bot's admin setting.`,
  );
}

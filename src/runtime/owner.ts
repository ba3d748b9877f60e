// Who this process is, as a lease owner: host, pid and a random tag (a restarted process with a
// reused pid is still someone else).
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

export function processOwner(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
}

/** True when `owner` names a process on this host that no longer runs (its lease can be taken over). */
export function ownerIsGone(owner: string): boolean {
  const [host, pid] = owner.split(':');
  if (host !== hostname() || !pid || !/^\d+$/.test(pid)) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

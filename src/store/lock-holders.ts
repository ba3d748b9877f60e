// Which other processes have a file open (Linux /proc; nothing elsewhere), for the DB_LOCKED
// message: "pid 4242 sqlite3 data/digestbot.sqlite" says who to finish or stop.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { resolve } from 'node:path';

const MAX_LISTED = 5;

function commandLine(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ').slice(0, 120);
  } catch {
    return '?';
  }
}

function holds(pid: string, targets: Set<string>): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return targets.has(readlinkSync(`/proc/${pid}/fd/${fd}`));
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

/** "pid <n> <command line>" of up to five other processes with `file` (or its -wal) open. */
export function otherProcessesWith(file: string): string[] {
  const path = resolve(file);
  const targets = new Set([path, `${path}-wal`, `${path}-shm`]);
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid);
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const pid of pids) {
    if (found.length >= MAX_LISTED) break;
    if (holds(pid, targets)) found.push(`pid ${pid} ${commandLine(pid)}`);
  }
  return found;
}

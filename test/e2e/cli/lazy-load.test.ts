// Issue 20: a command loads only what it uses. What a process loads is recorded by a module-load
// hook (test/helpers/load-log.ts); timings are the startup bench's business (bench/startup.ts).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

const HOOK = fileURLToPath(new URL('../../helpers/load-log.ts', import.meta.url));

/** Runs `digestbot …` and returns its result and the URLs of the modules it loaded. */
async function loadsOf(args: string[], input?: string) {
  const log = join(mkdtempSync(join(tmpdir(), 'digestbot-loads-')), 'loads.txt');
  const r = await runCli(args, { nodeArgs: ['--import', HOOK], env: { DIGESTBOT_LOAD_LOG: log }, input });
  return { ...r, loads: readFileSync(log, 'utf8').split('\n').filter(Boolean) };
}

const packageOf = (url: string) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
const packages = (loads: string[]) => new Set(loads.map(packageOf).filter((p) => p !== undefined));

describe('what a CLI command loads', () => {
  it('--help loads commander and the command declarations, no SDK, language tables, schema library or store', async () => {
    const r = await loadsOf(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: digestbot');
    expect(r.stdout).toContain('feeds');
    expect(r.loads.some((u) => u.endsWith('/src/cli/feeds.ts'))).toBe(true);
    expect([...packages(r.loads)]).toEqual(['commander']);
  });

  it('rounds extract reads rounds without loading discord.js, Slack, eld or the store', async () => {
    const line = JSON.stringify({ id: 1, text: 'Acme raised $5 million in a seed round led by Example Ventures.' });
    const r = await loadsOf(['rounds', 'extract', '--json'], `${line}\n`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).rounds).toHaveLength(1);
    const loaded = packages(r.loads);
    expect(loaded.has('zod')).toBe(true);
    for (const heavy of ['discord.js', '@discordjs/ws', '@slack/bolt', 'eld', 'kysely', 'better-sqlite3'])
      expect(loaded.has(heavy), heavy).toBe(false);
  });
});

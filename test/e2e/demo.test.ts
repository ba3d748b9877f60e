// `npm run demo` end to end, as a newcomer runs it: the real CLI process, offline, on the bundled
// demo feeds. Checks the facts a reader should see and the files it promises.
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliResult } from '../helpers/cli.js';

describe('digestbot demo', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'digestbot-demo-')), 'demo-output');
  let run: CliResult;
  const result = async () => (run ??= await runCli(['demo', '--out', out]));

  it('runs offline and prints the digest: TL;DR, takeaways with sources, rounds, merged stories', async () => {
    const r = await result();
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = r.stdout;
    expect(text).toMatch(/TL;DR\n\s+\S/);
    expect(text).toMatch(
      /KEY TAKEAWAYS\n\s+• .+\n(.*\n)*?\s+- (Actuator Wire|Capital Ledger|Embodied Weekly|Frontier Compute Journal)/,
    );
    const rounds = text.slice(text.indexOf('FUNDING ROUNDS'), text.indexOf('STORIES'));
    expect(rounds).toMatch(/Apptronik\s+\$520M\s+\S.*\$5\.5B\s+Google/);
    expect(rounds).toMatch(/AMI Labs\s+\$1\.03B\s+Seed\s+\$3\.5B/);
    expect(rounds.match(/^\s+Apptronik/gm)).toHaveLength(2); // one table row, one chart bar: the three reports are one round
    expect(rounds).not.toMatch(/Northwind|Promptfoo/); // a fund close and an acquisition are not rounds
    const apptronik = text
      .slice(text.indexOf('STORIES'))
      .split(/\n\s+\d+\. /)
      .find((s) => s.startsWith('Apptronik') || s.includes('Apptronik'))!;
    expect(apptronik).toContain('reported by 3 sources');
    expect(text.match(/\d+\. .*Apptronik/g)).toHaveLength(1);
  });

  it('answers /round apptronik and /digest status as the bot would', async () => {
    const text = (await result()).stdout;
    const round = text.slice(text.indexOf('5. /round apptronik'), text.indexOf('6. /digest status'));
    expect(round).toMatch(/\$520M/);
    expect(round).toMatch(/Valuation: \$5\.5B/);
    expect(round).toMatch(/Led by Google/);
    expect(round).toMatch(/Mercedes-Benz, John Deere/);
    expect(round.match(/^\s+- (Actuator Wire|Capital Ledger|Embodied Weekly):/gm)).toHaveLength(3);
    const status = text.slice(text.indexOf('6. /digest status'));
    expect(status).toMatch(/Last: \d\d:\d\d UTC · Next: (\d{4}-\d\d-\d\d )?(15|21):00 UTC/);
    expect(status).toMatch(/Feeds: 4 active · 0 failing · 0 disabled/);
  });

  it('writes the Slack and Discord payloads, the digest and the chart into the folder it names', async () => {
    const r = await result();
    expect(r.stdout).toContain('slack-messages.json');
    const slack = JSON.parse(readFileSync(join(out, 'slack-messages.json'), 'utf8')) as {
      kind: string;
      blocks?: unknown[];
      pngBase64?: string;
    }[];
    const discord = JSON.parse(readFileSync(join(out, 'discord-messages.json'), 'utf8')) as { body: { embeds?: unknown[] } }[];
    expect(slack.filter((m) => Array.isArray(m.blocks)).length).toBeGreaterThan(1);
    expect(slack.find((m) => m.kind === 'file')?.pngBase64).toBe('chart.png');
    expect(JSON.stringify(slack)).toContain('Apptronik');
    expect(discord.some((m) => (m.body.embeds ?? []).length > 0)).toBe(true);
    expect(JSON.stringify(discord)).toContain('Apptronik');
    expect(existsSync(join(out, 'chart.png'))).toBe(true);
    expect(statSync(join(out, 'chart.png')).size).toBeGreaterThan(5_000);
    expect(JSON.parse(readFileSync(join(out, 'digest.json'), 'utf8')).rounds.items.length).toBeGreaterThan(5);
  });
});

import { describe, expect, it } from 'vitest';
import { wordCount } from '../../../src/text/tokens.js';
import { BRIDGE, LAYOFFS, ROUND } from '../../fixtures/news.js';
import { runCli } from '../../helpers/cli.js';

const lines = (values: unknown[]) => values.map((v) => JSON.stringify(v)).join('\n') + '\n';
const parse = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('digestbot summarize --json', () => {
  it('writes one { id, tldr, takeaways: [{ text }] } line per input line, in order', async () => {
    const r = await runCli(['summarize', '--json'], { input: lines([BRIDGE, { id: 7, text: LAYOFFS.text }]) });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = parse(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['bridge-1', '7']);
    for (const o of out) {
      expect(Object.keys(o).sort()).toEqual(['id', 'takeaways', 'tldr']);
      expect(wordCount(o.tldr as string)).toBeLessThanOrEqual(60);
      const takeaways = o.takeaways as { text: string }[];
      expect(takeaways.length).toBeGreaterThanOrEqual(3);
      expect(takeaways.length).toBeLessThanOrEqual(6);
      for (const t of takeaways) expect(Object.keys(t)).toEqual(['text']);
    }
    expect(out[1]!.tldr).toContain('cut 500 jobs');
  });

  it('with --group writes one result whose takeaways cite their sources', async () => {
    const r = await runCli(['summarize', '--json', '--group'], { input: lines(ROUND) });
    expect(r.code).toBe(0);
    const out = parse(r.stdout);
    expect(out).toHaveLength(1);
    const result = out[0] as { ids: string[]; tldr: string; takeaways: { text: string; sources: string[] }[] };
    expect(result.ids).toEqual(['wire', 'blog', 'local']);
    expect(result.takeaways[0]).toEqual({ text: expect.stringContaining('$40 million'), sources: ['wire', 'blog'] });
    for (const t of result.takeaways) expect(t.sources.every((s) => result.ids.includes(s))).toBe(true);
  });

  it('names the bad line and exits 1', async () => {
    const bad = await runCli(['summarize', '--json'], { input: `${JSON.stringify(BRIDGE)}\n{"id":"x","text":` });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('BAD_ARGUMENT: stdin line 2 is not valid JSON');
    const missing = await runCli(['summarize', '--json'], { input: '{"id":"x"}\n' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/BAD_ARGUMENT: stdin line 1: text: /);
    const empty = await runCli(['summarize', '--json', '--group'], { input: '' });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('BAD_ARGUMENT: summarize --group: stdin has no article lines');
  });

  it('without --json prints a readable summary', async () => {
    const r = await runCli(['summarize'], { input: lines([LAYOFFS]) });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^layoffs-1\nTL;DR: .*cut 500 jobs/);
    expect(r.stdout).toMatch(/\n {2}- /);
  });
});

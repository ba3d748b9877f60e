import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

describe('digestbot rounds extract --json', () => {
  it('writes one {id, rounds} line per input line, in order, in the contract shape', async () => {
    const input = [
      {
        id: 'a',
        text: 'Kestrel Aerospace raises $50M Series B led by Northwind Partners at a $1B valuation',
        published: '2026-03-01',
      },
      { id: 7, text: 'Greyhawk Ventures closes $250M third fund to back defense startups' },
      {
        id: 'c',
        text: 'Veritas Robotics is in talks to raise €300 million, sources say.',
        published: 'Fri, 17 Apr 2026 13:00:00 +0000',
        url: 'ignored',
      },
    ]
      .map((x) => JSON.stringify(x))
      .join('\n');
    const r = await runCli(['rounds', 'extract', '--json'], { input });
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 7, 'c']);
    expect(lines[0].rounds).toEqual([
      {
        company: 'Kestrel Aerospace',
        amount: 50_000_000,
        currency: 'USD',
        amountUsd: 50_000_000,
        roundType: 'series_b',
        roundTypeDetail: 'Series B',
        valuation: 1_000_000_000,
        leadInvestors: ['Northwind Partners'],
        otherInvestors: [],
        status: 'announced',
        evidence: 'Kestrel Aerospace raises $50M Series B led by Northwind Partners at a $1B valuation',
      },
    ]);
    expect(lines[1].rounds).toEqual([]);
    expect(lines[2].rounds).toMatchObject([
      { company: 'Veritas Robotics', amount: 300_000_000, currency: 'EUR', amountUsd: 351_000_000, status: 'in_talks' },
    ]);
  });

  it('reads the optional title and site: a description or "we" takes the company they name', async () => {
    const input = [
      {
        id: 'title',
        title: 'Ossory raises $40M for grid batteries',
        text: 'The battery startup founded by former Tesla engineer Mara Quint has raised $40 million in a round led by Pellmore Capital.',
      },
      { id: 'site', site: 'Brindle Blog', text: 'We just raised a $9M Series A led by Redpoint Partners!' },
      {
        id: 'source',
        source: 'https://blog.tiller.io/our-seed',
        text: 'Today we are sharing that we have raised $5.7M in seed funding.',
      },
    ]
      .map((x) => JSON.stringify(x))
      .join('\n');
    const r = await runCli(['rounds', 'extract', '--json'], { input });
    expect(r.code).toBe(0);
    const rounds = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).rounds);
    expect(rounds[0]).toMatchObject([{ company: 'Ossory', amount: 40e6, leadInvestors: ['Pellmore Capital'] }]);
    expect(rounds[1]).toMatchObject([
      { company: 'Brindle', amount: 9e6, roundType: 'series_a', leadInvestors: ['Redpoint Partners'] },
    ]);
    expect(rounds[2]).toMatchObject([{ company: 'Tiller', amount: 5.7e6, roundType: 'seed' }]);
  });

  it('names the bad line and exits non-zero on input that is not JSON or lacks text', async () => {
    const bad = await runCli(['rounds', 'extract', '--json'], { input: '{"id":"a","text":"x"}\nnot json\n' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('BAD_ARGUMENT: stdin line 2 is not valid JSON');
    const missing = await runCli(['rounds', 'extract', '--json'], { input: '{"id":"a"}\n' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/BAD_ARGUMENT: stdin line 1: text/);
  });

  it('prints a readable line per round without --json', async () => {
    const r = await runCli(['rounds', 'extract'], {
      input: '{"id":"x","text":"Acme Robotics raises $12.5M seed led by Foo Ventures"}\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('x\n  Acme Robotics: USD 12,500,000, seed, led by Foo Ventures\n');
  });
});

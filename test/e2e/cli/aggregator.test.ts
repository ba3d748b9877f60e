// A news aggregator's feed through `digestbot once`, as an admin adds one: every item is another
// outlet's report, named after its headline ("… - The Ledger Wire"). The digest shows each story
// under its headline alone and as reported by the outlets the items name, not by the feed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { startLoopbackServer, type LoopbackServer } from '../../helpers/loopback-server.js';

/** Headline (with the outlet after it) and the outlet's own first paragraphs. */
const REPORTS: [string, string][] = [
  [
    'Quillmere raises $18M Series A to audit freight bills - The Ledger Wire',
    'Quillmere, a Rotterdam company whose software checks freight invoices against contracts, has raised $18 million in a Series A round led by Harrowgate Capital. The company says shippers overpay carriers by about 4 percent. It will hire 40 engineers this year.',
  ],
  [
    'Quillmere lands $18 million for its freight-invoice auditing software - harbourpost.example',
    'Freight-audit startup Quillmere has raised $18 million in a Series A led by Harrowgate Capital. The Rotterdam company checks carriers’ invoices against shipping contracts and plans to hire 40 engineers.',
  ],
  [
    'Brussels readies ban on farmed salmon imports from three countries - Capitol Daily',
    'The European Commission will propose a ban on farmed salmon imports from three countries next week, officials said, after inspectors found banned antibiotics in 14 shipments. Fishing ministers meet on Thursday to discuss the proposal.',
  ],
  [
    'Ferry operator adds winter crossings between Oban and Mull - Morning Ledger',
    'The ferry operator will run four extra crossings a day between Oban and Mull from December, it said on Monday, after complaints about queues at both terminals during the autumn holidays.',
  ],
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('an aggregator’s feed through digestbot once', () => {
  let server: LoopbackServer;
  let env: Record<string, string>;
  beforeAll(async () => {
    const now = Date.now();
    const items = REPORTS.map(
      ([title, text], i) =>
        `<item><title>${escape(title)}</title><link>https://news.example/r/${i}</link><pubDate>${new Date(now - (i + 1) * 3_600_000).toUTCString()}</pubDate><description>${escape(text)}</description></item>`,
    );
    server = await startLoopbackServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<rss version="2.0"><channel><title>Top stories - Aggregated News</title>${items.join('')}</channel></rss>`);
    });
    env = { DIGESTBOT_DATA_DIR: mkdtempSync(join(tmpdir(), 'digestbot-aggregator-')), FEED_ALLOW_PRIVATE: '127.0.0.1/32' };
    const added = await runCli(['feeds', 'add', server.url('/feed.xml'), '--backfill', '48h', '--full-text', 'off'], { env });
    expect(added.code).toBe(0);
  });
  afterAll(async () => {
    await server.close();
  });

  it('shows headlines without the outlet after them, and each story as reported by the outlets the items name', async () => {
    const r = await runCli(['once', '--dry-run'], { env });
    expect(r.code).toBe(0);
    const out = r.stdout;
    for (const outlet of ['The Ledger Wire', 'harbourpost.example', 'Capitol Daily', 'Morning Ledger']) {
      expect(out).not.toMatch(new RegExp(`\\w - ${outlet.replace('.', '\\.')}`)); // no headline keeps its outlet
      expect(out).toContain(`- ${outlet} <https://news.example/r/`); // each report is credited to its outlet
    }
    expect(out).not.toContain('Aggregated News'); // the feed itself reported nothing
    expect(out).toMatch(/4 articles · 4 sources · 3 stories/);
    // The two reports of Quillmere's round are one story told by two outlets, not one outlet's series.
    const quillmere = out.slice(out.indexOf('STORIES'));
    expect(quillmere).toMatch(
      /Quillmere [^\n]+\n\s+reported by 2 sources:\n\s+- (The Ledger Wire|harbourpost\.example) <[^>]+>\n\s+- (The Ledger Wire|harbourpost\.example) </,
    );
    expect(out).toContain('FUNDING ROUNDS (1 ROUND · TOTAL $18M)');
  });
});

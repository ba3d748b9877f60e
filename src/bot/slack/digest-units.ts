// A Digest as an ordered list of Block Kit units, each within Slack's per-block limits.
// digest-parts.ts packs the units into messages.
import type { Digest, DigestRound, DigestStory, DigestTakeaway, SourceRef } from '../../model.js';
import {
  headlineLists,
  type HeadlineList,
  countsLine,
  emptyLine,
  footerLine,
  roundAmount,
  roundLabel,
  roundsTotalLine,
  statusLine,
  valuationText,
  leadsText,
} from '../render/format.js';
import { fitRendered, oneLine, plural, truncate } from '../render/text.js';
import { safeHttpUrl } from '../render/urls.js';
import { context, header, section, type RichElement, type SlackBlock, type TableCell } from './blocks.js';
import { SLACK_LIMITS } from './limits.js';
import { escapeSlack, MAX_LINK_URL, slackLink } from './mrkdwn.js';

/** Blocks that travel together; `last` units end their message (a table must be its message's last block). */
export interface BlockUnit {
  kind: 'blocks';
  blocks: SlackBlock[];
  /** Same content without a table block, sent if Slack refuses the table. */
  fallback?: SlackBlock[];
  last?: boolean;
}

export interface ChartUnit {
  kind: 'chart';
}

export type Unit = BlockUnit | ChartUnit;

const SOURCES_SHOWN = 8;
const esc = (s: string) => escapeSlack(oneLine(s));

/** Links to the outlets, as many as `max` and `budget` characters allow; the rest are counted. */
function sourceLinks(sources: SourceRef[], max = SOURCES_SHOWN, budget = 1000): string {
  const shown: string[] = [];
  let used = 0;
  for (const s of sources.slice(0, max)) {
    const link = slackLink(s.url, s.outlet, 60);
    if (used + link.length + 2 > budget) break;
    shown.push(link);
    used += link.length + 2;
  }
  const more = sources.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

/** Lines (each already within 3000 characters) joined into as few sections as the limit allows. */
function linesToSections(lines: string[], first = ''): SlackBlock[] {
  const out: SlackBlock[] = [];
  let cur = first;
  for (const line of lines) {
    if (cur !== '' && cur.length + 1 + line.length > SLACK_LIMITS.sectionText) {
      out.push(section(cur));
      cur = '';
    }
    cur = cur === '' ? line : `${cur}\n${line}`;
  }
  if (cur !== '') out.push(section(cur));
  return out;
}

function headUnit(d: Digest): BlockUnit {
  const title = fitRendered(d.name, SLACK_LIMITS.headerText, escapeSlack);
  return {
    kind: 'blocks',
    blocks: [
      header(title),
      context(`*${fitRendered(d.slot.label, 200, esc)}* · ${esc(countsLine(d))}`, fitRendered(statusLine(d), 500, esc)),
    ],
  };
}

function takeawayLine(t: DigestTakeaway): string {
  const links = t.sources.length > 0 ? ` (${sourceLinks(t.sources, 4, 800)})` : '';
  return `• ${fitRendered(t.text, SLACK_LIMITS.sectionText - 2 - links.length, esc)}${links}`;
}

function rowCells(r: DigestRound): TableCell[] {
  const raw = (s: string, max = 120): TableCell => ({ type: 'raw_text', text: truncate(oneLine(s), max) });
  const links: RichElement[] = [];
  for (const s of r.sources.slice(0, 3)) {
    const url = safeHttpUrl(s.url);
    const text = truncate(oneLine(s.outlet), 60);
    if (links.length > 0) links.push({ type: 'text', text: ', ' });
    links.push(url !== null && url.length <= MAX_LINK_URL ? { type: 'link', url, text } : { type: 'text', text });
  }
  const source: TableCell =
    links.length > 0 ? { type: 'rich_text', elements: [{ type: 'rich_text_section', elements: links }] } : raw('—');
  return [
    raw(r.conflict ? `${r.company} ⚠` : r.company, 80),
    raw(roundAmount(r)),
    raw(roundLabel(r)),
    raw(valuationText(r)),
    raw(leadsText(r), 200),
    source,
  ];
}

const TABLE_HEAD: TableCell[] = ['Company', 'Amount', 'Round', 'Valuation', 'Lead investors', 'Source'].map((text) => ({
  type: 'raw_text',
  text,
}));

function roundLine(r: DigestRound): string {
  const parts = [`*${fitRendered(r.company, 80, esc)}*`, esc(roundAmount(r)), fitRendered(roundLabel(r), 100, esc)];
  if (r.valuation !== null) parts.push(`valuation ${esc(valuationText(r))}`);
  if (r.leadInvestors.length > 0) parts.push(`led by ${fitRendered(leadsText(r), 200, esc)}`);
  const src = r.sources.length > 0 ? ` (${sourceLinks(r.sources, 3, 600)})` : '';
  return `• ${parts.join(' · ')}${src}`;
}

/** A round rendered once: its table row, its fallback line, and its conflict note. */
export interface RoundRow {
  cells: TableCell[];
  line: string;
  note: string | null;
}

function roundRow(r: DigestRound): RoundRow {
  const note = r.conflict === null ? null : `⚠ ${fitRendered(r.company, 80, esc)}: ${fitRendered(r.conflict, 300, esc)}`;
  return { cells: rowCells(r), line: roundLine(r), note };
}

/** One table unit for a run of rounds; the heading names the total and any disagreement between sources. */
export function roundsUnit(d: Digest, rows: RoundRow[], first: boolean): BlockUnit {
  const title = first ? `*Funding rounds* · ${esc(roundsTotalLine(d))}` : '*Funding rounds* (continued)';
  const heading = linesToSections(
    rows.flatMap((r) => (r.note === null ? [] : [r.note])),
    title,
  );
  return {
    kind: 'blocks',
    blocks: [
      ...heading,
      {
        type: 'table',
        rows: [TABLE_HEAD, ...rows.map((r) => r.cells)],
        column_settings: [
          { is_wrapped: true },
          { align: 'right' },
          {},
          { align: 'right' },
          { is_wrapped: true },
          { is_wrapped: true },
        ],
      },
    ],
    fallback: [...heading, ...linesToSections(rows.map((r) => r.line))],
    last: true,
  };
}

function storySection(s: DigestStory): SlackBlock {
  const url = s.sources.map((x) => safeHttpUrl(x.url)).find((u) => u !== null) ?? null;
  const title = `*${slackLink(url, s.headline)}*`;
  const tags = s.tags.length > 0 ? `\n_${fitRendered(s.tags.join(' · '), 200, esc)}_` : '';
  const byBudget = SLACK_LIMITS.sectionText - title.length - tags.length - 400;
  const by =
    s.sources.length > 0
      ? `\nReported by ${plural(s.sources.length, 'source')}: ${sourceLinks(s.sources, SOURCES_SHOWN, byBudget)}`
      : '';
  const room = SLACK_LIMITS.sectionText - title.length - tags.length - by.length - 1;
  const summary = s.summary.trim() === '' ? '' : `\n${fitRendered(s.summary, room, esc)}`;
  return section(`${title}${summary}${by}${tags}`);
}

/** A headline list (the stories past the cap, or another language's): linked headlines with their outlets, then how many more. */
function listBlocks(list: HeadlineList): SlackBlock[] {
  const lines = list.items.map((a) => `• ${slackLink(a.url, a.headline, 200)} (${fitRendered(a.outlet, 60, esc)})`);
  return linesToSections(list.more ? [...lines, esc(list.more)] : lines, `*${esc(list.title)}*`);
}

/** The units of a digest, in reading order. `chart` adds the chart after the rounds. */
export function digestUnits(d: Digest, chart: boolean, splitRounds: (rows: RoundRow[]) => RoundRow[][]): Unit[] {
  const units: Unit[] = [headUnit(d)];
  if (d.empty) return [...units, { kind: 'blocks', blocks: [section(esc(emptyLine(d)))] }];
  if (d.tldr.trim() !== '') units.push({ kind: 'blocks', blocks: linesToSections([fitRendered(d.tldr, 2900, esc)], '*TL;DR*') });
  for (const b of linesToSections(d.takeaways.map(takeawayLine), d.takeaways.length > 0 ? '*Key takeaways*' : ''))
    units.push({ kind: 'blocks', blocks: [b] });
  splitRounds(d.rounds.items.map(roundRow)).forEach((chunk, i) => units.push(roundsUnit(d, chunk, i === 0)));
  if (chart && d.rounds.items.length > 0) units.push({ kind: 'chart' });
  d.stories.forEach((s, i) =>
    units.push({ kind: 'blocks', blocks: i === 0 ? [section('*Stories*'), storySection(s)] : [storySection(s)] }),
  );
  for (const list of headlineLists(d, { inChat: true })) units.push({ kind: 'blocks', blocks: listBlocks(list) });
  units.push({ kind: 'blocks', blocks: [context(fitRendered(footerLine(d), 2000, esc))] });
  return units;
}

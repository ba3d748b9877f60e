// Slack's message limits, checked before anything is queued (and by the tests on every part).
import type { SlackBlock, TableCell, TextObject } from './blocks.js';

export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fields: 10,
  fieldText: 2000,
  contextElements: 10,
  contextText: 3000,
  tableRows: 100,
  tableCells: 20,
  tablesPerMessage: 1,
  /** Slack documents "about 12,000" characters of block text per message; we hold 11,500. */
  messageText: 11_500,
  /** Top-level `text` is truncated by Slack past 4,000 characters. */
  fallbackText: 4000,
} as const;

export interface SlackMessageShape {
  text: string;
  blocks: SlackBlock[];
}

function cellText(c: TableCell): number {
  if (c.type === 'raw_text') return c.text.length;
  let n = 0;
  for (const s of c.elements) for (const e of s.elements) n += e.text.length + (e.type === 'link' ? e.url.length : 0);
  return n;
}

/** Characters of text a block carries (what counts toward the per-message budget). */
export function blockTextLength(b: SlackBlock): number {
  const t = (o: TextObject | undefined) => o?.text.length ?? 0;
  switch (b.type) {
    case 'header':
      return t(b.text);
    case 'section':
      return t(b.text) + (b.fields ?? []).reduce((n, f) => n + t(f), 0);
    case 'context':
      return b.elements.reduce((n, e) => n + t(e), 0);
    case 'divider':
      return 0;
    case 'table':
      return b.rows.reduce((n, row) => n + row.reduce((m, c) => m + cellText(c), 0), 0);
  }
}

function blockProblems(b: SlackBlock, i: number, isLast: boolean): string[] {
  const p: string[] = [];
  const at = `blocks[${i}] (${b.type})`;
  if (b.type === 'header' && b.text.text.length > SLACK_LIMITS.headerText)
    p.push(`${at}: header over ${SLACK_LIMITS.headerText}`);
  if (b.type === 'section') {
    if (!b.text && !b.fields) p.push(`${at}: section without text or fields`);
    if (b.text && (b.text.text.length === 0 || b.text.text.length > SLACK_LIMITS.sectionText))
      p.push(`${at}: text length ${b.text.text.length} outside 1..${SLACK_LIMITS.sectionText}`);
    if ((b.fields ?? []).length > SLACK_LIMITS.fields) p.push(`${at}: more than ${SLACK_LIMITS.fields} fields`);
    for (const f of b.fields ?? [])
      if (f.text.length > SLACK_LIMITS.fieldText) p.push(`${at}: field over ${SLACK_LIMITS.fieldText}`);
  }
  if (b.type === 'context') {
    if (b.elements.length === 0 || b.elements.length > SLACK_LIMITS.contextElements) p.push(`${at}: 1..10 elements`);
    for (const e of b.elements)
      if (e.text.length > SLACK_LIMITS.contextText) p.push(`${at}: element over ${SLACK_LIMITS.contextText}`);
  }
  if (b.type === 'table') {
    if (b.rows.length === 0 || b.rows.length > SLACK_LIMITS.tableRows) p.push(`${at}: ${b.rows.length} rows`);
    if (b.rows.some((r) => r.length === 0 || r.length > SLACK_LIMITS.tableCells)) p.push(`${at}: row with 0 or over 20 cells`);
    // Slack draws a table below the rest of its message: keeping it last keeps the reading order.
    if (!isLast) p.push(`${at}: a table must be the last block of its message`);
  }
  return p;
}

/** Every limit the message breaks (empty when Slack would accept it). */
export function slackMessageProblems(m: SlackMessageShape): string[] {
  const p: string[] = [];
  if (m.blocks.length === 0 || m.blocks.length > SLACK_LIMITS.blocks)
    p.push(`${m.blocks.length} blocks (1..${SLACK_LIMITS.blocks})`);
  if (m.text.length === 0 || m.text.length > SLACK_LIMITS.fallbackText) p.push(`top-level text length ${m.text.length}`);
  m.blocks.forEach((b, i) => p.push(...blockProblems(b, i, i === m.blocks.length - 1)));
  const tables = m.blocks.filter((b) => b.type === 'table').length;
  if (tables > SLACK_LIMITS.tablesPerMessage) p.push(`${tables} tables (at most one per message)`);
  const total = m.blocks.reduce((n, b) => n + blockTextLength(b), 0);
  if (total > SLACK_LIMITS.messageText) p.push(`block text ${total} over ${SLACK_LIMITS.messageText}`);
  return p;
}

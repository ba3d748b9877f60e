// The digest for a terminal (the demo and `digestbot once --dry-run`): readable at any width,
// every link printed in full, bold headings only on a TTY.
import type { Digest, SourceRef } from '../../model.js';
import {
  headlineLists,
  countsLine,
  emptyLine,
  footerLine,
  leadsText,
  reportedBy,
  roundAmount,
  roundLabel,
  roundsTotalLine,
  statusLine,
  valuationText,
} from '../render/format.js';
import { formatMoney } from '../../digest/format.js';
import { safeHttpUrl } from '../render/urls.js';
import { sanitize, table, wrap } from './layout.js';

export interface ConsoleOptions {
  /** Columns; at least 40. */
  width: number;
  /** ANSI bold headings (only when writing to a TTY). */
  color: boolean;
}

/** Options for a stream: its width when it is a terminal, 80 otherwise, and color only on a TTY. */
export function consoleOptionsFor(stream: { isTTY?: boolean; columns?: number }): ConsoleOptions {
  return { width: stream.isTTY && stream.columns ? stream.columns : 80, color: stream.isTTY === true };
}

function sourceLines(sources: SourceRef[], width: number, indent: string): string[] {
  return sources.flatMap((s) => {
    const url = safeHttpUrl(s.url);
    return wrap(url ? `${s.outlet} <${url}>` : s.outlet, width, `${indent}  `, `${indent}- `);
  });
}

function chartLines(d: Digest, width: number): string[] {
  const items = d.rounds.items.filter((r) => r.amountUsd !== null && r.amountUsd > 0);
  if (items.length === 0) return [];
  const max = Math.max(...items.map((r) => r.amountUsd!));
  const mark = items.some((r) => r.status === 'in_talks') ? ' (in talks)'.length : 0;
  const label = Math.min(20, width - 21 - mark, Math.max(...items.map((r) => sanitize(r.company).length)));
  const bar = Math.max(5, width - label - 16 - mark);
  // A round in talks is drawn with a light bar and says so; it is not in the header's total.
  return items.map((r) => {
    const n = Math.max(1, Math.round((r.amountUsd! / max) * bar));
    const talks = r.status === 'in_talks';
    return `  ${sanitize(r.company).slice(0, label).padEnd(label)} ${(talks ? '░' : '█').repeat(n)} ${formatMoney(r.amountUsd, 'USD')}${talks ? ' (in talks)' : ''}`;
  });
}

export function renderDigestText(d: Digest, opts: ConsoleOptions): string {
  const width = Math.max(40, opts.width);
  const bold = (s: string) => (opts.color ? `\u001b[1m${s}\u001b[22m` : s);
  const heading = (s: string) => ['', ...wrap(s.toUpperCase(), width).map(bold)];
  const out: string[] = [
    ...wrap(d.name, width).map(bold),
    ...wrap(`${d.slot.label} · ${countsLine(d)}`, width),
    ...wrap(statusLine(d), width),
  ];
  if (d.empty) return [...out, '', ...wrap(emptyLine(d), width), ''].join('\n');
  if (d.tldr.trim() !== '') out.push(...heading('TL;DR'), ...wrap(d.tldr, width, '  '));
  if (d.takeaways.length > 0) {
    out.push(...heading('Key takeaways'));
    for (const t of d.takeaways) out.push(...wrap(t.text, width, '    ', '  • '), ...sourceLines(t.sources, width, '    '));
  }
  if (d.rounds.items.length > 0) {
    out.push(...heading(`Funding rounds (${roundsTotalLine(d)})`));
    const rows = d.rounds.items.map((r) => [r.company, roundAmount(r), roundLabel(r), valuationText(r), leadsText(r)]);
    out.push(...table(['Company', 'Amount', 'Round', 'Valuation', 'Lead investors'], rows, width));
    out.push('', ...chartLines(d, width), '', '  Sources:');
    for (const r of d.rounds.items) {
      out.push(...wrap(r.company, width, '    ', '  * '), ...sourceLines(r.sources, width, '    '));
      if (r.conflict) out.push(...wrap(`note: ${r.conflict}`, width, '      ', '    '));
    }
  }
  if (d.stories.length > 0) {
    out.push(...heading('Stories'));
    d.stories.forEach((s, i) => {
      out.push('', ...wrap(s.headline, width, '     ', `  ${String(i + 1).padStart(2)}. `));
      if (s.summary.trim() !== '') out.push(...wrap(s.summary, width, '      '));
      if (s.tags.length > 0) out.push(...wrap(`tags: ${s.tags.join(' · ')}`, width, '      '));
      out.push(`      ${reportedBy(s.sources)}:`, ...sourceLines(s.sources, width, '      '));
    });
  }
  for (const list of headlineLists(d)) {
    out.push(...heading(list.title));
    for (const a of list.items) {
      const url = safeHttpUrl(a.url);
      out.push(...wrap(`${a.headline} (${a.outlet})${url ? ` <${url}>` : ''}`, width, '    ', '  - '));
    }
    if (list.more) out.push(...wrap(list.more, width, '  ', '  '));
  }
  out.push('', ...wrap(footerLine(d), width), '');
  return out.join('\n');
}

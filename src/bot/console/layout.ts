// Terminal layout: control characters stripped (feed text must not drive the terminal), words
// wrapped to the width, tables fitted to it.
import { truncate } from '../render/text.js';

/** Removes C0/C1 control characters (ANSI escape sequences start with one), keeping nothing but printable text. */
export function sanitize(text: string): string {
  return text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words wrapped to `width` columns, each line prefixed by `indent`; a word longer than a line is cut. */
export function wrap(text: string, width: number, indent = '', firstIndent = indent): string[] {
  const lines: string[] = [];
  let cur = firstIndent;
  let empty = true;
  for (const raw of sanitize(text).split(' ')) {
    if (raw === '') continue;
    const room = width - indent.length;
    const word = raw.length > room ? truncate(raw, room) : raw;
    if (!empty && cur.length + 1 + word.length > width) {
      lines.push(cur);
      cur = indent;
      empty = true;
    }
    cur += (empty ? '' : ' ') + word;
    empty = false;
  }
  if (!empty) lines.push(cur);
  return lines;
}

/** Rows laid out in columns that fit `width`: the widest columns give way first, cells are cut with an ellipsis. */
export function table(head: string[], rows: string[][], width: number, indent = '  '): string[] {
  const cells = [head, ...rows].map((r) => r.map(sanitize));
  const widths = head.map((_, c) => Math.max(...cells.map((r) => r[c]!.length)));
  const gap = 2;
  const room = width - indent.length - gap * (head.length - 1);
  while (widths.reduce((a, b) => a + b, 0) > room) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= 4) break;
    widths[widest]! -= 1;
  }
  return cells.map(
    (r) =>
      indent +
      r
        .map((cell, c) => truncate(cell, widths[c]!).padEnd(widths[c]!))
        .join(' '.repeat(gap))
        .trimEnd(),
  );
}

// Text helpers shared by every renderer.

const ELLIPSIS = '…';

/** Cuts `text` to at most `max` UTF-16 units, ending with an ellipsis, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, Math.max(0, max - ELLIPSIS.length));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd() + ELLIPSIS;
}

/**
 * The longest prefix of `raw` (ellipsis added when cut) whose rendered form fits in `max`.
 * Renderers escape text, which lengthens it, so the budget is measured after `render`.
 */
export function fitRendered(raw: string, max: number, render: (s: string) => string): string {
  // Rendering escapes (lengthens) or collapses whitespace, so more than `max` raw characters rarely helps.
  let limit = Math.min(raw.length, Math.max(0, max));
  for (;;) {
    const candidate = render(truncate(raw, limit));
    if (candidate.length <= max || limit === 0) return candidate.length <= max ? candidate : '';
    limit = Math.max(0, limit - Math.max(1, candidate.length - max));
  }
}

/** Collapses whitespace runs (feed text may carry newlines and tabs where the layout wants one line). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

// Finding children by local name and namespace (one URI, or a set of equivalent ones).
import { collapse, textOf } from '../text.js';
import type { XElement } from './tree.js';

export type NsMatch = string | ReadonlySet<string>;

export const inNs = (el: XElement, ns: NsMatch): boolean => (typeof ns === 'string' ? el.ns === ns : ns.has(el.ns));

export function children(el: XElement, local: string, ns: NsMatch): XElement[] {
  const out: XElement[] = [];
  for (const k of el.kids) if (typeof k !== 'string' && k.local === local && inNs(k, ns)) out.push(k);
  return out;
}

export function child(el: XElement, local: string, ns: NsMatch): XElement | undefined {
  for (const k of el.kids) if (typeof k !== 'string' && k.local === local && inNs(k, ns)) return k;
  return undefined;
}

/** Collapsed text of the first matching child that has any. */
export function childText(el: XElement, local: string, ns: NsMatch): string | null {
  for (const k of el.kids) {
    if (typeof k === 'string' || k.local !== local || !inNs(k, ns)) continue;
    const t = collapse(textOf(k));
    if (t) return t;
  }
  return null;
}

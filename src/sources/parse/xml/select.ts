// Finding children by local name and namespace (one URI, or a set of equivalent ones).
import { collapse, textOf } from '../text.js';
import type { XElement } from './tree.js';

export type NsMatch = string | ReadonlySet<string>;

const inNs = (el: XElement, ns: NsMatch) => (typeof ns === 'string' ? el.ns === ns : ns.has(el.ns));

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
  for (const k of children(el, local, ns)) {
    const t = collapse(textOf(k));
    if (t) return t;
  }
  return null;
}

/** An element's children indexed by local name, for readers that look up many fields. */
export class Kids {
  private readonly byLocal = new Map<string, XElement[]>();

  constructor(readonly el: XElement) {
    for (const k of el.kids) {
      if (typeof k === 'string') continue;
      const list = this.byLocal.get(k.local);
      if (list) list.push(k);
      else this.byLocal.set(k.local, [k]);
    }
  }

  all(local: string, ns: NsMatch): XElement[] {
    const list = this.byLocal.get(local);
    return list ? list.filter((k) => inNs(k, ns)) : [];
  }

  first(local: string, ns: NsMatch): XElement | undefined {
    for (const k of this.byLocal.get(local) ?? []) if (inNs(k, ns)) return k;
    return undefined;
  }

  /** Collapsed text of the first matching child that has any. */
  text(local: string, ns: NsMatch): string | null {
    for (const k of this.byLocal.get(local) ?? []) {
      if (!inNs(k, ns)) continue;
      const t = collapse(textOf(k));
      if (t) return t;
    }
    return null;
  }
}

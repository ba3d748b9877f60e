// Entity references in XML text. Named references use the HTML table (feeds are full of `&nbsp;`),
// numeric ones map C1 code points the way browsers do. Entities declared in a DOCTYPE are
// expanded only when harmless: no external entities, no entity defined through another, and a
// cap on the total expansion (billion laughs, XXE and quadratic blow-up end in PARSE_ERROR).
import { decodeHTMLStrict } from 'entities';
import { AppError } from '../../../errors.js';

/** Most characters all entity expansions of one document may add. */
export const MAX_ENTITY_EXPANSION = 1_000_000;

export interface DtdEntities {
  values: Map<string, string>;
  budget: number;
}

const ENTITY_DECL = /<!ENTITY\s+(%\s+)?([^\s"'>]+)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b)/g;
const NAMED_REF = /&([A-Za-z_][\w.-]*);/g;
const PREDEFINED = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

const refused = (why: string) => new AppError('PARSE_ERROR', `Refused DOCTYPE: ${why}`);

/** Reads the entity declarations of a DOCTYPE's internal subset. */
export function readDtdEntities(subset: string): DtdEntities | null {
  const values = new Map<string, string>();
  for (const m of subset.matchAll(ENTITY_DECL)) {
    const [, parameter, name = '', dq, sq, external] = m;
    // External parameter entities (the XHTML entity sets) are never fetched: the names they
    // define are HTML entity names, which we already know.
    if (parameter) continue;
    if (external) throw refused(`external entity "${name}" (XXE)`);
    const value = dq ?? sq ?? '';
    for (const ref of value.matchAll(NAMED_REF)) {
      if (!PREDEFINED.has(ref[1] ?? '')) throw refused(`entity "${name}" is defined through another entity`);
    }
    values.set(name, value);
  }
  return values.size ? { values, budget: MAX_ENTITY_EXPANSION } : null;
}

function expandDeclared(s: string, dtd: DtdEntities): string {
  return s.replace(NAMED_REF, (ref, name: string) => {
    const value = dtd.values.get(name);
    if (value === undefined) return ref;
    dtd.budget -= value.length;
    if (dtd.budget < 0) throw refused(`entity expansion exceeds ${MAX_ENTITY_EXPANSION} characters`);
    return value;
  });
}

/** Decodes the references in a run of XML text or an attribute value. */
export function decodeEntities(s: string, dtd: DtdEntities | null): string {
  if (s.indexOf('&') === -1) return s;
  return decodeHTMLStrict(dtd ? expandDeclared(s, dtd) : s);
}

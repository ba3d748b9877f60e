// The faithfulness gate every digest line passes, whoever wrote it: each number, capitalized
// name and quotation in the line must be stated by a source it cites. A failing line is
// replaced (by the caller) with extractive text, which passes by construction.
import { indexNames, lineNames, unbackedParts, type NameIndex } from './names.js';
import { findQuantities, isBacked, type Quantity } from './quantities.js';
import { findQuotes, indexQuotes, isQuoted } from './quotes.js';

export interface FaithfulnessResult {
  ok: boolean;
  /** What no source states, as written in the line ("$1.3B", "Zentrix", "“we will win”"), without repeats. */
  unsupported: string[];
}

interface SourceIndex {
  quantities: Quantity[];
  names: NameIndex;
  quotes: string;
}

/** The sources of the last few stories, read once: a story's lines are checked against the same texts. */
const recent = new Map<string, SourceIndex>();
const RECENT_STORIES = 16;

function indexOf(sources: readonly string[]): SourceIndex {
  const key = sources.join('\u0000');
  let index = recent.get(key);
  if (index) recent.delete(key);
  else {
    index = {
      quantities: sources.flatMap((s) => findQuantities(s)),
      names: indexNames([...sources]),
      quotes: indexQuotes([...sources]),
    };
    if (recent.size >= RECENT_STORIES) recent.delete(recent.keys().next().value!);
  }
  recent.set(key, index);
  return index;
}

export function checkFaithful(line: string, sources: readonly string[]): FaithfulnessResult {
  const index = indexOf(sources);
  const unsupported = new Set<string>();
  for (const q of findQuantities(line)) if (!isBacked(q, index.quantities)) unsupported.add(q.text);
  for (const run of lineNames(line)) for (const part of unbackedParts(line, run, index.names)) unsupported.add(part);
  for (const quote of findQuotes(line)) if (!isQuoted(quote, index.quotes)) unsupported.add(quote);
  return { ok: unsupported.size === 0, unsupported: [...unsupported] };
}

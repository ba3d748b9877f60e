// Which company a typed name means (`/round aptronik`): candidates by trigram from the alias index,
// ranked by name similarity; a clear winner, or "did you mean" suggestions.
import { distance } from 'fastest-levenshtein';
import type { StoredRound } from '../model.js';
import { aliasCandidates } from '../store/company-grams.js';
import { roundsForCompanyKey } from '../store/rounds-lookup.js';
import type { Db } from '../store/store.js';
import { companyKey } from './company-key.js';

export interface RoundLookup {
  /** The company the name matched (display name), or null when nothing matched well enough. */
  company: string | null;
  rounds: StoredRound[];
  /** Other known companies with a similar name ("did you mean …"). */
  suggestions: string[];
}

const MATCH = 0.8;
const SUGGEST = 0.45;

const similarity = (a: string, b: string) => 1 - distance(a, b) / Math.max(a.length, b.length);

/**
 * 1 for the same key; high for a prefix ("apptr" → "apptronik") or a typo ("aptronik"); a typo in
 * the first words of a longer name ("kelary" → "kelari robotics") scores a little below a whole-name typo.
 */
export function nameSimilarity(query: string, key: string): number {
  if (!query || !key) return 0;
  if (query === key) return 1;
  if (query.length >= 3 && key.startsWith(query)) return 0.85 + 0.1 * (query.length / key.length);
  const head = key.split(' ').slice(0, query.split(' ').length).join(' ');
  return Math.max(similarity(query, key), head === key ? 0 : 0.95 * similarity(query, head));
}

/** Known companies ranked by how well their names match `query` (a company key), best first. */
async function rankCompanies(db: Db, query: string): Promise<[string, { score: number; display: string }][]> {
  const best = new Map<string, { score: number; display: string }>();
  for (const a of await aliasCandidates(db, query)) {
    const score = nameSimilarity(query, a.alias_key);
    const seen = best.get(a.company_key);
    if (!seen || score > seen.score) best.set(a.company_key, { score, display: a.display_name });
  }
  return [...best.entries()].sort((x, y) => y[1].score - x[1].score || x[1].display.localeCompare(y[1].display));
}

/** Company names for autocompletion of what a user is typing. */
export async function suggestCompanies(db: Db, typed: string, limit: number): Promise<string[]> {
  const query = companyKey(typed);
  if (query === '') return [];
  const ranked = await rankCompanies(db, query);
  return ranked
    .filter(([, v]) => v.score >= SUGGEST)
    .slice(0, limit)
    .map(([, v]) => v.display);
}

/** The rounds for the company a user named, with "did you mean" suggestions when the name is unclear. */
export async function lookupRounds(db: Db, name: string, limit = 20): Promise<RoundLookup> {
  const query = companyKey(name);
  const ranked = await rankCompanies(db, query);
  const [top, second] = ranked;
  const clear = top && top[1].score >= MATCH && (!second || top[1].score - second[1].score >= 0.05 || top[1].score === 1);
  const suggestions = ranked
    .filter(([key, v]) => v.score >= SUGGEST && !(clear && key === top[0]))
    .slice(0, 3)
    .map(([, v]) => v.display);
  if (!clear) return { company: null, rounds: [], suggestions };
  const rounds = await roundsForCompanyKey(db, top[0], limit);
  return { company: rounds[0]?.company ?? top[1].display, rounds, suggestions };
}

// Splitting a list into slices for `in (…)` lists and multi-row statements: bounded statements
// stay under both dialects' bound-parameter limits and keep each synchronous SQLite call short.
export const chunks = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

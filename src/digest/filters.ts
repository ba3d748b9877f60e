// A channel's include and exclude patterns, tested on an article's title and text. A pattern is
// words (matched as whole words, in order, ignoring case) or `/regular expression/` (with an
// optional `i` flag). Regular expressions run on RE2 (re2js): matching time grows linearly with
// the text whatever the pattern, so an admin's `(a+)+$` cannot stall a digest. Patterns and the
// text they see are bounded.
import { RE2JS } from 're2js';
import { userError } from '../errors.js';

/** Longest pattern accepted. */
export const MAX_PATTERN_LENGTH = 200;
/** Patterns per list (include, exclude) and channel. */
export const MAX_PATTERNS = 20;
/** Characters of an article's text a pattern is tested on (after the title). */
const MAX_TEXT = 20_000;

const compiled = new Map<string, RE2JS>();

const NOT_WORD = '[^\\p{L}\\p{N}]';

/** The RE2 program of a pattern, or a user error naming what is wrong with it. */
function compile(pattern: string): RE2JS {
  const hit = compiled.get(pattern);
  if (hit) return hit;
  const regex = /^\/(.+)\/(i?)$/s.exec(pattern);
  let program: RE2JS;
  if (regex) {
    try {
      program = RE2JS.compile(regex[1]!, regex[2] === 'i' ? RE2JS.CASE_INSENSITIVE : 0);
    } catch (err) {
      const why = err instanceof Error ? err.message.replace(/^error parsing regexp: /, '') : String(err);
      throw userError(
        'BAD_ARGUMENT',
        `"${pattern}" is not a regular expression this bot accepts (${why}). RE2 syntax: no lookaround or backreferences.`,
      );
    }
  } else {
    const words = pattern.split(/\s+/).filter((w) => w !== '');
    const body = words.map((w) => RE2JS.quote(w)).join('\\s+');
    program = RE2JS.compile(`(?:^|${NOT_WORD})${body}(?:$|${NOT_WORD})`, RE2JS.CASE_INSENSITIVE);
  }
  if (compiled.size > 1000) compiled.clear();
  compiled.set(pattern, program);
  return program;
}

/** A pattern as an admin typed it, trimmed and checked; throws a user error naming the problem. */
export function checkPattern(raw: string): string {
  const pattern = raw.trim();
  if (pattern === '' || pattern === '//') throw userError('BAD_ARGUMENT', 'A filter needs words or a /regular expression/.');
  if (pattern.length > MAX_PATTERN_LENGTH)
    throw userError('BAD_ARGUMENT', `A filter is at most ${MAX_PATTERN_LENGTH} characters (got ${pattern.length}).`);
  compile(pattern);
  return pattern;
}

export interface Filterable {
  title: string;
  text: string;
}

/** Whether the article passes the channel's patterns: one include matches (when there are any) and no exclude does. */
export function passesFilters(a: Filterable, include: readonly string[], exclude: readonly string[]): boolean {
  if (include.length === 0 && exclude.length === 0) return true;
  const text = `${a.title}\n${a.text.slice(0, MAX_TEXT)}`;
  if (include.length > 0 && !include.some((p) => compile(p).test(text))) return false;
  return !exclude.some((p) => compile(p).test(text));
}

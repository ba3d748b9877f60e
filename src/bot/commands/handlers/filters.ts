// `/feeds include | exclude | unfilter`: this channel's keyword filters, applied when its
// digest's window is selected (digest/filters.ts).
import { checkPattern, MAX_PATTERNS } from '../../../digest/filters.js';
import { userError } from '../../../errors.js';
import { changeDestination } from '../../../store/destinations.js';
import type { FEEDS_EXCLUDE, FEEDS_INCLUDE, FEEDS_UNFILTER } from '../catalog.js';
import { editableDestination, type ActionHandler, type CommandContext } from '../context.js';
import { filtersLine } from '../replies/channel.js';
import { plainReply } from '../replies/feeds.js';
import type { ArgsOf } from '../spec.js';

async function addPattern(ctx: CommandContext, list: 'include' | 'exclude', raw: string) {
  const dest = editableDestination(ctx);
  const pattern = checkPattern(raw);
  if (dest[list].includes(pattern))
    return plainReply(`"${pattern}" is already in this channel's ${list} list.\n${filtersLine(dest)}`);
  if (dest[list].length >= MAX_PATTERNS)
    throw userError('BAD_ARGUMENT', `A channel has at most ${MAX_PATTERNS} ${list} patterns; remove one with /feeds unfilter.`);
  const changed = await changeDestination(ctx.deps.store.db, dest.id, { [list]: [...dest[list], pattern] });
  const meaning =
    list === 'include'
      ? 'This channel now gets only articles whose title or text matches one of its include patterns.'
      : 'Articles whose title or text matches it now stay out of this channel.';
  return plainReply(`${meaning} From the next digest on.\n${filtersLine(changed)}`);
}

export const feedsInclude: ActionHandler<ArgsOf<typeof FEEDS_INCLUDE>> = (ctx, { pattern }) =>
  addPattern(ctx, 'include', pattern);

export const feedsExclude: ActionHandler<ArgsOf<typeof FEEDS_EXCLUDE>> = (ctx, { pattern }) =>
  addPattern(ctx, 'exclude', pattern);

export const feedsUnfilter: ActionHandler<ArgsOf<typeof FEEDS_UNFILTER>> = async (ctx, { pattern }) => {
  const dest = editableDestination(ctx);
  const target = pattern.trim();
  const all = /^all$/i.test(target);
  const known = [...dest.include, ...dest.exclude];
  if (!all && !known.includes(target))
    throw userError(
      'BAD_ARGUMENT',
      known.length > 0
        ? `"${target}" is not one of this channel's patterns. ${filtersLine(dest)}`
        : 'This channel has no filters.',
    );
  const changed = await changeDestination(ctx.deps.store.db, dest.id, {
    include: all ? [] : dest.include.filter((p) => p !== target),
    exclude: all ? [] : dest.exclude.filter((p) => p !== target),
  });
  return plainReply(filtersLine(changed) ?? 'This channel has no filters now: every article in its topics can reach its digest.');
};

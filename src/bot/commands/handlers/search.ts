// `/search <words>`: recent articles containing the words, and how far back the store reaches.
import { userError } from '../../../errors.js';
import { oldestArticleSeenAt, searchArticles, searchWords } from '../../../store/search.js';
import type { SEARCH } from '../catalog.js';
import type { ActionHandler } from '../context.js';
import { searchReply } from '../replies/search.js';
import type { ArgsOf } from '../spec.js';
import { DAY } from '../../../time.js';

const DAYS = 30;
const RESULTS = 10;

export const searchCommand: ActionHandler<ArgsOf<typeof SEARCH>> = async (ctx, { query }) => {
  const words = searchWords(query);
  if (words.length === 0) throw userError('BAD_ARGUMENT', `Search needs at least one word (letters or digits), got "${query}".`);
  const { db } = ctx.deps.store;
  const hits = await searchArticles(db, query, { since: ctx.now - DAYS * DAY, limit: RESULTS });
  return searchReply(words.join(' '), hits, { days: DAYS, oldestKept: await oldestArticleSeenAt(db) });
};

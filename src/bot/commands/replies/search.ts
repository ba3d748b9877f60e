// `/search` answers: matching articles, newest first, with links, and how far back the bot's
// memory reaches (older articles are pruned: decision 0022).
import type { EpochMs } from '../../../model.js';
import type { SearchHit } from '../../../store/search.js';
import type { Reply } from '../types.js';
import { isoDay } from './common.js';

/** What the search covered: its window in days and the first-seen time of the oldest article kept. */
export interface SearchReach {
  days: number;
  oldestKept: EpochMs | undefined;
}

function reachLine({ days, oldestKept }: SearchReach): string {
  const memory =
    oldestKept === undefined ? 'no articles are stored yet' : `the bot remembers articles back to ${isoDay(oldestKept)}`;
  return `Searched articles of the last ${days} days; ${memory}.`;
}

export function searchReply(query: string, hits: SearchHit[], reach: SearchReach): Reply {
  if (hits.length === 0)
    return {
      sections: [{ text: `No articles of the last ${reach.days} days contain all of: ${query}` }, { text: reachLine(reach) }],
      private: true,
    };
  return {
    title: `Articles about "${query}"`,
    sections: [
      {
        text: `${hits.length === 1 ? 'One article' : `${hits.length} articles`}, newest first:`,
        links: hits.map((h) => ({
          label: `${h.title} (${h.outlet}, ${isoDay(h.publishedAt ?? h.firstSeenAt)})`,
          url: h.url ?? '',
        })),
      },
      { text: reachLine(reach) },
    ],
    private: false,
  };
}

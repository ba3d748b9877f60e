// `/search` answers: matching articles, newest first, with links.
import type { SearchHit } from '../../../store/search.js';
import type { Reply } from '../types.js';
import { isoDay } from './common.js';

export function searchReply(query: string, hits: SearchHit[], days: number): Reply {
  if (hits.length === 0)
    return { sections: [{ text: `No articles of the last ${days} days contain all of: ${query}` }], private: true };
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
    ],
    private: false,
  };
}

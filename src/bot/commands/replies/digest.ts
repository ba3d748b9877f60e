// A digest in short, as `/digest latest` and `/digest preview` show it: TL;DR, takeaways with
// their sources, how many rounds, and the story headlines with their outlets (no links).
import type { Digest, DigestStory } from '../../../model.js';
import { countsLine, emptyLine, roundsTotalLine } from '../../render/format.js';
import type { Reply, ReplyLink, ReplySection } from '../types.js';
import { sourceLink } from './common.js';

const outlets = (s: DigestStory) => [...new Set(s.sources.map((x) => x.outlet))].join(', ');

export function digestSummaryReply(d: Digest, o: { title: string; private: boolean }): Reply {
  if (d.empty) return { title: o.title, sections: [{ text: emptyLine(d) }], private: o.private };
  const sections: ReplySection[] = [{ title: 'TL;DR', text: `${d.tldr}\n\n${countsLine(d)}` }];
  if (d.takeaways.length > 0) {
    const links: ReplyLink[] = d.takeaways.flatMap((t, i) =>
      t.sources.map((s) => ({ ...sourceLink(s), label: `[${i + 1}] ${sourceLink(s).label}` })),
    );
    sections.push({ title: 'Key takeaways', text: d.takeaways.map((t, i) => `${i + 1}. ${t.text}`).join('\n'), links });
  }
  if (d.rounds.items.length > 0)
    sections.push({ title: 'Funding rounds', text: `${roundsTotalLine(d)}. Ask /round <company> for any of them.` });
  if (d.stories.length > 0)
    sections.push({ title: 'Stories', text: d.stories.map((s) => `• ${s.headline} (${outlets(s)})`).join('\n') });
  return { title: o.title, sections, private: o.private };
}

export function postNowReply(r: { digestId: string } | { skipped: string }): Reply {
  const text =
    'digestId' in r ? `A digest is on its way to this channel (digest ${r.digestId}).` : `No digest was posted: ${r.skipped}`;
  return { sections: [{ text }], private: true };
}

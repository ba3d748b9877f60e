// `/round` answers: a company's rounds newest first, the largest recent rounds, or "did you mean".
import type { RoundSource, StoredRound } from '../../../model.js';
import { formatMoney } from '../../../digest/format.js';
import { roundAmount, roundLabel, valuationText } from '../../render/format.js';
import type { Reply, ReplySection } from '../types.js';
import { isoDay, sourceLink } from './common.js';

/** Discord shows ten embeds: the rounds beyond these are counted, not shown. */
const MAX_ROUNDS_SHOWN = 8;

const figures = (s: RoundSource) => {
  const amount = formatMoney(s.amount, s.currency);
  return s.valuation === null ? amount : `${amount} at a ${formatMoney(s.valuation, s.currency)} valuation`;
};

export function roundSection(r: StoredRound): ReplySection {
  const lines = [
    r.valuation !== null ? `Valuation: ${valuationText(r)}` : null,
    r.leadInvestors.length > 0 ? `Led by ${r.leadInvestors.join(', ')}` : null,
    r.otherInvestors.length > 0 ? `With ${r.otherInvestors.join(', ')}` : null,
    r.conflict ? `⚠ Sources disagree: ${r.sources.map((s) => `${s.outlet} says ${figures(s)}`).join('; ')}` : null,
  ];
  return {
    title: `${roundLabel(r)} · ${roundAmount(r)} · ${isoDay(r.announcedAt)}`,
    text: lines.filter((l) => l !== null).join('\n'),
    links: r.sources.map(sourceLink),
  };
}

export function companyRoundsReply(company: string, rounds: StoredRound[], similar: string[]): Reply {
  const sections = rounds.slice(0, MAX_ROUNDS_SHOWN).map(roundSection);
  const more = rounds.length - sections.length;
  const notes = [
    more > 0 ? `…and ${more} earlier round${more === 1 ? '' : 's'}.` : null,
    similar.length > 0 ? `Similar names: ${similar.join(', ')}.` : null,
  ].filter((n) => n !== null);
  if (notes.length > 0) sections.push({ text: notes.join('\n') });
  return { title: `Funding rounds: ${company}`, sections, private: false };
}

export function noRoundsReply(typed: string, suggestions: string[]): Reply {
  const text =
    suggestions.length > 0
      ? `No funding rounds found for "${typed}". Did you mean ${suggestions.join(', ')}?`
      : `I have not read about funding rounds of "${typed}".`;
  return { sections: [{ text }], private: true };
}

export function largestRoundsReply(rounds: StoredRound[], days: number): Reply {
  if (rounds.length === 0)
    return { sections: [{ text: `No rounds with a known amount in the last ${days} days.` }], private: true };
  const lines = rounds.map(
    (r, i) =>
      `${i + 1}. ${r.company}: ${roundAmount(r)} ${roundLabel(r)} (${isoDay(r.announcedAt)})` +
      (r.leadInvestors.length > 0 ? `, led by ${r.leadInvestors.join(', ')}` : '') +
      (r.conflict ? ' ⚠ sources disagree' : ''),
  );
  return {
    title: `Largest rounds of the last ${days} days`,
    sections: [
      {
        text: lines.join('\n'),
        links: rounds.flatMap((r, i) =>
          r.sources[0] ? [{ ...sourceLink(r.sources[0]), label: `${i + 1}. ${sourceLink(r.sources[0]).label}` }] : [],
        ),
      },
    ],
    private: false,
  };
}

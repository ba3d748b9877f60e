import { describe, expect, it } from 'vitest';
import { coverageOrder, termSalience } from '../../../../src/digest/summarize/coverage.js';
import { positionPrior } from '../../../../src/digest/summarize/features.js';
import { prepareCandidates } from '../../../../src/digest/summarize/prepare.js';
import { buildUnits, type Graph } from '../../../../src/digest/summarize/select.js';
import { terms } from '../../../../src/text/tokens.js';

/** One article's candidates and units, the given relevance per sentence, and a graph with no similarities. */
function setup(sentences: string[], relevance: number[]) {
  const candidates = prepareCandidates([{ id: 'a', text: sentences.join(' ') }]);
  const units = buildUnits(candidates, relevance);
  const n = candidates.length;
  const graph: Graph = { sim: candidates.map(() => new Float64Array(n)), sameFact: candidates.map(() => new Uint8Array(n)) };
  return { candidates, units, graph };
}
const membersOf = (picks: { members: number[] }[]) => picks.map((u) => u.members);

/** Two facts, each told twice; both tellings of the first rank above those of the second. */
const TWO_FACTS = [
  'Acme Robotics will cut 500 jobs at its Denver plant.',
  'The Denver plant cuts leave Acme Robotics with 500 fewer jobs.',
  'Union leaders called a strike vote for Friday.',
  'The strike vote by union leaders is set for Friday.',
];

describe('takeaways by coverage', () => {
  it('covers a second fact before retelling the first, though the retelling ranks higher', () => {
    const { candidates, units, graph } = setup(TWO_FACTS, [1, 0.9, 0.8, 0.7]);
    const [first, second] = membersOf(coverageOrder(units, candidates, [], graph, 2));
    expect([[0], [1]]).toContainEqual(first);
    expect(second).toEqual([2]);
  });

  it('never picks a unit that repeats a pick, nor the same sentence twice', () => {
    const { candidates, units, graph } = setup(TWO_FACTS, [1, 0.9, 0.8, 0.7]);
    graph.sim[0]![1] = graph.sim[1]![0] = 0.7;
    graph.sameFact[2]![3] = graph.sameFact[3]![2] = 1;
    const picks = membersOf(coverageOrder(units, candidates, [], graph, 4));
    expect(picks).toHaveLength(2);
    expect(picks.flat().filter((m) => m < 2)).toHaveLength(1);
    expect(picks.flat().filter((m) => m >= 2)).toHaveLength(1);
  });

  it('stops at the limit, and leaves out a unit that adds nothing', () => {
    const { candidates, units, graph } = setup(TWO_FACTS, [1, 0.9, 0.8, 0]);
    expect(coverageOrder(units, candidates, [], graph, 3)).toHaveLength(3);
    expect(membersOf(coverageOrder(units, candidates, [], graph, 6)).flat()).not.toContain(3);
  });

  it('lets a dangling sentence extend its antecedent picked alone, in place and in source order', () => {
    const { candidates, units, graph } = setup(
      [
        'Vantor chief executive Priya Nair spoke to investors on Monday.',
        'She said the company would cut 500 jobs and close its Denver plant by June.',
        'The company makes parts for electric buses.',
        'Analysts expect more suppliers to follow.',
      ],
      [1, 0.9, 0.5, 0.4],
    );
    expect(membersOf(coverageOrder(units, candidates, [], graph, 1))).toEqual([[0]]);
    const picks = coverageOrder(units, candidates, [], graph, 3);
    expect(picks).toHaveLength(3);
    expect(picks[0]!.members).toEqual([0, 1]);
    expect(membersOf(picks).flat()).toEqual([...new Set(membersOf(picks).flat())]);
    expect(membersOf(picks)).not.toContainEqual([0]);
  });

  it('weighs a term by the lead prior of every sentence that uses it, and of the headline', () => {
    const { candidates } = setup(TWO_FACTS, [1, 1, 1, 1]);
    const [strike] = terms('strike');
    const plain = termSalience(candidates);
    expect(plain.get(strike!)).toBeCloseTo(positionPrior(2) + positionPrior(3), 10);
    expect(termSalience(candidates, [new Set(terms('Strike looms'))]).get(strike!)).toBeCloseTo(plain.get(strike!)! + 1, 10);
  });
});

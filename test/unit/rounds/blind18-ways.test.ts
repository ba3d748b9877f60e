// Each kind of wording the eighteenth blind set (unseen-blind18.ts, full articles as sites publish
// them) missed, tested on different invented examples: a lede that tells of the company by what it
// is and names it in the next sentence, a lead named in a founder's quote ("to have X lead this
// round"), a title-case release's "Launches with", a description before the name in a title ("Cyber
// MGA X"); and what is no round: reinsurance capacity secured, a stake written down, rivals' rounds
// told for comparison.
import { describe, expect, it } from 'vitest';
import { roundsRead } from '../../helpers/rounds-read.js';

const brief = (text: string, title: string | null = null) => roundsRead(text, title, Date.UTC(2026, 5, 1));

describe('rounds written as the eighteenth blind set writes them', () => {
  it('names the company a description-first lede is about from the next sentence', () => {
    const text =
      'A Bismarck startup started by two former linemen has raised $2.6 million to inspect power poles with drones.\n\n' +
      'Polecat Aerial, which flies for four rural electric co-ops, says its crews inspect a pole in under a minute. The seed round was led by Missouri Slope Ventures.';
    expect(brief(text, 'Bismarck linemen’s drone startup raises $2.6 million')).toMatchObject([
      { company: 'Polecat Aerial', amount: 2.6e6, type: 'seed', lead: ['Missouri Slope Ventures'] },
    ]);
    const maker =
      'The Porto-based maker of reusable food containers for canteens has raised €3m in seed funding.\n\nTornaBox, founded in 2024 by a former chef, serves 60 canteens.';
    expect(brief(maker, 'Reusable-container maker gets €3m seed')).toMatchObject([{ company: 'TornaBox', amount: 3e6 }]);
  });

  it('reads a lead named in a founder’s quote ("to have X lead this round")', () => {
    const text =
      'Hearthline has raised a $7 million seed round. “We’re delighted to have Saltmarsh Capital lead this round, and to welcome back our angels,” said chief executive Ada Quist.';
    expect(brief(text, 'Hearthline raises $7M seed')).toMatchObject([{ company: 'Hearthline', lead: ['Saltmarsh Capital'] }]);
  });

  it('ends a title-case name at the release’s verb ("X Launches with $80 Million")', () => {
    expect(
      brief(
        'Verrow Bio today launched with an $80 million Series A financing led by Cobble Hill Life Sciences.',
        'Verrow Bio Launches with $80 Million Series A to Develop Kidney Medicines',
      ),
    ).toMatchObject([{ company: 'Verrow Bio', amount: 80e6, type: 'series_a' }]);
  });

  it('reads the name after a title’s description ("Trucking MGA X")', () => {
    expect(
      brief(
        'Tollgate, a Denver managing general agent for trucking insurance, has raised a $14 million Series A led by Cherry Creek Capital.',
        'Trucking MGA Tollgate Raises $14 Million Series A',
      ),
    ).toMatchObject([{ company: 'Tollgate', amount: 14e6 }]);
  });

  it('reads rivals’ rounds told for comparison as background', () => {
    const text =
      'Gumline, which automates claims for dental offices, has raised $18 million in a Series B. The raise comes weeks after two competitors raised rounds of their own: Toothway closed a $40 million Series C last week, and Bitewing raised $25 million.';
    expect(brief(text, 'Dental-claims startup Gumline raises $18M').map((r) => r.company)).toEqual(['Gumline']);
  });

  it('reads no round in reinsurance capacity secured, nor in a stake written down', () => {
    expect(
      brief(
        'Stormwall, an MGA for hail cover, has secured $150 million of reinsurance capacity for 2026 from a panel led by Rhine Re.',
        'Stormwall secures $150 million of reinsurance capacity',
      ),
    ).toEqual([]);
    expect(
      brief(
        'Harlow Dairies said it had written down its stake in oat-milk startup Oatcraft by $20 million, cutting its quarterly profit.',
        'Harlow Dairies writes down stake in Oatcraft',
      ),
    ).toEqual([]);
  });
});

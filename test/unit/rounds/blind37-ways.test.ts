// Each kind of wording the thirty-seventh blind set (unseen-blind37.ts: long features, interviews,
// essays and market stories with one new round among many figures) missed and that is now read,
// tested on different invented examples.
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';

const read = (text: string, title: string | null = null, site: string | null = null) =>
  extractRounds(text, { title, site, published: Date.UTC(2026, 2, 10) }).map((r) => ({
    company: r.company,
    amount: r.amount,
    lead: r.leadInvestors,
  }));

describe('the thirty-seventh blind set’s kinds of wording', () => {
  it('reads "the company" as the company the sentence before opens with, not a rival the feature named first', () => {
    const text =
      'Ferment start-ups had a rough few years. Brewlite, an Oregon company, raised a $90 million Series B in 2021 and closed two years later.\n\n' +
      'Tansyworks thinks it can do better. The company has raised $14 million in a Series A led by Orchard Gate Capital, its founder said.';
    expect(read(text, 'Yeast, again')).toEqual([{ company: 'Tansyworks', amount: 14e6, lead: ['Orchard Gate Capital'] }]);
  });

  it('reads a founder’s essay: no company from "Five lessons", the bio line’s company, no round from a deep mention', () => {
    const text =
      'Last month we announced our $6 million seed round. Bramhall Ventures led it, and two angels who backed us years ago came back in.\n\n' +
      '1. I waited too long to start.\n\n2. I forgot that our $800,000 pre-seed note would convert at a discount.\n\n' +
      'Odile Marchetti is co-founder and CEO of Quaylight, which makes booking software for ferry operators.';
    expect(read(text, 'Five lessons from raising our seed round', 'Notes from the Quay')).toEqual([
      { company: 'Quaylight', amount: 6e6, lead: ['Bramhall Ventures'] },
    ]);
  });

  it('reads an interview’s company from its title or its introduction', () => {
    const text =
      'Every Friday we ask a founder the same questions. This week: Tomas Ahlberg, co-founder and CEO of Fjellmark Robotics, which builds inspection drones.\n\n' +
      'Are you raising?\nYes, we’re raising our Series A now, about $9 million.';
    expect(read(text, 'Questions for Fjellmark Robotics’ Tomas Ahlberg', 'Nordic Founder Weekly').map((r) => r.company)).toEqual([
      'Fjellmark Robotics',
    ]);
  });

  it('reads a whole round dated to the news’s days deep in a story about something else', () => {
    const earnings =
      'Corvane Foods reported higher quarterly profit on Tuesday. Revenue rose 3% to $2.2 billion and the shares gained 2%.\n\n' +
      'The company cut its forecast for snack volumes. It will buy back $300 million of shares.\n\n' +
      'Corvane is also automating. Its venture arm, Corvane Labs Fund, led an $11 million Series A in Sortwise, a Fresno start-up that grades onions with cameras, Sortwise said on Tuesday.';
    expect(read(earnings, 'Corvane Foods profit rises as prices hold')).toEqual([
      { company: 'Sortwise', amount: 11e6, lead: ['Corvane Labs Fund'] },
    ]);
    const feature =
      'Tallinn has more game studios than ever. Most are small, and most are self-funded.\n\n' +
      'The biggest of them took $30 million from a publisher in 2022.\n\n' +
      'The newest arrival is Kuusk Games, founded by four former developers, which this week closed a $2 million seed round led by Baltic Play Fund.';
    expect(read(feature, 'How Tallinn became a games town')).toEqual([
      { company: 'Kuusk Games', amount: 2e6, lead: ['Baltic Play Fund'] },
    ]);
    // A round recalled from another year stays background.
    expect(
      read(
        'Harbor stocks fell on Monday.\n\nShipping costs rose again.\n\nMeanwhile Dockline, which closed a $40 million Series B led by Pier Capital in 2023, cut 50 jobs.',
        'Ports slow down',
      ),
    ).toEqual([]);
  });

  it('reads a round told in a markets wrap after an opening phrase and the company’s description', () => {
    const text =
      'Stocks rose on Tuesday as bond yields fell.\n\nOil slipped 1% and gold gained.\n\nBanks lagged after a weak forecast.\n\n' +
      'In private markets, Lindqvane, a Boston company that makes software for lab robots, said it had raised $45 million in a Series B led by Charles River Partners.';
    expect(read(text, 'Stocks rise as yields fall')).toEqual([
      { company: 'Lindqvane', amount: 45e6, lead: ['Charles River Partners'] },
    ]);
  });

  it('reads leads told in a sentence of their own, and a person’s company from their role', () => {
    expect(
      read('Reefline, a Cairns start-up, has added A$2 million to its seed round. Kuranda Ventures led the extension.'),
    ).toEqual([{ company: 'Reefline', amount: 2e6, lead: ['Kuranda Ventures'] }]);
    expect(
      read(
        'Osaka-based Hikarito said on Monday it had raised 900 million yen in a Series A. Umeda Capital acted as lead investor.',
      ),
    ).toEqual([{ company: 'Hikarito', amount: 9e8, lead: ['Umeda Capital'] }]);
    expect(
      read('Beatriz Lameira, chief executive of Salgueira, announced a €7 million Series A on Monday.').map((r) => r.company),
    ).toEqual(['Salgueira']);
  });
});

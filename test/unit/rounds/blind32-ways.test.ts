// Each kind of wording the thirty-second blind set (unseen-blind32.ts: business news in general-news
// outlets and wires) missed, tested on different invented examples: a round told in paragraph four
// of a story about something else ("X also said on Tuesday that it had raised …"), its lead in the
// next sentence, a lead introduced by a city's possessive, a wire's briefs, a council's share of a
// round, a union welcoming an investment, a correction, a listed company's placing, a draw on a credit
// facility, and a carmaker's plant investment.
import { describe, expect, it } from 'vitest';
import { roundsRead } from '../../helpers/rounds-read.js';

const read = (text: string, title: string | null = null) => roundsRead(text, title, Date.UTC(2026, 5, 1));

describe('rounds written as the thirty-second blind set writes them', () => {
  it('reads a round another story tells in passing, "it" being the company that said so', () => {
    const rounds = read(
      'For the first time in decades, ferries are being built in Hull. On Monday, Humber Hulls opened a shipyard.\n\n' +
        'The opening was attended by the mayor.\n\n' +
        'Humber also said on Monday that it had raised £15m in a Series A round led by Wolds Capital, to pay for a second slipway.',
      'Hull’s first ferry yard in decades opens',
    );
    expect(rounds.map((r) => [r.company, r.amount, r.type, r.lead])).toEqual([
      ['Humber Hulls', 15e6, 'series_a', ['Wolds Capital']],
    ]);
  });

  it('reads a round whose lead the next sentence gives, deep in a feature', () => {
    const rounds = read(
      'At dawn the kitchen is quiet. By eight, 900 pies are in the van.\n\n' +
        'Pastryline, founded in 2020, says its ovens bake twice as fast.\n\n' +
        'On Tuesday Pastryline said it had raised £6m in a Series A round. The round was led by Clyde Arc Capital.',
      'Can a robot bake a pie? A Glasgow firm is betting £6m on it',
    );
    expect(rounds.map((r) => [r.company, r.lead])).toEqual([['Pastryline', ['Clyde Arc Capital']]]);
  });

  it('reads a lead introduced by a city’s possessive, and a wire’s briefs each as news', () => {
    const rounds = read(
      'ACCRA, March 9 (Kente Wire) - Sankofa Solar, a Ghanaian startup, has raised $5 million in seed funding led by Volta Impact, the company said.\n\n' +
        'ACCRA, March 9 (Kente Wire) - Gold miner Ashanti Deep reported a 9% rise in output.\n\n' +
        'LAGOS, March 9 (Kente Wire) - Nigerian payments marketplace Paybridge has raised $12 million in a Series A. Lagos City’s Marina Row Capital led the round.',
      'West Africa business briefs',
    );
    expect(rounds.map((r) => [r.company, r.lead])).toEqual([
      ['Sankofa Solar', ['Volta Impact']],
      ['Paybridge', ['Marina Row Capital']],
    ]);
  });

  it('reads the whole round a council’s share is part of', () => {
    const [round] = read(
      'Perth City Council’s growth fund has invested £300,000 in Taybyte, a start-up that makes audit software for distilleries, as part of a £1.9 million seed round announced today.',
    );
    expect(round).toMatchObject({ company: 'Taybyte', amount: 1.9e6, type: 'seed' });
  });

  it('reads the company, not who welcomes its investment', () => {
    const rounds = read(
      'The Teesside Workers Union today welcomed the news that Saltburn Cells has secured £30 million of new investment led by Cleveland Hills Capital.',
      'Union welcomes £30m investment in Redcar battery plant',
    );
    expect(rounds.map((r) => r.company)).toEqual(['Saltburn Cells']);
  });

  it('reads no round in a correction, a placing, a draw on a credit facility or a plant investment', () => {
    expect(read('Correction: An earlier version of this article said Tidewell had raised $30 million.')).toEqual([]);
    expect(
      read(
        'Shares in Brackwater Energy, the AIM-listed driller, fell 6% after it raised £12 million through a placing of new shares.',
      ),
    ).toEqual([]);
    expect(
      read('The trust will pay for the warehouses with cash and a draw on its credit facility.', 'Harbour REIT buys warehouses'),
    ).toEqual([]);
    expect(
      read(
        'Corvan Motors said on Tuesday it will invest $1.5 billion to convert its assembly plant in Dayton to build electric vans.',
      ),
    ).toEqual([]);
  });
});

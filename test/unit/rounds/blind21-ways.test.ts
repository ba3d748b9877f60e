// Each kind of wording the twenty-first and twenty-second blind sets (unseen-blind21.ts, funding
// news in conversational and newsletter forms; unseen-blind22.ts, sectors far from software) missed,
// tested on different invented examples: a newsletter's bulleted entries below its greeting and a
// heading, a city in parentheses after the name (with or without its accents), a name that ends in
// a number ("Gate 7"); and what is no round: a plant's project finance, tax equity, a state's
// incentives, a company's investment in its own plant, a contract named by its customer, a total
// that includes a round, and a headline's sum that the text tells as project finance.
import { describe, expect, it } from 'vitest';
import { roundsRead } from '../../helpers/rounds-read.js';

const read = (text: string, title: string | null = null) => roundsRead(text, title, Date.UTC(2026, 5, 1));

describe('rounds written as the twenty-first and twenty-second blind sets write them', () => {
  it('reads a newsletter’s bulleted entries below its greeting and a heading, each line its own entry', () => {
    const text =
      'Hello from a rainy Ghent, where the canals are higher than I have ever seen them.\n\n' +
      'WHO RAISED MONEY\n' +
      '→ Torvelin (Leuven) — €4m seed led by Dijle Capital. Soil sensors for vineyards.\n' +
      '→ Brikka (Mechelen) — €1.5m pre-seed led by Schelde Angels. Resale of building materials.';
    expect(read(text, 'The Lowlands Ledger — No. 58').map((r) => [r.company, r.amount, r.lead])).toEqual([
      ['Torvelin', 4e6, ['Dijle Capital']],
      ['Brikka', 1.5e6, ['Schelde Angels']],
    ]);
  });

  it('takes the city in parentheses after a name for where it is, accents or none, never for the company', () => {
    for (const city of ['Zürich', 'Zurich']) {
      const text =
        `A short issue from ${city} this week.\n\n` +
        `→ Felsgrat Robotics (${city}) — CHF 9m Series A led by Aare Partners.\n` +
        '→ Quaystone (Amsterdam) — €3m seed led by IJ Ventures.';
      expect(read(text, 'Deals and notes').map((r) => r.company)).toEqual(['Felsgrat Robotics', 'Quaystone']);
    }
  });

  it('reads a name that ends in a number, but not a date, a stage or a count', () => {
    expect(
      read('Pier 9, a Lisbon start-up that books berths for yachts, has raised a €6 million Series A led by Tejo Capital.').map(
        (r) => r.company,
      ),
    ).toEqual(['Pier 9']);
    expect(
      read('Kanto 24 announced on Monday that it had raised a $3 million seed round led by Ome Ventures.').map((r) => r.company),
    ).toEqual(['Kanto 24']);
    expect(read('Velloway raised $8 million in a Series B 2 led by Quill Partners.').map((r) => r.company)).toEqual(['Velloway']);
    expect(read('Velloway, which has 40 employees, raised $8 million led by Quill Partners.').map((r) => r.company)).toEqual([
      'Velloway',
    ]);
  });

  it('reads no round in a plant’s project finance or tax equity, nor in a state’s incentives', () => {
    expect(
      read(
        'Brackwater Solar closed $140 million of construction and tax-equity financing for its 150MW Red Mesa project in New Mexico.',
      ),
    ).toEqual([]);
    expect(
      read(
        'Ferrovane, which makes steel castings for wind turbines, will build a $200 million plant in Alabama. The state said the company would receive about $12 million in state incentives, including job tax credits and a site-preparation grant.',
      ),
    ).toEqual([]);
  });

  it('reads no round in a company’s investment in its own plant, nor in a contract named by its customer', () => {
    expect(read('Loomhaven to invest €25m in Tampere fibre-recycling plant')).toEqual([]);
    expect(read('Corvel Textiles will invest $40 million in a new dyeing facility in Georgia, it said on Monday.')).toEqual([]);
    expect(read('Skyrest wins $180 million Coast Guard drone patrol contract')).toEqual([]);
    // An investor's money in a company whose name holds such a word is still a round.
    expect(read('Harbor Ventures will invest $30m in Porto Robotics, a maker of plant sensors.').map((r) => r.company)).toEqual([
      'Porto Robotics',
    ]);
  });

  it('reads no round in a total that includes a round, but still one whose participants put in part of it', () => {
    expect(
      read(
        'Mossgate has raised more than $90 million from investors, including a $60 million Series B in 2023 led by Ruddle Growth.',
      ),
    ).toEqual([]);
    expect(read('Mossgate raised $30 million in a Series C, including $8 million from Ruddle Growth.')).toHaveLength(1);
  });

  it('reads no round in a headline’s sum that the text tells as project finance', () => {
    const text =
      'Lochaber Wind has reached financial close on its 80MW Glen Corran wind farm after securing £75 million of non-recourse project finance from two banks. Construction starts in May.';
    expect(read(text, 'Lochaber Wind secures £75m for Highland wind farm')).toEqual([]);
    // A round that says where its money goes is still a round.
    expect(read('Brightfen has raised a £6m seed round led by Ouse Ventures to build its first recycling plant.')).toHaveLength(
      1,
    );
  });
});

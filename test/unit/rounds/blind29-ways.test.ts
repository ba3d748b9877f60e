// Each kind of wording the twenty-ninth blind set (unseen-blind29.ts: Latin American, African and
// Middle East deal coverage and the crypto press) missed, tested on different invented examples: a
// lead's owner named in its description, a round told as a debut "out of stealth", a lead described
// before "is expected to lead", a lead of one portion of a round, a description between dashes, a
// deals list's line with a description and a local currency, and "raising at" a valuation.
import { describe, expect, it } from 'vitest';
import { roundsRead } from '../../helpers/rounds-read.js';

const read = (text: string, title: string | null = null) => roundsRead(text, title, Date.UTC(2026, 5, 1));

describe('rounds written as the twenty-ninth blind set writes them', () => {
  it('reads the lead, not its owner, in "X, the venture arm of Y" and "X, a vehicle owned by Y"', () => {
    const [arm] = read(
      'Tessaro, a Lima startup that rents out delivery scooters, raised $6 million in a seed round led by Andes Rail Ventures, the corporate venture arm of freight operator Andes Rail Group. Callao Seed also took part.',
    );
    expect(arm).toMatchObject({ company: 'Tessaro', lead: ['Andes Rail Ventures'] });
    const [vehicle] = read(
      'Sabkha Grid raised BHD 2 million in a Series A round led by Seef Harbour Capital, an investment vehicle owned by the Government of Bahrain, and Manama Angels.',
    );
    expect(vehicle!.lead).toEqual(['Seef Harbour Capital', 'Manama Angels']);
  });

  it('reads a round told as a debut out of stealth', () => {
    expect(
      read(
        'Haifa-based Ornet Labs emerged from stealth on Wednesday with $7 million in seed funding led by Carmel Ridge Ventures.',
      ),
    ).toEqual([expect.objectContaining({ company: 'Ornet Labs', amount: 7e6, type: 'seed', lead: ['Carmel Ridge Ventures'] })]);
  });

  it('reads a lead described between commas before "is expected to lead"', () => {
    const [round] = read(
      'Wasla, a Doha logistics startup, is in talks to raise about $40 million in a Series B round, people familiar with the matter said. Lusail Crest Holdings, a Qatari family-owned investor, is expected to lead the round.',
    );
    expect(round).toMatchObject({ company: 'Wasla', status: 'in_talks', lead: ['Lusail Crest Holdings'] });
  });

  it('reads the lead of a round’s equity portion', () => {
    const [round] = read(
      'Cobrafy, a Bogotá startup that collects invoices for clinics, has raised $30 million in a Series A round made up of $10 million in equity and a $20 million debt facility.\n\nUsaquén Partners led the equity portion, with Chapinero Seed participating.',
    );
    expect(round).toMatchObject({ company: 'Cobrafy', lead: ['Usaquén Partners'] });
    // In the same paragraph, after the sentence whose other sums are no round: still this round's lead.
    const [same] = read(
      'Tollgate, a Quito startup that collects highway tolls by phone, has raised $18 million in a Series A round made up of $6 million in equity and a $12 million debt facility. Cumbayá Partners led the equity portion.',
    );
    expect(same).toMatchObject({ company: 'Tollgate', lead: ['Cumbayá Partners'] });
  });

  it('reads the subject across a description between dashes', () => {
    expect(
      read(
        'Granero (Rosario) — grain-storage monitoring for small co-ops — raised $4 million in seed funding led by Paraná Delta Capital.',
      ),
    ).toEqual([expect.objectContaining({ company: 'Granero', amount: 4e6, lead: ['Paraná Delta Capital'] })]);
  });

  it('reads a deals list’s line with a description, a local currency and a conversion', () => {
    const text =
      'THIS WEEK\n\n' +
      'Mtumba Loop, a Kampala marketplace for second-hand school uniforms sold by parents’ associations: KSh 90 million (~$0.7M) seed. Lead: Entebbe Road Fund.\n' +
      'Kivuli, a Kigali maker of shade nets for smallholder greenhouses: $1.2M pre-seed. Lead: Nyabugogo Angels.';
    expect(read(text, 'Deals this week')).toEqual([
      expect.objectContaining({
        company: 'Mtumba Loop',
        amount: 90e6,
        currency: 'KES',
        type: 'seed',
        lead: ['Entebbe Road Fund'],
      }),
      expect.objectContaining({
        company: 'Kivuli',
        amount: 1.2e6,
        currency: 'USD',
        type: 'pre_seed',
        lead: ['Nyabugogo Angels'],
      }),
    ]);
  });

  it('reads "raising at $X" as the valuation, not the round', () => {
    const rounds = read(
      'Pardes Chain, a Jerusalem company that audits smart contracts, is raising about $30M, two people familiar with the talks said. Tzur Capital is set to lead.',
      'Pardes Chain raising at ~$300M',
    );
    expect(rounds).toEqual([expect.objectContaining({ company: 'Pardes Chain', amount: 30e6, status: 'in_talks' })]);
  });
});

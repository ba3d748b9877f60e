// The kinds of wording the blind feeds (test/fixtures/blind-feeds*) showed the rounds reader, tested
// on different invented examples: a reader's question in an advice column speaks as "I" or "we",
// and the site that publishes the column is not the one raising; (third set) a company raising its
// guidance, a podcast episode's show label and guest, a founder's post shared from a person's
// account, a lead named by a social handle; (fourth set) a statistic of lending, where "banks" is
// the lenders and not a verb; a payments company's "merchant acquiring", which is its trade and
// not a purchase; (fifth set) a hack's loss ("Got Hacked for $212M"), a roundup's total over
// "X, Y & Others", a roundup entry's label repeated in its sentence, a prize's runners-up, a lead list
// ended by "ahead of", and a company described in a title-case headline ("D2C Coffee Brand X");
// (sixth set) a roundup's total told of a list of companies, "X led Tolupay’s Series A" no lead
// named "Tolupay’s Series A", and an aid appeal's plan; (seventh set) a price or a forecast raised
// "to" a figure, a year before "to" no range, a forum post's type label, the company a guest's bio
// names, a grant given "to" its recipient, and a roundup title's list that owns no amount.
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';

const read = (text: string, title: string, site: string) =>
  extractRounds(text, { title, site, published: Date.UTC(2026, 11, 3) }).map(({ company, amount }) => ({ company, amount }));

describe('rounds in the blind feeds’ kinds of text', () => {
  it('reads no round in a reader’s question to an advice column', () => {
    const text =
      'Q: We’re raising $1.2 million on a SAFE and two angels want different caps. Is that allowed?\n\n' +
      'Short answer: yes, but expect the later investor to ask for the better terms.';
    expect(read(text, 'Ask the Founder Desk: two caps in one SAFE round?', 'Founder Desk')).toEqual([]);
    // The same sentence in a company's own post is its round (its site speaks as "we").
    expect(read('We’re raising $1.2 million on a SAFE from two angels.', 'Our seed round', 'Tessel Labs')).toEqual([
      { company: 'Tessel Labs', amount: 1.2e6 },
    ]);
  });

  it('reads no round in raised guidance, however many words describe it', () => {
    const text = 'The bakery chain raised its full-year adjusted EPS guidance to a range of $2.10 to $2.20.';
    expect(read(text, 'Hearthloaf (NASDAQ: HRTH) beats estimates', 'Tickerwire')).toEqual([]);
  });

  it('reads neither a show’s label nor its guest as the company of a round told in an episode', () => {
    const text = 'Last month, Sundrake announced a $9 million Series A led by Fellgate Partners.';
    const title = 'Build Notes #41: Mira Lindqvist on closing a $9M Series A';
    expect(read(text, title, 'Harbour Audio').map((r) => r.company)).toEqual(['Sundrake']);
  });

  it('reads a founder’s post shared from a person’s account as the company the post describes', () => {
    const text =
      'We closed our $2.4M seed! Led by @fjordcap (Fjord Harbour Capital). Netwise helps ferry operators sell tickets offline.';
    const [round] = extractRounds(text, { title: null, site: 'Ingrid Solheim Aas', published: Date.UTC(2026, 11, 3) });
    expect(round).toMatchObject({ company: 'Netwise', amount: 2.4e6, leadInvestors: ['Fjord Harbour Capital'] });
  });

  it('reads no round in a lending statistic whose lenders are "banks"', () => {
    const text = 'Mortgage loans issued by banks climbed by 3.1 trillion yen in October, the fastest pace in a year.';
    expect(read(text, 'Central bank keeps rates on hold', 'Tokai Economic Daily')).toEqual([]);
    expect(read('Credit granted from banks to households rose $4.2 billion.', 'Lending picks up', 'Wire')).toEqual([]);
    // The verb still reads after its subject.
    expect(read('Ferncrest banks $4.2 million to expand its clinics.', 'Ferncrest banks $4.2M', 'Wire')).toEqual([
      { company: 'Ferncrest', amount: 4.2e6 },
    ]);
  });

  it('reads a payments company’s “merchant acquiring” as its trade, not as an acquisition', () => {
    const text =
      'Accra-based Tapora has raised $11 million in a Series A led by Kingsway Rock Capital to grow its merchant acquiring arm in Kenya. ' +
      'Existing backer Duneview Partners also joined.';
    const [round] = extractRounds(text, { title: null, site: 'Gold Coast Business', published: Date.UTC(2026, 11, 3) });
    expect(round).toMatchObject({ company: 'Tapora', amount: 11e6, leadInvestors: ['Kingsway Rock Capital'] });
  });

  it('reads no round in a hack’s loss or a passive “gets fined”', () => {
    expect(read('Wallet losses mount for exchange users.', 'Corvex Got Hacked for $48M — How It Happened', 'Chain Desk')).toEqual(
      [],
    );
    expect(read('The regulator acted on Monday.', 'Lendora gets fined $3 million over late disclosures', 'Wire')).toEqual([]);
  });

  it('reads a roundup’s companies and not its total', () => {
    const text =
      'Startups in this roundup raised about $19 Mn this week.\n\n' +
      'Tavaan: Kochi-based logistics startup Tavaan, which runs cold-chain trucks for fisheries, raised Rs 30 Cr in its Series A led by Kayal Capital.\n\n' +
      'Neerja: Surat-based Neerja raised $4 Mn in a seed round led by Mangrove Arc Ventures.';
    const title = 'Funding Roundup: Tavaan, Neerja & Others Raised $19 Mn This Week';
    expect(read(text, title, 'Startup Patrika')).toEqual([
      { company: 'Tavaan', amount: 3e8 },
      { company: 'Neerja', amount: 4e6 },
    ]);
  });

  it('reads no round in a prize’s runners-up, and ends a lead list at “ahead of”', () => {
    expect(
      read(
        'Runners-up Velmora and Saathi Grid received Rs 20 Lakh and Rs 8 Lakh respectively.',
        'Agritech startup wins state prize',
        'Wire',
      ),
    ).toEqual([]);
    const text =
      'Hyderabad-based tea brand Chaiwood has raised Rs 12 Cr in a bridge round led by Palmyra Peak Ventures, ahead of a planned Series A next year.';
    const [round] = extractRounds(text, {
      title: 'Tea Brand Chaiwood Raises Rs 12 Cr In Bridge Round',
      site: 'Wire',
      published: Date.UTC(2026, 11, 3),
    });
    expect(round).toMatchObject({ company: 'Chaiwood', leadInvestors: ['Palmyra Peak Ventures'] });
  });

  it('reads no round in a total told of a list, an aid appeal, or a round named as a lead', () => {
    expect(
      read('Four startups closed deals.', 'Funding roundup: Nyali Pay, Sokoni Grid and Kijani raise $21M this week', 'Wire'),
    ).toEqual([]);
    expect(
      read(
        'Aid agencies launched the plan in Dakar.',
        'Sahel: 2027 Regional Response Plan seeks US$1.4 billion for 7 million people',
        'Relief Office',
      ),
    ).toEqual([]);
    const text =
      'Kijani has raised $6 million in a Series A. Baobab Crest Capital, which led Kijani’s Series A, also backed its seed.';
    const [round] = extractRounds(text, { title: null, site: 'Wire', published: Date.UTC(2026, 11, 3) });
    expect(round!.leadInvestors).not.toContain('Kijani’s Series A');
  });

  it('reads no round in a price or a forecast raised to a figure (a year before "to" is no range)', () => {
    expect(
      read(
        '09:40 Pricing at $49 a month, and why Maren raised it to $59.',
        'Ep. 88: Bootstrapping with Maren Holt',
        'Runway Radio',
      ),
    ).toEqual([]);
    const forecast =
      'Kirameki Foods Corp. on Thursday raised its net profit forecast for the year through March 2027 to 21.4 billion yen ($143 million) from 18 billion yen.';
    expect(read(forecast, 'Kirameki Foods raises full-year profit forecast', 'Tsubame Wire')).toEqual([]);
    expect(read('Dockhand nets $6 million seed round.', 'Dockhand nets $6 million seed round', 'Wire')).toEqual([
      { company: 'Dockhand', amount: 6e6 },
    ]);
  });

  it('reads a launch post’s company after its type label, and the company a guest’s bio names', () => {
    const launch = 'Hi! We’re Sara and Tom. Last month we closed a $2.4M seed round led by Quay Street Ventures.';
    expect(read(launch, 'Launch HN: Crateline (W26) – Customs paperwork as an API', 'Linkpile')).toEqual([
      { company: 'Crateline', amount: 2.4e6 },
    ]);
    const notes =
      'Cold storage is full of guesswork. Mio Sato explains why.\n\nAbout our guest: Mio Sato is the founder and CEO of Hyoga Systems K.K. in Osaka. On Monday the company announced a $12 million Series A led by Dojima Capital.';
    expect(read(notes, 'Ep. 90: Freezers that talk, with Hyoga’s Mio Sato', 'Runway Radio').map((r) => r.company)).toEqual([
      'Hyoga Systems K.K',
    ]);
  });

  it('reads a grant given to its recipient, and no amount owned by a roundup title’s list', () => {
    expect(
      read(
        'The programme takes no equity.',
        'County awards $300,000 innovation grant to harbour startup Tugline',
        'County Newsroom',
      ),
    ).toEqual([{ company: 'Tugline', amount: 3e5 }]);
    expect(
      read(
        'Four rounds this week.',
        'Deals: Fernhook, Baylight, Quarrystone, Ledgerfox — and a $40M debt line',
        'The Deal Sheet',
      ),
    ).toEqual([]);
  });
});

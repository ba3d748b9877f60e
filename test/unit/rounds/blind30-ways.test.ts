// Each kind of wording the thirtieth blind set (unseen-blind30.ts: life sciences, climate, deep tech
// and defence in US and European trade press) missed, tested on different invented examples: a lead
// introduced by its city and state, a list of leads cut before the verb that follows it, a co-lead
// described by its city, a lead described between commas before "led the round", a headline's
// description headed by an agent noun ("Geothermal driller X"), a feature whose title sets a scene in
// a city and whose "it" is the company the sentence before names, an investor's strategic investment
// written in a local currency with a conversion, and a loan from a group of banks.
import { describe, expect, it } from 'vitest';
import { roundsRead } from '../../helpers/rounds-read.js';

const read = (text: string, title: string | null = null) => roundsRead(text, title, Date.UTC(2026, 5, 1));

describe('rounds written as the thirtieth blind set writes them', () => {
  it('reads a lead introduced by its city and state, not the city', () => {
    const [round] = read(
      'Ferrowick, a Cleveland maker of pipe-inspection drones, has raised $18 million in a Series A round led by Columbus, Ohio-based Scioto Bend Capital.',
    );
    expect(round).toMatchObject({ company: 'Ferrowick', lead: ['Scioto Bend Capital'] });
  });

  it('ends a list of leads at the verb that follows it ("… and values X at …")', () => {
    const [round] = read(
      'The round was led by Harrow Peak Partners and values Ionvale at $600 million, a person briefed on the deal said.',
      'Battery startup Ionvale Systems raises $70 million Series B',
    );
    expect(round!.lead).toEqual(['Harrow Peak Partners']);
  });

  it('reads both co-leads when the second is described by its city', () => {
    const [round] = read(
      'Ostrava medtech Kardiolink has raised €9 million in a Series A. Moravia Health Fund and Vienna-based Donaukanal Ventures co-led the round.',
    );
    expect(round!.lead).toEqual(['Moravia Health Fund', 'Donaukanal Ventures']);
  });

  it('reads a lead described between commas before "led the round"', () => {
    const [round] = read(
      'Tidemark Bio, a Galway company developing a seaweed-based wound dressing, has closed a €14 million Series A. Corrib Life Partners, a Dublin life-sciences investor, led the round; Atlantic Seed followed on.',
    );
    expect(round).toMatchObject({ company: 'Tidemark Bio', lead: ['Corrib Life Partners'] });
  });

  it('reads the name after a headline’s description headed by an agent noun', () => {
    expect(read('Hydrothermal explorer Ventbrook signs term sheet for $30 million Series A').map((r) => r.company)).toEqual([
      'Ventbrook',
    ]);
  });

  it('reads "it" as the company the sentence before names, not the city a feature’s title sets its scene in', () => {
    const rounds = read(
      'The furnace room hums all night. Technicians in blue gowns feed it wafers every twenty minutes.\n\nPhotonera hopes to change that. Last week it said it had raised €20 million in a Series A led by Rhône Deep Tech.',
      'In a Lyon furnace room, a wager on European photonics',
    );
    expect(rounds.map((r) => [r.company, r.lead])).toEqual([['Photonera', ['Rhône Deep Tech']]]);
    // "X announced that it had raised": "it" is the sentence's own subject, not the one before.
    const [own] = read(
      'This week Dana and Malik talk to Ines Ruiz of Pulpería Uno. Pulpería Uno announced on Monday that it had raised a $4 million seed round led by Sierra Alta Capital.',
      'Episode 12: Pulpería Uno',
    );
    expect(own!.company).toBe('Pulpería Uno');
  });

  it('reads a strategic investment written in a local currency with a conversion', () => {
    const [round] = read(
      'Norwegian ferry operator Fjordlinje has made a NOK 150 million (about $14 million) strategic investment in Voltkai, an Oslo startup building shore-power chargers, the companies said.',
    );
    expect(round).toMatchObject({ company: 'Voltkai', amount: 150e6, currency: 'NOK', type: 'strategic' });
  });

  it('reads no round in a loan from a group of banks for a plant', () => {
    expect(
      read(
        'A syndicate of five lenders has agreed to lend $600 million to Red Mesa Energy, the Arizona utility, to build a solar plant, the utility said.',
      ),
    ).toEqual([]);
  });
});

// Each kind of wording the sixth blind set (unseen-blind6.ts) missed, tested on different invented
// examples than the ones that prompted the rule: amounts in rupiah, dong, lira and pesos; a podcast
// transcript's title and an interview's title; a public token sale; an investor marking its stake
// down; a consortium's grant; a feature that opens on a scene before it names the company; a round
// paid in tranches; a two-word place before a lead's description.
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';
import { roundsRead as read } from '../../helpers/rounds-read.js';

describe('rounds written as the sixth blind set writes them', () => {
  it.each([
    ['Surabaya logistics startup Kirim Cepat has raised Rp 95 billion in a seed round led by Tanjung Ventures.', 95e9, 'IDR'],
    ['Jakarta edtech Pintar raised 40 billion rupiah in a Series A led by Merapi Capital.', 40e9, 'IDR'],
    ['Hanoi fintech VietSo has raised VND230 billion in a Series A round led by Red River Partners.', 230e9, 'VND'],
    ['Izmir robotics startup Deniz Robotik has raised 75 million Turkish lira in a seed round led by Ege Ventures.', 75e6, 'TRY'],
    ['Puebla startup Cosecha has raised MX$90 million in a Series A round led by Popocatépetl Capital.', 90e6, 'MXN'],
    ['Guadalajara insurtech Seguro Listo has raised 300 million pesos in a Series A led by Tapatío Ventures.', 300e6, 'MXN'],
    ['Medellín proptech Casa Paisa has raised 20 billion Colombian pesos in a seed round led by Andes Partners.', 20e9, 'COP'],
  ])('an amount in the currency the local press writes: %s', (text, amount, currency) => {
    expect(read(text)).toEqual([expect.objectContaining({ amount, currency })]);
  });

  it('a podcast transcript’s title tags and episode number, then the guest’s company before the guest', () => {
    const text =
      'HOST: My guest is Ines Varga, who runs Tallowmere.\n\n' +
      'INES: We raised a 5 million dollar seed round last month. Crannog Ventures led it.\n\n' +
      'HOST: And Tallowmere sells to bakeries?';
    expect(read(text, 'Podcast: Ep. 12 – Tallowmere’s Ines Varga on bakery software')).toEqual([
      expect.objectContaining({ company: 'Tallowmere', amount: 5e6, type: 'seed', lead: ['Crannog Ventures'] }),
    ]);
  });

  it('an interview’s “we” is the company of the person interviewed, not the outlet', () => {
    const text =
      'Brightkiln sells kilns that run on waste heat. We asked its chief executive about the year ahead.\n\n' +
      'Where is the company now?\n' +
      'We closed a $9 million Series A in October, led by Tor Valley Capital.';
    expect(
      extractRounds(text, { title: 'Three questions for Oskar Lind, CEO of Brightkiln', site: 'The Kiln Gazette' }).map((r) => [
        r.company,
        r.amount,
      ]),
    ).toEqual([['Brightkiln', 9e6]]);
  });

  it('tokens sold to the public are an offering, not a round; a private token sale backed by investors is a round', () => {
    expect(read('Chainmoor raises $25 million in public token sale')).toEqual([]);
    expect(read('Chainmoor sold 50 million MOOR tokens to the public this week, raising $25 million from 9,000 buyers.')).toEqual(
      [],
    );
    expect(read('Chainmoor raises $25M in token sale backed by Slate Peak Capital')).toEqual([
      expect.objectContaining({ company: 'Chainmoor', amount: 25e6 }),
    ]);
  });

  it('an investor marking its stake down or up is no round', () => {
    expect(
      read(
        'Fenwick Funds has marked down the value of its stake in Corvid Robotics by 20%, implying the company is worth about $1.1 billion.',
      ),
    ).toEqual([]);
    expect(
      read('Asset manager Stellan raised the valuation of its holding in Petrel AI, valuing the startup at $3 billion.'),
    ).toEqual([]);
  });

  it('a grant shared by a consortium is no company’s round; a company’s own grant is', () => {
    expect(
      read(
        'A consortium of five firms and two universities led by Aarhus-based Vindmark has won a €4 million grant from the EU to test floating turbines.',
      ),
    ).toEqual([]);
    expect(read('Aarhus-based Vindmark has won a €4 million grant from the EU to test floating turbines.')).toEqual([
      expect.objectContaining({ company: 'Vindmark', amount: 4e6, type: 'grant' }),
    ]);
  });

  it('a feature that opens on a scene: the round belongs to the company introduced by what it is', () => {
    const text =
      'Farmers along the Rift Valley lose a third of their tomatoes before the harvest reaches a market. ' +
      'Shambani, a Nakuru startup, runs cold rooms that growers rent by the crate. ' +
      'On Monday the company said it had raised $3 million in a seed round led by Baobab Seed Fund.';
    expect(read(text)).toEqual([expect.objectContaining({ company: 'Shambani', amount: 3e6, lead: ['Baobab Seed Fund'] })]);
  });

  it('a round paid in tranches is a round; a licensing deal’s upfront payment is not', () => {
    expect(
      read('Corrib Therapeutics today announced a $60 million Series A financing, of which $25 million is committed upfront.'),
    ).toEqual([expect.objectContaining({ company: 'Corrib Therapeutics', amount: 60e6, type: 'series_a' })]);
    expect(read('Corrib Therapeutics will receive $25 million upfront from Maltby Pharma under a licensing agreement.')).toEqual(
      [],
    );
  });

  it('a place of two words before the lead’s description: “led by Silicon Valley firm X”', () => {
    expect(read('Quillory has raised $14 million in a Series A led by Silicon Valley firm Basalt Arch Capital.')).toEqual([
      expect.objectContaining({ company: 'Quillory', lead: ['Basalt Arch Capital'] }),
    ]);
  });
});

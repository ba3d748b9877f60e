// Each kind of wording the twelfth blind set (unseen-blind12.ts) missed, tested on different
// invented examples: a company named among its own round's investors, a pitch-competition prize, a
// fronted "After raising …, X is …" clause, a founder's "Monthly update:" label and sign-off, and
// a deals list's lines ("X (City; what it does): £6m Series A. Lead: Y. Also in: Z.").
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';
import { roundsRead } from '../../helpers/rounds-read.js';

const PUBLISHED = Date.UTC(2026, 5, 1);
const brief = (text: string, title?: string, published = PUBLISHED) => roundsRead(text, title ?? null, published);

describe('rounds written as the twelfth blind set writes them', () => {
  it('never names a company among the leads of its own round', () => {
    const text =
      'Quenby, which makes warehouse robots, said on Monday it had raised $150 million in a Series C round led by Harth Pension Fund, a Dutch pension fund making its first direct bet on a startup.';
    expect(brief(text, 'Dutch pension fund leads $150 million round in warehouse-robot maker Quenby')).toMatchObject([
      { company: 'Quenby', lead: ['Harth Pension Fund'] },
    ]);
  });

  it('reads no round in a prize won', () => {
    expect(brief('Campus startup Lintel wins $50,000 in a university pitch competition')).toEqual([]);
  });

  it('reads the company after a fronted "After raising …" clause, not the investor inside it', () => {
    const text =
      'After raising $9 million in a seed round led by Ormond Ventures last week, Fairlight Labs is hiring 20 engineers.';
    expect(brief(text)).toMatchObject([{ company: 'Fairlight Labs', amount: 9e6, lead: ['Ormond Ventures'] }]);
  });

  it('reads a founder’s monthly update by its sign-off, not its label', () => {
    const text =
      'Hi everyone,\n\nBig news first: we closed our seed round of £2.4M, led by Tern Valley Capital.\n\n' +
      'Numbers\n- Customers: 140\n\nThanks,\nMaya Okafor, co-founder & CEO, Brindlewood';
    expect(brief(text, 'Monthly update: April 2026 — we closed our seed')).toMatchObject([
      { company: 'Brindlewood', amount: 2.4e6, lead: ['Tern Valley Capital'] },
    ]);
  });

  it('reads a deals list’s lines with their "Lead:" labels', () => {
    const text = [
      'DEALS — Thursday',
      '',
      'Ashgrove (Bristol; payroll for care homes): £4m Series A. Lead: Severn Capital. Also in: Clifton Angels.',
      'Norbury Bio (Boston; antibody platform): $22m seed. Lead: existing investor Fenway Bio Fund.',
    ].join('\n');
    expect(brief(text)).toMatchObject([
      { company: 'Ashgrove', amount: 4e6, type: 'series_a', lead: ['Severn Capital'] },
      { company: 'Norbury Bio', amount: 22e6, type: 'seed', lead: ['Fenway Bio Fund'] },
    ]);
  });
});

describe('what a second review of these rules found', () => {
  it('reads no round in label lines that are not a deals list’s entries', () => {
    const text = [
      'Markets',
      '',
      'Price: $20.',
      'Bitcoin: $97,400.',
      'Meta (Ireland; data transfers): €1.2bn fine.',
      'Stripe: $91.5 billion valuation.',
    ].join('\n');
    expect(brief(text)).toEqual([]);
  });

  it('reads no round in taking part in a trial, a sale or a programme', () => {
    for (const text of [
      'Kestrel Bio has participated in the $2 million trial of Varmelo.',
      'KKR participated in the $3 billion sale of Acme Corp to Blackstone.',
      'Nordwind participated in Google’s $10 million accelerator programme.',
    ])
      expect(brief(text)).toEqual([]);
  });

  it('keeps the company named after "in" over a later possessive', () => {
    expect(brief('Accel led the round in Acme, adding to Index’s $5 million seed investment.')).toMatchObject([
      { company: 'Acme' },
    ]);
  });

  it('does not take a media contact’s company for a release’s "we"', () => {
    const text =
      'We have raised $8 million in a Series A led by Harth Capital.\n\nMedia contact:\nJane Smith, President, Brightwave PR';
    expect(extractRounds(text, { site: 'lumenvault.com', published: PUBLISHED }).map((r) => r.company)).not.toContain(
      'Brightwave PR',
    );
  });

  it('reads no round in prize money however it is won', () => {
    expect(brief('Student startup Lintel bags $50,000 at a university pitch competition')).toEqual([]);
  });
});

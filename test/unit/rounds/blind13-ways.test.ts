// Each kind of wording the thirteenth blind set (unseen-blind13.ts) missed, tested on different
// invented examples: investors "alongside" the lead (who joined, unless the round was co-led), a
// company named by its web address, a careers page (its headline a job title), a headline's
// "negotiates", "has already raised", a sector word ("Logtech") before a headline's name, and a token sold to
// the public.
import { describe, expect, it } from 'vitest';
import { extractRounds } from '../../../src/rounds/extract.js';
import { roundsRead } from '../../helpers/rounds-read.js';

const brief = (text: string, title: string | null = null) => roundsRead(text, title, Date.UTC(2026, 5, 1));

describe('rounds written as the thirteenth blind set writes them', () => {
  it('reads investors "alongside" the lead as joining, not leading', () => {
    const text =
      'Marlowe Freight has raised €8 million in a Series A led by Oakhurst Partners, alongside its existing investors Fenwick Capital and the Alder Angels.';
    expect(brief(text)).toMatchObject([{ company: 'Marlowe Freight', amount: 8e6, lead: ['Oakhurst Partners'] }]);
    const passive = 'Marlowe Freight has raised €8 million. The round was led by Oakhurst Partners, alongside Fenwick Capital.';
    expect(brief(passive)).toMatchObject([{ company: 'Marlowe Freight', lead: ['Oakhurst Partners'] }]);
  });

  // Holds the exception the rule above keeps (it passed before the rule too).
  it('keeps both leads of a round "co-led by A alongside B"', () => {
    const text = 'Tessaly Bio raised $30 million in a Series B co-led by Ferncliff Health alongside Rowan Peak Capital.';
    expect(brief(text)).toMatchObject([{ company: 'Tessaly Bio', lead: ['Ferncliff Health', 'Rowan Peak Capital'] }]);
  });

  it('reads a company named by its web address', () => {
    expect(brief('quillhouse.app has raised $2.5 million in a pre-seed round led by Tallow Street Ventures.')).toMatchObject([
      { company: 'quillhouse.app', amount: 2.5e6, lead: ['Tallow Street Ventures'] },
    ]);
  });

  it('reads a careers page’s "we" as the site’s company, never the job title in its headline', () => {
    const post = 'About us\n\nWe are nine people in Porto, and we have just closed a $6M seed round led by Ribeira Capital.';
    const read = extractRounds(post, { title: 'Product Designer (Hybrid)', site: 'ledgerbee.io careers' });
    expect(read).toMatchObject([{ company: 'ledgerbee.io', amount: 6e6, leadInvestors: ['Ribeira Capital'] }]);
  });

  it('reads a headline’s "X negotiates a round" as talks, and "has already raised" as money raised before', () => {
    const text =
      'Porto Alegre-based Trevisa is in advanced negotiations over a Series B of about R$90 million, two people said. The company has already raised R$60 million from investors including Guaíba Capital.';
    expect(brief(text, 'Trevisa negotiates R$90 million Series B')).toMatchObject([
      { company: 'Trevisa', amount: 90e6, currency: 'BRL', status: 'in_talks' },
    ]);
  });

  it('reads a sector word before a headline’s name as its description ("Logtech Quillmont")', () => {
    expect(brief('Logtech Quillmont lands €4 million seed led by Tagus Ventures')).toMatchObject([
      { company: 'Quillmont', amount: 4e6, lead: ['Tagus Ventures'] },
    ]);
  });

  it('reads no round in a token sold to the public', () => {
    const text =
      'Drovewell, a payments protocol, raised $14 million in a public sale of its DRV tokens on Friday; 6,000 wallets took part.';
    expect(brief(text, 'Drovewell token sale brings in $14 million')).toEqual([]);
  });
});

// What the rounds extractor reads in a text (with its title), as the fields the blind-set tests compare.
import { extractRounds } from '../../src/rounds/extract.js';

export const roundsRead = (text: string, title: string | null = null, published?: number) =>
  extractRounds(text, { title, ...(published !== undefined && { published }) }).map((r) => ({
    company: r.company,
    amount: r.amount,
    currency: r.currency,
    type: r.roundType,
    lead: r.leadInvestors,
    status: r.status,
  }));

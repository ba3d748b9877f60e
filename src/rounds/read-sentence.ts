// A sentence read once for funding events: its tokens, the money it states and the role of each
// amount (round, valuation, total, …). Every later step works on this.
import { findMoney, type MoneyMention } from '../text/money.js';
import type { SentenceTokens } from './company.js';
import { moneyRoles, type MoneyRole } from './money-roles.js';
import { tokenize } from './names.js';

export interface ReadSentence extends SentenceTokens {
  money: MoneyMention[];
  roles: MoneyRole[];
}

export function readSentence(text: string): ReadSentence {
  const money = findMoney(text);
  return { text, tokens: tokenize(text), money, roles: moneyRoles(text, money) };
}

// A fixed, dated table of US-dollar rates, so amountUsd is reproducible: the same text gives the
// same number on every run and every replica. Rates are rounded mid-market rates of 30 June 2025
// (US dollars per one unit of the currency); pegged currencies use their peg.

export const FX_RATES_DATE = '2025-06-30';

export const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.17,
  GBP: 1.37,
  CHF: 1.26,
  JPY: 0.00694,
  CNY: 0.1396,
  INR: 0.01167,
  CAD: 0.733,
  AUD: 0.656,
  NZD: 0.607,
  HKD: 0.1274,
  SGD: 0.786,
  KRW: 0.00074,
  ILS: 0.297,
  SEK: 0.105,
  NOK: 0.099,
  DKK: 0.157,
  PLN: 0.276,
  CZK: 0.0474,
  HUF: 0.00293,
  RON: 0.2304,
  BRL: 0.183,
  MXN: 0.0532,
  ZAR: 0.0564,
  AED: 0.2723,
  SAR: 0.2667,
  NGN: 0.000654,
  KES: 0.00774,
  EGP: 0.0202,
  TRY: 0.0251,
  IDR: 0.0000616,
  VND: 0.0000383,
  PHP: 0.01773,
  ARS: 0.000847,
  CLP: 0.00107,
  COP: 0.000245,
  PKR: 0.00352,
  BDT: 0.00818,
  THB: 0.0307,
  MYR: 0.237,
  TWD: 0.0342,
  PEN: 0.282,
  ISK: 0.0082,
  QAR: 0.2747,
  KWD: 3.27,
  GHS: 0.0967,
  UAH: 0.024,
};

/** The amount in US dollars at the table's rate, or null for a currency the table lacks. */
export function toUsd(amount: number, currency: string): number | null {
  const rate = USD_PER_UNIT[currency.toUpperCase()];
  return rate === undefined ? null : Math.round(amount * rate);
}

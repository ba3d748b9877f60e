import { extractRounds } from './src/rounds/extract.js';
const t = process.argv[2]!; const title = process.argv[3] ?? null;
console.log(JSON.stringify(extractRounds(t, { title }).map(r => ({c: r.company, a: r.amount, cur: r.currency, t: r.roundType, l: r.leadInvestors, s: r.status}))));

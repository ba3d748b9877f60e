import { roundsRead } from './test/helpers/rounds-read.js';
const cases = [
  'Tarrow has raised $14 million. Bluffline Partners, which led the round, was joined by Foothill Iron Fund.',
  'Tarrow has raised $14 million. Bluffline Partners, a growth investor that has backed several construction-software companies and which led the round, was joined by Foothill Iron Fund.',
  'Tarrow has raised $14 million. Bluffline Partners, a growth investor that led the round, was joined by Foothill Iron Fund.',
];
for (const t of cases) console.log(JSON.stringify(roundsRead(t, null, Date.UTC(2026, 5, 1)).map((r) => [r.company, r.lead])));

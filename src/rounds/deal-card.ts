// A deal written as a card of "Field: value" lines, as deal newsletters and trackers lay one out:
//   Company: Sablecrest / Round: Series A / Amount: $20M / Lead: Stone Arch Capital / Others: …
// read as sentences the rules read: "Sablecrest raised $20M in a Series A round led by Stone Arch
// Capital. The round also included …". Other fields (valuation, total raised, ARR) stay as they are.

const FIELD =
  /^(company|startup|round|stage|amount|raised|lead|leads|lead investors?|others|other investors|participants|also in):\s*(.+)$/i;

/** Which part of the deal a field gives; any other field (valuation, ARR) is left as it is. */
const ROLES: [RegExp, string][] = [
  [/^(?:company|startup)$/i, 'company'],
  [/^(?:round|stage)$/i, 'round'],
  [/^(?:amount|raised)$/i, 'amount'],
  [/^lead/i, 'lead'],
];
const role = (key: string) => ROLES.find(([re]) => re.test(key))?.[1] ?? 'others';

export function dealCards(text: string): string {
  const lines = text.split('\n');
  const fields = new Map<string, { value: string; line: number }>();
  lines.forEach((line, i) => {
    const m = FIELD.exec(line.trim());
    if (m && !fields.has(role(m[1]!))) fields.set(role(m[1]!), { value: m[2]!.trim(), line: i });
  });
  const company = fields.get('company');
  const amount = fields.get('amount');
  if (!company || !amount || !/\d/.test(amount.value)) return text;
  const round = fields.get('round');
  const lead = fields.get('lead');
  const others = fields.get('others');
  const sentence =
    `${company.value} raised ${amount.value}${round ? ` in a ${round.value.replace(/\s+round$/i, '')} round` : ''}` +
    `${lead ? ` led by ${lead.value}` : ''}.${others ? ` The round also included ${others.value}.` : ''}`;
  const used = new Set([company, amount, round, lead, others].flatMap((f) => (f ? [f.line] : [])));
  const out = lines.filter((_, i) => !used.has(i));
  out.splice(company.line - [...used].filter((u) => u < company.line).length, 0, sentence, '');
  return out.join('\n');
}

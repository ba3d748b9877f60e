// One key per company however a text writes it: "Apptronik", "Apptronik Inc." and
// "Apptronik, Inc." are all `apptronik`, "Ostralga S.A." is `ostralga`. Case, accents,
// punctuation and legal suffixes are ignored.

const LEGAL_SUFFIX =
  /\s+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|llp|lp|plc|gmbh|ag|sa|sas|sarl|bv|nv|ab|oy|oyj|asa|as|aps|srl|spa|pty|pte|kk|bhd|sdn bhd|se|s a s|s a|s l u|s l|s p a|s r l|n v|b v|k k)$/;

export function companyKey(name: string): string {
  let key = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  for (let prev = ''; prev !== key;) {
    prev = key;
    key = key.replace(LEGAL_SUFFIX, '').replace(/^the\s+/, '');
  }
  return key;
}

/** "monad" and "monad labs": one key is the other's first words; "kudipay" and "kudi pay": one name spaced two ways. */
export function keysOverlap(a: string, b: string): boolean {
  if (a === b || a.replace(/ /g, '') === b.replace(/ /g, '')) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length > 0 && long.startsWith(`${short} `);
}

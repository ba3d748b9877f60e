// Hostile XML documents the parser must refuse (shared by the tests and the benchmark).

const lol = (levels: number) =>
  Array.from({ length: levels }, (_, i) =>
    i === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`,
  ).join('');

/** Each attack by name; `secretUrl` is what an XXE tries to read. */
export function attacks(secretUrl: string): Record<string, string> {
  const big = 'A'.repeat(100_000);
  return {
    'billion laughs': `<?xml version="1.0"?><!DOCTYPE rss [${lol(10)}]><rss><channel><title>&lol9;</title></channel></rss>`,
    'external entity (XXE)': `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "${secretUrl}">]><rss><channel><title>&xxe;</title></channel></rss>`,
    'quadratic blow-up': `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${big}">]><rss><channel><title>${'&a;'.repeat(20_000)}</title></channel></rss>`,
    '50,000-deep nesting': `<rss><channel><item>${'<x>'.repeat(50_000)}${'</x>'.repeat(50_000)}</item></channel></rss>`,
  };
}

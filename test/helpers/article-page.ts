// A web page holding one news article (written for these tests), for the full-text fetch.
const SENTENCES = [
  'The harbour board voted on Tuesday to rebuild the north quay before the winter storms.',
  'Engineers said the old cranes had been repaired and would return to service within a month.',
  'Dock workers welcomed the plan but asked for a written promise that night shifts would stay.',
  'The board expects the first container ships to berth at the rebuilt quay in early spring.',
  'A second phase, still to be costed, would deepen the channel for larger vessels.',
];

/** An article page: navigation and a footer around `paragraphs` paragraphs of story text. */
export function articlePage(title: string, paragraphs = 5): string {
  const body = Array.from(
    { length: paragraphs },
    (_, i) => `<p>${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i + 2) % SENTENCES.length]}</p>`,
  );
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
    `<nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article><h1>${title}</h1>${body.join('')}</article></main>` +
    `<footer><p>© The Harbour Gazette</p></footer></body></html>`
  );
}

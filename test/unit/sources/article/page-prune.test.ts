// What is cut from a page's HTML before it is parsed.
import { describe, expect, it } from 'vitest';
import { pruneInert } from '../../../../src/sources/article/page-prune.js';

const article = `<article><p>${'The ferry service resumes on Monday after repairs to the pier. '.repeat(20)}</p></article>`;

describe('pruneInert', () => {
  it('cuts scripts, styles, SVG, comments, navigation, asides, footers and embeds, keeping JSON-LD', () => {
    const page =
      '<html><head><script>var a = "<p>x</p>";</script><STYLE>p{}</STYLE>' +
      '<script type="application/ld+json">{"headline":"Ferry"}</script></head><body>' +
      '<nav><a href="/">Home</a></nav><!-- ad slot --><svg><text>icon</text></svg>' +
      `${article}<aside>Most read</aside><iframe src="x"></iframe><footer>© Outlet</footer></body></html>`;
    expect(pruneInert(page)).toBe(
      '<html><head><script type="application/ld+json">{"headline":"Ferry"}</script></head><body>' + `${article}</body></html>`,
    );
  });

  it('keeps a layout element that holds much of the page', () => {
    const page = `<html><body><aside class="layout">${article}</aside><nav>Home</nav></body></html>`;
    expect(pruneInert(page)).toBe(`<html><body><aside class="layout">${article}</aside></body></html>`);
  });
});

import { describe, expect, it } from 'vitest';
import { collapse, htmlToText } from '../../../../src/sources/parse/text.js';

describe('htmlToText', () => {
  it.each([
    ['<p>One</p><p>Two</p>', 'One Two'],
    ['Bold <b>in</b>line', 'Bold inline'],
    ['<SCRIPT>evil()</Script>Kept<style>p{}</style>', 'Kept'],
    ['a &lt;b&gt; &amp;amp; &nbsp;&hellip;', 'a <b> &amp; …'],
    ['<!-- note -->x<![CDATA[ y ]]>', 'x y'],
    ['3 < 4 and <a href="#">link', '3 < 4 and link'],
    ['  spaced\n\n\tout  ', 'spaced out'],
    ['<img src="x.png">', null],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('collapse', () => {
  // Every code point, alone and beside a space, against the plain rule: /\s+/ runs become one space.
  const codePoints = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).filter(
    (c) => c < '\ud800' || c > '\udfff',
  );
  const rule = (s: string) => s.replace(/\s+/g, ' ').trim() || null;

  it('treats exactly the characters of \\s as whitespace, in one-byte and two-byte strings', () => {
    const wrong = codePoints.filter((c) =>
      [`a${c}b`, `a ${c}b`, `a${c} b`, `a${c}${c}b`, `\u2019a${c}b`].some((s) => collapse(s) !== rule(s)),
    );
    expect(wrong.map((c) => c.charCodeAt(0).toString(16))).toEqual([]);
  });

  it('returns clean text unchanged and trims the ends', () => {
    expect(collapse('one two three')).toBe('one two three');
    expect(collapse(' \u3000one two\n')).toBe('one two');
    expect(collapse(' \t ')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/sources/parse/text.js';

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

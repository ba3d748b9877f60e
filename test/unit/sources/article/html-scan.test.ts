// The article stage's HTML tokenizer and the tree balancing on top of it.
import { describe, expect, it } from 'vitest';
import { balanced, scanHtml } from '../../../../src/sources/article/html-scan.js';

/** The events a balanced scan of `html` gives, as short strings. */
function events(html: string): string[] {
  const out: string[] = [];
  const tree = balanced({
    open: (name, attribs) =>
      out.push(
        `<${name}${Object.entries(attribs)
          .map(([k, v]) => ` ${k}=${v}`)
          .join('')}>`,
      ),
    close: (name) => out.push(`</${name}>`),
    text: (text) => out.push(text),
  });
  scanHtml(html, tree);
  tree.end();
  return out;
}

describe('scanHtml + balanced', () => {
  it('reads attributes in any quoting, with > inside quotes, names in lower case, entities decoded', () => {
    expect(events(`<P CLASS="a > b" data-x='1' hidden>Fish &amp; chips&nbsp;</P>`)).toEqual([
      '<p class=a > b data-x=1 hidden=>',
      'Fish & chips\u00a0',
      '</p>',
    ]);
  });

  it('implies the end tags HTML leaves out and drops stray ones', () => {
    expect(events('<ul><li>one<li>two</ul><p>a<p>b</span>')).toEqual([
      '<ul>',
      '<li>',
      'one',
      '</li>',
      '<li>',
      'two',
      '</li>',
      '</ul>',
      '<p>',
      'a',
      '</p>',
      '<p>',
      'b',
      '</p>',
    ]);
  });

  it('closes void and self-closed elements at once', () => {
    expect(events('a<br>b<img src=x /><span/>c')).toEqual([
      'a',
      '<br>',
      '</br>',
      'b',
      '<img src=x>',
      '</img>',
      '<span>',
      '</span>',
      'c',
    ]);
  });

  it('passes over script and style bodies whole, whatever they hold', () => {
    expect(events('<script>if (a < b) document.write("</p>")</SCRIPT>after')).toEqual(['<script>', '</script>', 'after']);
  });

  it('skips comments and doctypes, and keeps a < that opens no tag as text', () => {
    expect(events('<!doctype html><!-- <p>hidden</p> -->3 < 4 and 5 <= 6').join('')).toBe('3 < 4 and 5 <= 6');
  });
});

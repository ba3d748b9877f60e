import { describe, expect, it } from 'vitest';
import { isTeaser, TEASER_WORDS } from '../../../../src/sources/article/teaser.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const title = 'Harbour cranes return to the north quay';
const story = `The port authority said the cranes were back in service after a year of repairs. ${words(80)}.`;

describe('isTeaser', () => {
  it('a title alone, or a text that only repeats the title, is a teaser', () => {
    expect(isTeaser({ title, text: '', body: null })).toBe(true);
    expect(isTeaser({ title, text: title, body: title })).toBe(true);
  });

  it('a line or two is a teaser; a story of several paragraphs is not', () => {
    const line = 'The port authority said the cranes were back in service after a year of repairs.';
    expect(isTeaser({ title, text: line, body: `<p>${line}</p>` })).toBe(true);
    expect(isTeaser({ title, text: words(TEASER_WORDS - 1), body: null })).toBe(true);
    expect(isTeaser({ title, text: words(TEASER_WORDS), body: null })).toBe(false);
    expect(isTeaser({ title, text: story, body: `<p>${story}</p>` })).toBe(false);
  });

  it.each([
    ['an ellipsis', `${story.slice(0, -1)} and the unions…`],
    ['three dots', `${story.slice(0, -1)} and the unions...`],
    ['a bracketed ellipsis', `${story.slice(0, -1)} and the unions […]`],
    ['bracketed dots', `${story.slice(0, -1)} and the unions [...]`],
  ])('a text cut short with %s is a teaser', (_, text) => {
    expect(isTeaser({ title, text, body: text })).toBe(true);
  });

  it.each([
    ['Continue reading', `<p>${story}</p><a href="https://port.example/cranes">Continue reading...</a>`],
    ['This story continues', `<p>${story}</p><a href="https://port.example/c">This story continues</a> at Port News`],
    ['View Entire Post', `<p>${story}</p><p><a href="https://port.example/c">View Entire Post &rsaquo;</a></p>`],
    ['Read more (markdown)', `${story}\n\n[Read more](https://port.example/c)`],
    ['Weiterlesen', `<p>${story}</p><a href="https://hafen.example/k">Weiterlesen</a>`],
    ['a plain body ending in Read more', `${story} Read more »`],
  ])('an excerpt linking to the rest (%s) is a teaser', (_, body) => {
    expect(isTeaser({ title, text: story, body })).toBe(true);
  });

  it('a "Read more:" label over related links is no teaser sign', () => {
    const body = `<p>${story}</p><p><a href="https://port.example/r">Read more: </a><a href="https://port.example/x">Dock strike ends</a></p>`;
    expect(isTeaser({ title, text: story, body })).toBe(false);
  });
});

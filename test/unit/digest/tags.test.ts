// A story's tags as a reader sees them: topics and cleaned categories, never a CMS's machine tags,
// names filed surname first read in the order people say them, several topics in one category apart.
import { describe, expect, it } from 'vitest';
import { categoryTopics, storyTags } from '../../../src/digest/compose/story.js';
import type { Article } from '../../../src/model.js';

const article = (categories: string[], topic: string | null = null) => ({ categories, topic }) as unknown as Article;

describe('categoryTopics', () => {
  it.each([
    ['Dorsey, Jack', ['Jack Dorsey']],
    ['Halvorsen, Ingrid M.', ['Ingrid Halvorsen']],
    ['Brandt, J. Marcus', ['Marcus Brandt']],
    ['de Witt, Anneke', ['Anneke de Witt']],
    ['Tech, Apple, iPhone', ['Tech', 'Apple', 'iPhone']],
    ['Politics', ['Politics']],
    ['Law and Legislation', ['Law and Legislation']],
  ])('%s → %j', (category, topics) => expect(categoryTopics(category)).toEqual(topics));
});

describe('storyTags', () => {
  it('shows filed names in reading order and drops machine tags', () => {
    const tags = storyTags([
      article(['Dorsey, Jack', 'storytype:standard', 'Computers and the Internet']),
      article(['Dorsey, Jack', 'structure:news/world-news'], 'social'),
    ]);
    expect(tags).toEqual(['jack-dorsey', 'social', 'computers-and-the-internet']);
  });

  it('drops a site’s sections and languages filed as categories', () => {
    const tags = storyTags([
      article(['Buzz', 'Featured', 'English', 'Climate']),
      article(['News', 'Videos', 'Climate', 'Oceans']),
    ]);
    expect(tags).toEqual(['climate', 'oceans']);
  });
});

// Field schemas the config table (config.ts) shares between its sections, kept here so the table
// stays one readable page: an http(s) URL, a whole number in a range (read from a string too, as
// environment variables are), an optional secret, a feed's full-text mode and display name, and the retention
// section (how long articles are kept: decision 0022).
import { z } from 'zod';
import { FULL_TEXT_MODES, OTHER_LANGUAGE_MODES } from './model.js';

export const httpUrl = z
  .string()
  .trim()
  .refine((v) => /^https?:\/\//i.test(v) && URL.canParse(v), { message: 'expected an http(s) URL' });

export const int = (min: number, max: number) =>
  z.coerce
    .number({ error: `expected a whole number from ${min} to ${max}` })
    .int(`expected a whole number from ${min} to ${max}`)
    .min(min, `expected a whole number from ${min} to ${max}`)
    .max(max, `expected a whole number from ${min} to ${max}`);

export const secret = z.string().trim().min(1).optional();

/** A feed's full-text mode (decision 0025); absent means auto. */
export const fullTextMode = z
  .enum(FULL_TEXT_MODES)
  .optional()
  .describe('fetch the article page for full text: auto (only for titles and teasers), always, or off');

export const retentionSchema = z
  .strictObject({
    days: int(1, 36_500)
      .default(90)
      .describe(
        'articles, feed items, digest links and search rows first seen longer ago are pruned; funding rounds and their sources are kept',
      ),
  })
  .prefault({});

/** The outlet name digests show for a feed, as the admin writes it (`/feeds rename` in chat for feeds added there). */
export const feedName = z
  .string()
  .trim()
  .min(1, 'a feed name is 1–100 characters')
  .max(100, 'a feed name is 1–100 characters')
  .optional()
  .describe("outlet name digests show for this feed; defaults to the feed's own title without its tagline");

/** A feed of the config file: its URL, topic, display name and full-text mode. */
export const feedSchema = z
  .strictObject({
    url: httpUrl.describe('feed URL (RSS, Atom, RDF or JSON Feed)'),
    topic: z.string().trim().min(1).optional().describe('topic used for routing to destinations'),
    name: feedName,
    title: feedName.describe('the older spelling of name'),
    fullText: fullTextMode,
  })
  .refine((f) => f.name === undefined || f.title === undefined || f.name === f.title, {
    message: 'name and title are one setting (title is its older spelling): keep name',
    path: ['title'],
  });

/** A destination's language (ISO 639-1) and what its digest does with articles in other languages. */
export const destinationLanguage = {
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2}$/, 'expected a two-letter ISO 639-1 code such as en or de')
    .optional()
    .describe("the digest's language (ISO 639-1); default: the language most of the window's articles use"),
  otherLanguages: z
    .enum(OTHER_LANGUAGE_MODES)
    .default('section')
    .describe('articles in other languages: section (listed apart by headline) or drop'),
};

// The digest shown in docs/digest-sample.md: nine real general-news and tech feed captures of
// 5–6 April 2022 (../shared/corpus/feeds, sample feeds) in one window, built through the
// production path (eval/defects/digests.ts) and rendered for the terminal at 100 columns, cap 8
// stories. `npx tsx eval/sample.ts` prints it in full.
import { pathToFileURL } from 'node:url';
import { renderDigestText } from '../src/bot/console/render.js';
import { buildFrom, feedCaptures } from './defects/digests.js';

/** The outlets of the sample: general news and tech news, not podcasts, image bots or tutorials. */
const OUTLETS = new Set(['The Guardian', 'FT', 'HuffPost', 'NYT', 'BuzzFeed', 'The Next Web', 'Engadget', 'MacRumors', 'NASA']);

export async function sampleText(): Promise<string> {
  const captures = feedCaptures().filter(
    (c) => c.key.startsWith('rowanmanning-sample-feeds/real-world/') && OUTLETS.has(c.articles[0]?.outlet ?? ''),
  );
  const articles = captures.flatMap((c) => c.articles);
  const built = await buildFrom({ key: 'General news (real captures)', half: 'A', articles }, 8);
  return renderDigestText(built.digest, { width: 100, color: false });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${await sampleText()}\n`);
}

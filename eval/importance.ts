// Importance, not recency: on the real general-news captures (the 2022-04 set of sample feeds:
// The Guardian, NYT, HuffPost, BuzzFeed, the FT, Engadget, MacRumors, The Next Web, NASA …)
// mixed into one window per half of the hash split and in one window together, are the stories a
// briefing must carry ranked above service and shopping posts? `npx tsx eval/importance.ts`.
// The labels are a reader's judgement of headlines, written by hand (HARD: news a briefing leads
// with; SOFT: how-tos, deals, quizzes, lists, reviews, galleries, podcasts, call-outs); a story
// holding a labelled headline takes its label (HARD when it holds both).
import { pathToFileURL } from 'node:url';
import { storiesOf } from '../src/digest/build.js';
import { rankStories, type StoryCandidate } from '../src/digest/compose/rank.js';
import { feedCaptures } from './defects/digests.js';

const HARD = [
  'EU to propose fresh sanctions including ban on Russian coal',
  'Elon Musk Joins Twitter Board',
  'Ivanka Trump testifies before panel',
  'Amazon to ban ‘union’',
  'Shanghai puts whole city on lockdown',
  'Russia moves closer to default',
  'Biden announces US, UK and Australia co-operation',
  'Italy and Spain lead fresh round of European expulsions',
  'Oklahoma House Sends Aggressive Abortion Ban',
  'Biden To Extend Student Loan Moratorium',
  'Cash App breach impacted over 8 million users',
  'Man, 24, admits murder of Plymouth teenager',
  'Fourth House Republican who voted to impeach Trump',
  'West must hit Russian economy even harder',
  'Manchester airport manager quits',
  'Channel 4 privatisation faces parliamentary revolt',
  'Victim’s iPhone hacked by Pegasus',
  'Ministers launch fracking study',
  'Scammers Who Stole $1.5 Million From Apple Sentenced',
  'E.P.A. to Propose Restrictions on Asbestos',
  'Ann Sarnoff, Warner Bros. Chief, Is Set to Leave',
  'Mariupol Women Report Russians Taking Ukrainians',
  "Ukraine's President Described Nightmarish War Crimes",
  'Three People Have Been Arrested After A Chaotic Shootout',
  'Fed to begin ‘rapid’ balance sheet reduction',
  'Twitter Working on Edit Button',
  'Apple Announces Digital WWDC 2022',
];

const SOFT = [
  'How to prevent apps from running at startup',
  "Deals: Get Apple's 14-Inch MacBook Pro",
  'Microsoft’s Xbox Series S is $50 off',
  'The Newest Apple AirPods Are On Sale',
  '7 Brands Of Period Underwear',
  '11 Home Organization Must-Haves',
  'What Kind Of Farm Should You Own?',
  'Which Golden Girl Are You',
  '20 Of The Best TV Shows To Stream',
  '13 Brilliant Dot Cotton Moments',
  'Nikon Z9 review',
  "What's better for cooking, gas or induction hobs",
  'The race to mine the deep sea – podcast',
  'The Boat Races 2022: in pictures',
  'Tell us: are you an LGBTQ+',
  'Sign up for TechScape',
  'Nutrition Tips for Runners',
  "Amazon's Spring Sale Will Save You",
  'Fantastic Beasts: The Secrets of Dumbledore review',
  '30 Hilarious Tweets From Parents',
  "Are You A Gen Z'er Or A Millennial",
  'Spend A Day At The Mall And We’ll Tell You',
];

/** Stories a digest shows before the "Also" list (the default cap). */
const CAP = 8;

export interface ImportanceEval {
  window: string;
  stories: number;
  hard: number;
  soft: number;
  /** (hard, soft) pairs with the hard story ranked first, of all such pairs. */
  ordered: number;
  pairs: number;
  softInTop: string[];
  hardMissingFromTop: number;
}

function labelOf(story: StoryCandidate): 'hard' | 'soft' | null {
  const has = (list: string[]) => story.articles.some((a) => list.some((h) => a.title.startsWith(h)));
  return has(HARD) ? 'hard' : has(SOFT) ? 'soft' : null;
}

async function evalWindow(window: string, articles: StoryCandidate['articles']): Promise<ImportanceEval> {
  const at = Math.max(...articles.map((a) => a.publishedAt ?? 0)) + 3_600_000;
  const ranked = await rankStories(await storiesOf(articles, []), at, []);
  const labels = ranked.map(labelOf);
  let ordered = 0;
  let pairs = 0;
  labels.forEach((l, i) => {
    if (l !== 'hard') return;
    labels.forEach((m, j) => {
      if (m !== 'soft') return;
      pairs++;
      if (i < j) ordered++;
    });
  });
  const top = ranked.slice(0, CAP);
  return {
    window,
    stories: ranked.length,
    hard: labels.filter((l) => l === 'hard').length,
    soft: labels.filter((l) => l === 'soft').length,
    ordered,
    pairs,
    softInTop: top.filter((s) => labelOf(s) === 'soft').map((s) => s.articles[0]!.title),
    hardMissingFromTop: Math.max(
      0,
      Math.min(CAP, labels.filter((l) => l === 'hard').length) - top.filter((s) => labelOf(s) === 'hard').length,
    ),
  };
}

export async function main(): Promise<ImportanceEval[]> {
  const news = feedCaptures().filter((c) => c.key.startsWith('rowanmanning-sample-feeds/real-world/'));
  return Promise.all([
    evalWindow(
      'all',
      news.flatMap((c) => c.articles),
    ),
    ...(['A', 'B'] as const).map((h) =>
      evalWindow(
        `half ${h}`,
        news.filter((c) => c.half === h).flatMap((c) => c.articles),
      ),
    ),
  ]);
}

export function formatImportance(evals: ImportanceEval[]): string {
  return [
    'importance on real general-news captures (bars: every labelled news story above every labelled soft post; no soft post in the top 8)',
    '| window | stories | labelled news / soft | news above soft | soft posts in top 8 | top-8 places news could have and did not |',
    '|---|---|---|---|---|---|',
    ...evals.map(
      (e) =>
        `| ${e.window} | ${e.stories} | ${e.hard} / ${e.soft} | ${e.ordered}/${e.pairs} | ${e.softInTop.length}${e.softInTop.length > 0 ? ` (${e.softInTop.join('; ')})` : ''} | ${e.hardMissingFromTop} |`,
    ),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const evals = await main();
  process.stdout.write(`${formatImportance(evals)}\n`);
  if (evals.some((e) => e.ordered < e.pairs || e.softInTop.length > 0)) process.exitCode = 1;
}

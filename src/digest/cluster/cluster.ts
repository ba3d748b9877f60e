// Story clustering: articles that report the same event become one story. Candidate pairs come
// from shared names and figures (blocking), are scored, and are merged strongest first; two
// groups merge only if no pair across them is vetoed and every pair across them is related.
// A window of 5,000 articles takes seconds of CPU: the work is done in slices (../slices.ts).
import { eachInSlices } from '../slices.js';
import { storyFeatures, type ClusterArticle, type StoryFeatures } from './features.js';
import { unifyNameVariants } from './name-variants.js';
import { compare, SAME_STORY_SCORE, type Corpus, type PairVerdict } from './similarity.js';

export type { ClusterArticle };

/** Below this, a pair across two groups is unrelated and blocks the merge (no chaining). */
const LINK_FLOOR = 0.2;
/** A name carried by more headlines than this does not propose candidate pairs. */
const MAX_BLOCK = 150;

async function corpusOf(features: StoryFeatures[]): Promise<Corpus> {
  const df = new Map<string, number>();
  await eachInSlices(features, (f) => {
    for (const k of new Set([...f.names, ...f.terms.keys()])) df.set(k, (df.get(k) ?? 0) + 1);
  });
  const n = features.length;
  return { idf: (k) => Math.log(1 + n / (df.get(k) ?? 1)) };
}

async function candidatePairs(features: StoryFeatures[]): Promise<Array<[number, number]>> {
  const blocks = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = blocks.get(key);
    if (list) list.push(i);
    else blocks.set(key, [i]);
  };
  // Reports of one event name its subject in their headlines: block on headline names (all
  // names when a headline has none), so a name common in article bodies proposes no pairs.
  await eachInSlices(
    features.map((f, i) => ({ f, i })),
    ({ f, i }) => {
      for (const k of f.titleNames.size > 0 ? f.titleNames : f.names) add(`n:${k}`, i);
      // Title-case headlines hide their names: two headline words in common also propose a pair.
      const t = [...f.titleTerms].sort();
      for (let x = 0; x < t.length; x++) for (let y = x + 1; y < t.length; y++) add(`t:${t[x]} ${t[y]}`, i);
      if (f.url) add(`u:${f.url}`, i);
      if (f.hash) add(`h:${f.hash}`, i);
    },
  );
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  await eachInSlices([...blocks.values()], (list) => {
    if (list.length < 2 || list.length > MAX_BLOCK) return;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x]!, list[y]!];
        const key = i * features.length + j;
        if (!seen.has(key)) {
          seen.add(key);
          pairs.push([i, j]);
        }
      }
    }
  });
  return pairs;
}

/** Groups of article ids, each one story; every input id appears exactly once. */
export async function clusterStories(articles: ClusterArticle[]): Promise<number[][]> {
  const sliced: StoryFeatures[] = [];
  await eachInSlices(articles, (a) => sliced.push(storyFeatures(a)));
  const features = unifyNameVariants(sliced);
  const corpus = await corpusOf(features);
  const verdicts = new Map<number, PairVerdict>();
  const verdict = (i: number, j: number): PairVerdict => {
    const key = Math.min(i, j) * features.length + Math.max(i, j);
    let v = verdicts.get(key);
    if (!v) {
      v = compare(features[i]!, features[j]!, corpus);
      verdicts.set(key, v);
    }
    return v;
  };

  const scored: Array<{ i: number; j: number; v: PairVerdict }> = [];
  await eachInSlices(await candidatePairs(features), ([i, j]) => scored.push({ i, j, v: verdict(i, j) }));
  const edges = scored
    .filter((e) => e.v.veto === null && e.v.score >= SAME_STORY_SCORE)
    .sort((a, b) => b.v.score - a.v.score || a.i - b.i || a.j - b.j);

  const group = features.map((_, i) => i);
  const members = new Map<number, number[]>(features.map((_, i) => [i, [i]]));
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i]!)));

  await eachInSlices(edges, ({ i, j }) => {
    const [ri, rj] = [root(i), root(j)];
    if (ri === rj) return;
    const a = members.get(ri)!;
    const b = members.get(rj)!;
    const compatible = a.every((x) =>
      b.every((y) => {
        const v = verdict(x, y);
        return v.veto === null && v.score >= LINK_FLOOR;
      }),
    );
    if (!compatible) return;
    group[rj] = ri;
    members.set(ri, [...a, ...b]);
    members.delete(rj);
  });
  return [...members.values()].map((idx) => idx.sort((x, y) => x - y).map((x) => articles[x]!.id));
}

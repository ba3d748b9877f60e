import { beforeAll, describe, expect, it } from 'vitest';
import { clusterStories, type ClusterArticle } from '../../../src/digest/cluster/cluster.js';
import { namesOf, storyFeatures } from '../../../src/digest/cluster/features.js';
import { nameVariants } from '../../../src/digest/cluster/name-variants.js';
import { STORY_FIXTURES } from '../../fixtures/stories.js';

const NOW = Date.UTC(2026, 10, 21, 15);
const H = 3_600_000;
const fixtures: ClusterArticle[] = STORY_FIXTURES.map((f, i) => ({
  id: i,
  title: f.title,
  text: f.text,
  at: NOW - f.hoursAgo * H,
  canonicalUrl: null,
  contentHash: `h${i}`,
}));
const keyOf = (id: number) => STORY_FIXTURES[id]!.key;
const groups = async (articles: ClusterArticle[]) => (await clusterStories(articles)).map((g) => g.map(keyOf).sort());
const groupOf = (all: string[][], key: string) => all.find((g) => g.includes(key))!;
/** One outlet's article of an hour ago, for the tests that set their own headlines and outlets. */
const a = (id: number, title: string, text: string, outlet: string): ClusterArticle => ({
  id,
  title,
  text,
  at: NOW - H,
  canonicalUrl: null,
  contentHash: `a${id}`,
  outlet,
});

describe('clusterStories', () => {
  let all: string[][] = [];
  beforeAll(async () => {
    all = await groups(fixtures);
  });

  it('puts every article in exactly one story', () => {
    const flat = all.flat().sort();
    expect(flat).toEqual(STORY_FIXTURES.map((f) => f.key).sort());
  });

  it('merges outlets reporting one event in different words', () => {
    expect(groupOf(all, 'harbor-a')).toEqual(['harbor-a', 'harbor-b', 'harbor-c']);
    expect(groupOf(all, 'skyline-a')).toEqual(['skyline-a', 'skyline-b']);
    expect(groupOf(all, 'tern-a')).toEqual(['tern-a', 'tern-b']);
    expect(groupOf(all, 'solace-talks')).toEqual(['solace-talks', 'solace-talks-b']);
  });

  it('merges one person spelled two ways (one edit in a long surname), and keeps another of that surname apart', () => {
    expect(groupOf(all, 'quay-plea-a')).toEqual(['quay-plea-a', 'quay-plea-b']);
    expect(groupOf(all, 'quay-harbour-master')).toEqual(['quay-harbour-master']);
  });

  it('reads one edit in a long word of a longer name as a variant, not in a short word or a one-word name', () => {
    const f = (id: number, names: string[]) => ({ ...storyFeatures(fixtures[0]!), id, names: new Set(names) });
    const { names } = nameVariants([
      f(1, ['bobbi anne mcleod', 'ivanka trump', 'velorax']),
      f(2, ['bobbi anne mcleod', 'ivana trump', 'veloraxx']),
      f(3, ['bobbi anne mccleod']),
    ]);
    expect([...names]).toEqual([['bobbi anne mccleod', 'bobbi anne mcleod']]);
  });

  it('keeps the same company’s other news apart', () => {
    expect(groupOf(all, 'harbor-office')).toEqual(['harbor-office']);
    expect(groupOf(all, 'tern-flight')).toEqual(['tern-flight']);
    expect(groupOf(all, 'skyline-launch')).toEqual(['skyline-launch']);
    expect(groupOf(all, 'meridian-earnings')).toEqual(['meridian-earnings']);
  });

  it('never merges two rounds: other company with the same amount and investor, or the same company’s earlier round', () => {
    expect(groupOf(all, 'lumen')).toEqual(['lumen']);
    expect(groupOf(all, 'orbit')).toEqual(['orbit']);
    expect(groupOf(all, 'quill-seed')).toEqual(['quill-seed']);
  });

  it('merges a canonical-URL or content duplicate whatever its wording, but not across a long gap', async () => {
    const base = fixtures[0]!;
    const sameUrl = { ...fixtures[13]!, id: 100, canonicalUrl: 'https://x.example/a' };
    const twin = { ...fixtures[17]!, id: 101, canonicalUrl: 'https://x.example/a' };
    const copy = { ...base, id: 102, title: 'Copied', canonicalUrl: 'https://y.example/b' };
    const late = { ...fixtures[1]!, id: 103, at: base.at + 10 * 24 * H, contentHash: 'other' };
    const out = await clusterStories([base, sameUrl, twin, copy, late]);
    expect(out).toContainEqual([0, 102]);
    expect(out).toContainEqual([100, 101]);
    expect(out).toContainEqual([103]);
  });

  it('never reads two hashes that were not computed (empty) as the same content', async () => {
    const unhashed = (id: number, title: string, outlet: string): ClusterArticle => ({
      ...a(id, title, `${title}. Nothing else in common with the other story.`, outlet),
      contentHash: '',
    });
    const out = await clusterStories([
      unhashed(1, 'Harbour crane strike ends after nine days', 'Dock Times'),
      unhashed(2, 'Orchestra names new principal conductor', 'Arts Weekly'),
    ]);
    expect(out).toEqual([[1], [2]]);
  });

  it("keeps one outlet's posts apart, however alike, unless they are the same article or the same headline", async () => {
    const post = (id: number, title: string, outlet: string, url: string): ClusterArticle => ({
      id,
      title,
      text: `${title}. The rover's navigation camera took this picture on its daily drive across the crater floor near the delta.`,
      at: NOW - id * H,
      canonicalUrl: url,
      contentHash: `p${id}`,
      outlet,
    });
    const out = await clusterStories([
      post(1, 'Rover picture, sol 412', 'Rover Bot', 'https://bot.example/412'),
      post(2, 'Rover picture, sol 413', 'Rover Bot', 'https://bot.example/413'),
      post(3, 'Rover picture, sol 413', 'Rover Bot', 'https://bot.example/413'),
      post(4, 'Rover picture, sol 412', 'Crater Wire', 'https://wire.example/412'),
    ]);
    expect(out).toContainEqual([2, 3]);
    expect(out).toContainEqual([1, 4]);
    // The same headline posted twice under two addresses is one story; a different one is not.
    const again = await clusterStories([
      post(5, 'Harbour app raises $4m Series A', 'Quay Daily', 'https://quay.example/a'),
      post(6, 'Harbour app raises $4m Series A', 'Quay Daily', 'https://quay.example/a-2'),
      post(7, 'Harbour app hires a new CEO', 'Quay Daily', 'https://quay.example/b'),
      // … also when the second posting carries a newsroom's tag.
      post(8, 'Harbour app raises $4m Series A [UPDATED]', 'Quay Daily', 'https://quay.example/a-3'),
    ]);
    expect(again).toContainEqual([5, 6, 8]);
    expect(again).toContainEqual([7]);
  });

  it('reads one firm written with and without its suffix words, and no heading as part of a name', async () => {
    const cable = a(
      1,
      'Kitebridge, a payroll app for nurses, lands $25 million as staffing costs bite',
      'Key Points\n\nKitebridge, a payroll app founded in Leeds, has raised $25 million in a round led by Amberfold Ridge Capital Partners.\n\nThe company moved its headquarters to Boston last year. Listed staffing firms such as Nurselane (NRSL) have lagged this year.',
      'Market Cable',
    );
    const site = a(
      2,
      'Nurse Payroll Startup Kitebridge Raises $25M Series B Led by Amberfold',
      'Kitebridge has raised a $25 million Series B led by Amberfold Ridge Capital. Existing investor Gorsefield Ventures also joined.',
      'Ledger Daily',
    );
    expect([...storyFeatures(cable).names]).toContain('kitebridge');
    expect(await clusterStories([cable, site])).toEqual([[1, 2]]);
  });

  it('reads an outlet’s same report under a headline reworded by a word as one story', async () => {
    const long = a(
      1,
      'Tavaan Raises Rs 30 Cr In Series A Led By Kayal Capital',
      'SUMMARY\n\nTavaan has raised Rs 30 Cr in its Series A.\n\nKochi-based logistics startup Tavaan has raised Rs 30 Cr in its Series A round led by Kayal Capital. The round also saw participation from existing investor Backwater Angels. Founded in 2021, the startup runs cold-chain trucks for fisheries along the coast.',
      'Startup Patrika',
    );
    const short = a(
      2,
      'Tavaan raises Rs 30 Crore in Series A led by Kayal Capital',
      'Kochi-based logistics startup Tavaan has raised Rs 30 Cr in its Series A round led by Kayal Capital. The round also saw participation from existing investor Backwater Angels. Founded in 2021, the startup runs cold-chain trucks for fisheries along the coast.',
      'Startup Patrika',
    );
    expect(await clusterStories([long, short])).toEqual([[1, 2]]);
    // Another word, not the same one written two ways: two posts.
    expect(
      await clusterStories([
        short,
        { ...short, id: 3, contentHash: 'a3', title: 'Tavaan opens Rs 30 Crore cold store led by Kayal Capital' },
      ]),
    ).toHaveLength(2);
  });

  it('reads the event a headline names before the lead’s other words, and no round label as a name', async () => {
    const report = a(
      1,
      'Paystack rival Tillpoint raises $14m Series A',
      'Tillpoint has raised $14 million in a Series A led by Ochre Ridge Capital to expand its merchant acquiring business into Kenya. Existing investor Dunmore Partners also took part.',
      'Savanna Business Wire',
    );
    const post = a(
      2,
      'Why we led Tillpoint’s $14M Series A',
      'Today Tillpoint announced a $14M Series A. We are proud to lead it, beside Dunmore Partners, who backed the team at seed. The first time we met the founders in Nairobi, they explained why a shopkeeper cares about same-day settlement.',
      'Ochre Ridge Notes',
    );
    expect(storyFeatures(report).kind).toBe('funding');
    expect([...storyFeatures(post).names]).not.toContain('series a');
    expect(await clusterStories([report, post])).toEqual([[1, 2]]);
  });

  it('is deterministic and independent of input order', async () => {
    const reversed = (await groups([...fixtures].reverse())).map((g) => g.join()).sort();
    expect(reversed).toEqual(all.map((g) => g.join()).sort());
  });

  it('keeps apart two outlets whose headlines share only a product or place name', async () => {
    const howTo = a(
      1,
      'How to stop apps opening at login on Velora 9',
      'Velora 9 opens many apps at login, which slows a Velora PC down.',
      'Tip Sheet',
    );
    const launch = a(
      2,
      'Corvane shows new call tools for Velora 9',
      'Corvane showed call tools for Velora 9 that blur a Velora PC user’s room.',
      'Wire Desk',
    );
    const report = a(
      3,
      'Corvane adds call tools to Velora 9',
      'Corvane added call tools to Velora 9 on Tuesday, blurring the room behind a Velora PC user.',
      'Evening Post',
    );
    const stories = (await clusterStories([howTo, launch, report])).map((g) => g.sort());
    expect(stories).toContainEqual([1]);
    expect(stories).toContainEqual([2, 3]);
  });

  describe('headlines in title case over a one-line teaser (no names to compare)', () => {
    it('merges two outlets whose headlines open on the same place and share two more words', async () => {
      const first = a(1, 'Norland Senate Passes Sweeping Ban On Plastic Bags', '', 'Capitol Wire');
      const second = a(
        2,
        'Norland Lawmakers Pass Statewide Ban On Plastic Bags',
        'The measure now goes to the governor, who is expected to sign it.',
        'Morning Ledger',
      );
      expect((await clusterStories([first, second])).map((g) => g.sort())).toEqual([[1, 2]]);
    });

    it('keeps apart headlines that open on different actors, however many words they share', async () => {
      const first = a(
        1,
        'EU to propose fresh sanctions including ban on Varnish steel',
        'Plans include a ban on four banks.',
        'Capitol Wire',
      );
      const second = a(
        2,
        'US to announce fresh sanctions including ban on new Varnish investments',
        'Washington will also add officials to its list.',
        'Morning Ledger',
      );
      expect(await clusterStories([first, second])).toHaveLength(2);
    });

    it('reads a capital that opens a headline as its state ("Brussels" for the EU)', async () => {
      const first = a(
        101,
        'EU to propose new sanctions including ban on Norwegian salmon',
        'The plan also bans salmon imports carried on ships entering ports.',
        'Capitol Wire',
      );
      const second = a(
        102,
        'Brussels readies ban on Norwegian salmon imports and shipping firms',
        'The ban on salmon imports needs the backing of every member state.',
        'Morning Ledger',
      );
      // Among other news, as in a real batch: words both headlines use are rare, not common.
      const stories = await clusterStories([first, second, ...fixtures]);
      expect(stories.find((g) => g.includes(101))!.sort()).toEqual([101, 102]);
    });

    it('reads a capital opening a lead’s sentence as the sentence’s, not a name ("Plans include …")', async () => {
      const first = a(
        103,
        'EU to propose new sanctions including ban on Norwegian salmon',
        'Plans include a ban on salmon carried on ships entering member ports, officials said.',
        'Capitol Wire',
      );
      const second = a(
        104,
        'Brussels readies ban on Norwegian salmon imports and shipping firms',
        'New penalties on salmon imports need the backing of all 27 member states.',
        'Morning Ledger',
      );
      const stories = await clusterStories([first, second, ...fixtures]);
      expect(stories.find((g) => g.includes(103))!.sort()).toEqual([103, 104]);
      // The lead's capitals are its sentences' (the headline's names are read apart); a name further
      // into a sentence is still a name.
      expect([...namesOf(second.title, second.text).names]).toEqual([]);
      expect([...storyFeatures({ ...first, text: 'Officials in Oslo said Norsk Laks would appeal.' }).names]).toContain(
        'norsk laks',
      );
    });

    it('reads a headline tag ("Sources:") as no opening word', async () => {
      const first = a(1, 'Sources: Norland Weighs Ban On Plastic Bags', 'The measure is expected to pass.', 'Capitol Wire');
      const second = a(2, 'Sources: Quarry County Weighs Ban On Plastic Bags', 'A vote is due next month.', 'Morning Ledger');
      expect(await clusterStories([first, second])).toHaveLength(2);
    });
  });
});

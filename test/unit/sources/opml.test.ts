// OPML as other readers export it (files written for these tests in the formats of Feedly,
// Inoreader, NetNewsWire, Miniflux and an older reader's category attributes), and what we write.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readOpml, topicFromFolder, writeOpml } from '../../../src/sources/opml.js';
import { feedFixture } from '../../helpers/feed.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/opml/${name}`, import.meta.url), 'utf8');

describe('readOpml', () => {
  it('Feedly: folders become topics, entities decoded, duplicates across folders kept for the importer to skip', () => {
    const { entries, problems } = readOpml(fixture('feedly.opml'));
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      { url: 'https://gearbox.example/feed/', title: 'Gearbox Weekly', topic: 'Robotics', siteUrl: 'https://gearbox.example' },
      {
        url: 'http://servonotes.example/rss.xml?utm_source=feedly',
        title: 'Servo & Sensor Notes',
        topic: 'Robotics',
        siteUrl: 'http://servonotes.example/',
      },
      {
        url: 'https://termsheets.example/atom.xml',
        title: 'Term Sheet Tracker',
        topic: 'Funding',
        siteUrl: 'https://termsheets.example/',
      },
      { url: 'https://gearbox.example/feed', title: 'Gearbox Weekly', topic: 'Funding', siteUrl: 'https://gearbox.example' },
    ]);
  });

  it('Inoreader: extra attributes ignored; NetNewsWire: feeds outside folders have no topic', () => {
    const ino = readOpml(fixture('inoreader.xml')).entries;
    expect(ino.map((e) => [e.title, e.topic])).toEqual([
      ['Latent Space Dispatch', 'World Models'],
      ['Sim2Real Journal', 'World Models'],
      ['The Actuator Column', 'Uncategorized Reading'],
    ]);
    const nnw = readOpml(fixture('netnewswire.opml')).entries;
    expect(nnw.map((e) => [e.url, e.topic])).toEqual([
      ['https://wal.example/blog/feed.xml', 'Lab Blogs'],
      ['https://grasping.example/atom', 'Lab Blogs'],
      ['https://fleetdaily.example/feed', null],
    ]);
  });

  it('Miniflux: OPML 2.0, title beside text, description ignored', () => {
    const { entries } = readOpml(fixture('miniflux.opml'));
    expect(entries.map((e) => [e.title, e.topic, e.siteUrl])).toEqual([
      ['Cobot Quarterly', 'Hardware', 'https://cobotq.example/'],
      ['Motor Control Notes', 'Hardware', 'https://motorcontrol.example/'],
      ['Autonomy Policy Watch', 'Policy', 'https://policywatch.example/'],
    ]);
  });

  it('attribute names in any case, category attributes, and outlines that cannot be feeds named', () => {
    const { entries, problems } = readOpml(fixture('legacy-categories.opml'));
    expect(entries).toEqual([
      { url: 'http://droneledger.example/rss', title: 'Drone Ledger', topic: 'Drones', siteUrl: 'http://droneledger.example/' },
      {
        url: 'https://exoreview.example/feed#top',
        title: 'Exoskeleton Review',
        topic: 'Wearables',
        siteUrl: 'https://exoreview.example',
      },
    ]);
    expect(problems).toEqual([
      '"Broken entry" has no xmlUrl',
      '"Mailing list": mailto:list@example.org is not an http(s) feed URL',
    ]);
  });

  it('refuses what is not OPML, with what to do', () => {
    expect(() => readOpml('<html><body>hello</body></html>')).toThrow(
      /This is not an OPML file .*export one from your feed reader/,
    );
    expect(() => readOpml('{"feeds": []}')).toThrow(/not an OPML file/);
  });

  it('keeps entity expansion and external entities out', () => {
    let ents = '<!ENTITY a0 "0123456789">';
    for (let i = 1; i < 10; i++) ents += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
    const bomb = `<!DOCTYPE x [${ents}]><opml><body><outline text="&a9;" xmlUrl="https://x.example/f"/></body></opml>`;
    const read = readOpml(bomb);
    expect((read.entries[0]?.title ?? '').length).toBeLessThan(1000);
    const xxe = `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><opml><body><outline text="&e;" xmlUrl="https://x.example/f"/></body></opml>`;
    expect(
      JSON.stringify(
        (() => {
          try {
            return readOpml(xxe);
          } catch (e) {
            return String(e);
          }
        })(),
      ),
    ).not.toContain('root:');
  });

  it('topics from folder names keep letters, digits and spaces', () => {
    expect(topicFromFolder('AI / ML 🚀')).toBe('AI ML');
    expect(topicFromFolder('🚀')).toBeNull();
  });
});

describe('writeOpml', () => {
  it('writes one folder per topic, names, feed and site URLs, and reads back the same', () => {
    const feeds = [
      feedFixture({
        id: 1,
        url: 'https://a.example/feed',
        title: 'A & Co <news>',
        topic: 'robotics',
        siteUrl: 'https://a.example/',
      }),
      feedFixture({ id: 2, url: 'https://b.example/rss?x=1&y=2', title: null, topic: null }),
      feedFixture({ id: 3, url: 'https://c.example/atom', title: 'C', topic: 'funding' }),
    ];
    const text = writeOpml(feeds, 'digestbot feeds', Date.UTC(2026, 11, 5));
    expect(text).toContain('<opml version="2.0">');
    expect(text).toContain('xmlUrl="https://b.example/rss?x=1&amp;y=2"');
    expect(readOpml(text).entries).toEqual([
      { url: 'https://c.example/atom', title: 'C', topic: 'funding', siteUrl: null },
      { url: 'https://a.example/feed', title: 'A & Co <news>', topic: 'robotics', siteUrl: 'https://a.example/' },
      { url: 'https://b.example/rss?x=1&y=2', title: 'https://b.example/rss?x=1&y=2', topic: null, siteUrl: null },
    ]);
  });
});

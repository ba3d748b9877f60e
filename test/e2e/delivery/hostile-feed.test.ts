// Hostile feed text end to end: a feed server serves items full of mention syntax, links, markdown,
// invisible and direction characters, controls and a 10 MB body; `digestbot once --now` polls it
// and posts to the Slack and Discord stand-ins. Nothing may ping, link or hide text on either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCORD_CHANNEL, rssOf, SLACK_CHANNEL, startChatWorld, type ChatWorld } from '../../helpers/chat-world.js';

const HIDDEN =
  '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u200e\u200f\ufeff\u0000\u0001\u0007\u001b\u007f';
const MENTIONS = '@everyone @here <!channel> <!here> <!everyone> <@U0123ABCD> <@&123456789012345678> <#C0999>';
const LINKS = '<http://evil.example/a|click here> [click](http://evil.example/b) **bold** __under__ ~~gone~~ ||spoiler|| `code`';

const ITEMS = [
  {
    title: `Harbor Robotics raises $40M Series B ${MENTIONS} \u202eexe.gnp`,
    link: 'https://news.example/harbor',
    text: `Harbor${HIDDEN} Robotics has raised a $40 million Series B led by Keel Ventures. ${MENTIONS} ${LINKS}`,
    hoursAgo: 2,
  },
  {
    title: `Keel Ventures backs Harbor Robotics ${LINKS}`,
    link: 'https://news.example/keel',
    text: `Keel Ventures led a $40 million round in Harbor Robotics. ${'Port cranes move containers. '.repeat(357_000)}`,
    hoursAgo: 3,
  },
];

/** Every string inside a JSON value. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

describe('hostile feed text through the real renderers to the stand-ins', () => {
  let world: ChatWorld;
  beforeAll(async () => {
    world = await startChatWorld(() => rssOf('Hostile Wire @everyone <!channel>', ITEMS));
    await world.addFeed();
  });
  afterAll(() => world.close());

  it('posts the digest with no mention, link, formatting or hidden character from the feed', async () => {
    expect(Buffer.byteLength(rssOf('x', ITEMS))).toBeGreaterThan(10_000_000);
    const r = await world.cli(['once', '--now']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);

    const slack = world.slack.messages.filter((m) => m.channel === SLACK_CHANNEL);
    expect(slack.length).toBeGreaterThan(0);
    const slackText = slack.flatMap((m) => [m.text, ...strings(m.blocks)]);
    expect(slackText.join('\n')).toContain('Harbor Robotics');
    for (const s of slackText) {
      expect(s).not.toMatch(INVISIBLE);
      expect(s).not.toMatch(/<[!@#]/); // <!channel>, <@U…>, <#C…> only ever arrive escaped
      expect(s).not.toMatch(/<http:\/\/evil/);
      for (const link of s.matchAll(/<(https?:[^|>]+)\|/g)) expect(link[1]).toMatch(/^https:\/\/news\.example\//);
    }
    expect(slackText.join('\n')).toContain('&lt;@U0123ABCD&gt; &lt;@&amp;123456789012345678&gt;');

    const discord = world.discord.messages.filter((m) => m.channelId === DISCORD_CHANNEL);
    expect(discord.length).toBeGreaterThan(0);
    for (const m of discord) expect(m.body.allowed_mentions).toEqual({ parse: [] });
    const discordText = discord.flatMap((m) => strings(m.body.embeds));
    expect(discordText.join('\n')).toContain('Harbor Robotics');
    for (const s of discordText) {
      // The renderer's own zero-width space breaks @everyone/@here; nothing else invisible arrives.
      expect(s.replace(/@\u200b(everyone|here)/gi, '')).not.toMatch(INVISIBLE);
      expect(s).not.toMatch(/@(everyone|here)/i);
      expect(s).not.toMatch(/(?<!\\)<[@#]/);
      expect(s).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(http:\/\/evil/);
      expect(s).not.toMatch(/(?<!\\)\*\*bold|(?<!\\)\|\|spoiler|(?<!\\)`code|(?<!\\)~~gone/);
      for (const link of s.matchAll(/(?<!\\)\]\((https?:[^)]+)\)/g)) expect(link[1]).toMatch(/^https:\/\/news\.example\//);
    }
    // Feed text is read as text: a markdown or Slack link keeps its words and loses its address.
    expect(discordText.join('\n')).toContain('click');
    expect([...slackText, ...discordText].join('\n')).not.toContain('evil.example');
  });
});

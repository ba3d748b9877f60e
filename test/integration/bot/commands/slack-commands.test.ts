// Every slash command through the real Bolt app: signed requests into our listener, the command
// registry over a seeded store (both dialects), answers read from the acknowledgement or from
// what Bolt sent to response_url.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackRole, type SlackRole } from '../../../../src/bot/slack/app.js';
import { startHttpServer, type HttpServer } from '../../../../src/http/server.js';
import { silentLogger } from '../../../../src/log.js';
import { getFeedByKey, listFeeds } from '../../../../src/store/feeds.js';
import { startSlackStandIn, type SlackStandIn } from '../../../stand-ins/slack-api.js';
import { ADMIN_LISTED, commandWorld, SLACK_CHANNEL, SLACK_LOOSE, type CommandWorld } from '../../../helpers/command-world.js';
import { describeStores, type TestStore } from '../../../helpers/stores.js';
import { waitFor } from '../../../helpers/wait.js';

/** Each request a fresh id: the bot runs a command once per id. */
let triggerIds = 0;

const SECRET = 'slack-signing-secret';

interface Answer {
  status: number;
  /** Parsed acknowledgement body, or null when Slack got an empty acknowledgement. */
  ack: { response_type: string; text: string; blocks: unknown[] } | null;
  /** The blocks' text, for matching. */
  text: string;
  ephemeral: boolean;
}

describeStores('slash commands through Slack', (open) => {
  let t: TestStore;
  let world: CommandWorld;
  let slack: SlackStandIn;
  let role: SlackRole;
  let http: HttpServer;
  let url: string;
  let seq = 0;

  beforeAll(async () => {
    t = await open();
    world = await commandWorld(t);
    slack = await startSlackStandIn({ admins: ['UADMIN'] });
    role = await createSlackRole(
      { botToken: 'xoxb-test', signingSecret: SECRET, apiUrl: slack.apiUrl },
      { handler: world.registry, db: t.store.db, log: silentLogger() },
    );
    http = await startHttpServer([role.route!], 0, silentLogger(), '127.0.0.1');
    url = `http://127.0.0.1:${http.port}/slack/events`;
  });
  afterAll(async () => {
    await http.close();
    await slack.close();
    await world.close();
    await t.cleanup();
  });

  async function post(command: string, text: string, o: { user?: string; channel?: string } = {}) {
    const responseId = `r${++seq}`;
    const body = new URLSearchParams({
      command,
      text,
      user_id: o.user ?? 'U1',
      channel_id: o.channel ?? SLACK_CHANNEL,
      team_id: 'T1',
      api_app_id: 'A1',
      response_url: slack.responseUrl(responseId),
      trigger_id: `t${++triggerIds}`,
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const mac = createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex');
    const res = await fetch(url, {
      method: 'POST',
      headers: {
        'x-slack-signature': `v0=${mac}`,
        'x-slack-request-timestamp': String(ts),
        'content-type': 'application/x-www-form-urlencoded',
      },
      body,
    });
    return { res, responseId };
  }

  const answerOf = (status: number, json: Answer['ack']): Answer => ({
    status,
    ack: json,
    text: JSON.stringify(json?.blocks ?? []),
    ephemeral: json?.response_type === 'ephemeral',
  });

  /** A quick command: the answer rides on the acknowledgement. */
  async function run(command: string, text: string, o: { user?: string; channel?: string } = {}): Promise<Answer> {
    const { res } = await post(command, text, o);
    const raw = await res.text();
    expect(raw, 'the answer should ride on the acknowledgement').not.toBe('');
    return answerOf(res.status, JSON.parse(raw) as Answer['ack']);
  }

  async function responded(id: string): Promise<Answer> {
    const [first] = await waitFor(() => slack.responses.get(id), { what: `an answer on response_url ${id}`, on: [slack.events] });
    return answerOf(200, (first ?? null) as Answer['ack']);
  }

  describe('/round', () => {
    it("answers with a company's rounds newest first, both figures when sources disagree, and source links", async () => {
      const a = await run('/round', 'apptronik inc');
      expect(a.ephemeral).toBe(false);
      expect(a.ack!.text).toBe('Funding rounds: Apptronik');
      expect(a.text.indexOf('Series A')).toBeLessThan(a.text.indexOf('Seed'));
      expect(a.text).toContain('Led by Harbor Peak');
      expect(a.text).toContain('Sources disagree');
      expect(a.text).toMatch(/Robot Wire says \$350M.*Robot Wire says \$400M/);
      expect(a.text).toContain('<https://news.example/a/');
    });

    it('matches a mistyped name', async () => {
      expect((await run('/round', 'Aptronik')).ack!.text).toBe('Funding rounds: Apptronik');
    });

    it('says "did you mean" privately for an unclear name, and plainly for an unknown one', async () => {
      const unclear = await run('/round', 'Figur AI');
      expect(unclear.ephemeral).toBe(true);
      expect(unclear.text).toContain('Did you mean Figure?');
      const unknown = await run('/round', 'Zyxwvut Quantum');
      expect(unknown.text).toContain('I have not read about funding rounds of \\"Zyxwvut Quantum\\"');
    });

    it('without a name lists the largest rounds of the last 30 days', async () => {
      const a = await run('/round', '');
      expect(a.ack!.text).toBe('Largest rounds of the last 30 days');
      expect(a.text).toMatch(/1\. Figure: \$1B Series C.*2\. Apptronik: \$350M Series A/);
      expect(a.text).not.toContain('Seed');
    });
  });

  describe('/digest', () => {
    it('latest: the compact digest of this channel, story headlines without links', async () => {
      const a = await run('/digest', 'latest');
      expect(a.ephemeral).toBe(false);
      expect(a.ack!.text).toBe('Robotics briefing · 2026-11-21 15:00 UTC');
      expect(a.text).toContain('Gripper maker Handly raised a large Series B.');
      expect(a.text).toContain('1. Handly raised $120M in a Series B led by North Pier.');
      expect(a.text).toContain('<https://robotwire.example/handly-b|[1] Robot Wire: Article 1>');
      expect(a.text).toContain('1 round · total $120M · 1 in talks, not in the total');
      expect(a.text).toContain('• Handly raises Series B for soft grippers (Robot Wire, Bolt News)');
      expect(a.text).not.toContain('bolt.example');
    });

    it('status: last and next slot, feed health, pending articles', async () => {
      const a = await run('/digest', 'status');
      expect(a.ephemeral).toBe(true);
      expect(a.text).toMatch(/Last: (2026-11-21 )?15:00 UTC · Next: (\d{4}-\d\d-\d\d )?\d\d:\d\d UTC/);
      expect(a.text).toContain('This channel: gets the digest (set in chat) · topic robotics');
      expect(a.text).toContain("Schedule: 15:00, 21:00 (UTC) (the bot's default) · a short note when nothing is new");
      // The feeds behind this channel, as /feeds list shows them: the disabled one is about space.
      expect(a.text).toContain('Feeds: 1 active · 1 failing · 0 disabled');
      expect(a.text).toContain("Pending: 2 articles for this channel's next digest");
    });

    it('preview: refused to a non-admin, privately; shown privately to a workspace admin', async () => {
      const refused = await run('/digest', 'preview');
      expect(refused.ephemeral).toBe(true);
      expect(refused.text).toContain('/digest preview is for admins: workspace admins and owners');
      const a = await run('/digest', 'preview', { user: 'UADMIN' });
      expect(a.ephemeral).toBe(true);
      expect(a.ack!.text).toBe('Preview: Next briefing · 2026-11-21 15:00 UTC');
    });

    it('now: posts for a listed admin, and says so', async () => {
      const a = await run('/digest', 'now', { user: ADMIN_LISTED.slack });
      expect(a.text).toContain(`A digest is on its way to this channel (digest now-${world.slackDest.id}).`);
      expect(world.ops.posted.map((d) => d.id)).toContain(world.slackDest.id);
    });

    it('in a channel without a destination: a clear private answer', async () => {
      const a = await run('/digest', 'latest', { channel: SLACK_LOOSE });
      expect(a.ephemeral).toBe(true);
      expect(a.text).toContain('This channel does not receive a digest');
      const status = await run('/digest', 'status', { channel: SLACK_LOOSE });
      expect(status.text).toContain('This channel does not receive a digest (admins: /digest subscribe [topics]).');
      expect(status.text).toContain('Feeds: 1 active');
    });

    it('without or with an unknown subcommand: the usage', async () => {
      expect((await run('/digest', '')).text).toContain(
        '/digest needs a subcommand. Usage: /digest latest | status | preview | now | subscribe [topics] | unsubscribe',
      );
      expect((await run('/digest', 'bogus')).text).toContain('There is no /digest bogus.');
    });
  });

  describe('/feeds', () => {
    it("list: this channel's feeds with their health; errors: failing and disabled ones, and why", async () => {
      const list = await run('/feeds', 'list');
      expect(list.ephemeral).toBe(true);
      expect(list.text).toContain('Robot Wire [robotics] ok');
      expect(list.text).toContain('Flaky Times [robotics] failing ×3');
      expect(list.text).not.toContain('Gone Daily');
      const errors = await run('/feeds', 'errors', { channel: SLACK_LOOSE });
      expect(errors.text).toContain('FEED_HTTP_ERROR: https://flaky.example/rss answered 500');
      expect(errors.text).toContain('Gone Daily [space] disabled (FEED_GONE)');
    });

    it('add: refused to a non-admin before anything is fetched', async () => {
      const before = world.feeds.requests.length;
      const a = await run('/feeds', `add ${world.feeds.url('/feed-a')}`);
      expect(a.text).toContain('/feeds add &lt;url&gt; [topic] is for admins');
      expect(world.feeds.requests.length).toBe(before);
    });

    it('add: a missing or invalid url is named, with the usage', async () => {
      expect((await run('/feeds', 'add', { user: 'UADMIN' })).text).toContain(
        'The url is missing. Usage: /feeds add &lt;url&gt; [topic]',
      );
      expect((await run('/feeds', 'add ftp://x.example/feed', { user: 'UADMIN' })).text).toContain(
        'The url is not an http(s) URL: \\"ftp://x.example/feed\\"',
      );
    });

    it("add: tests and stores the feed, with this channel's only topic by default", async () => {
      const feedUrl = world.feeds.url('/feed-b');
      const a = await run('/feeds', `add <${feedUrl}>`, { user: 'UADMIN' });
      expect(a.text).toContain('with topic robotics');
      expect(a.text).toContain('Loop News (rss2.0, 3 items)');
      expect(await getFeedByKey(t.store.db, feedUrl)).toMatchObject({ topic: 'robotics', addedBy: 'slack:UADMIN' });
    });

    it('add: a channel without a destination needs a topic named', async () => {
      const feedUrl = world.feeds.url('/feed-c');
      const bare = await run('/feeds', `add ${feedUrl}`, { user: 'UADMIN', channel: SLACK_LOOSE });
      expect(bare.text).toContain('there is no topic to default to');
      expect(await getFeedByKey(t.store.db, feedUrl)).toBeUndefined();
      const named = await run('/feeds', `add ${feedUrl} space robots`, { user: 'UADMIN', channel: SLACK_LOOSE });
      expect(named.text).toContain('with topic space robots');
    });

    it('remove: by id for an admin; a non-number is named', async () => {
      const feed = (await listFeeds(t.store.db)).find((f) => f.title === 'Gone Daily')!;
      expect((await run('/feeds', 'remove abc', { user: 'UADMIN' })).text).toContain('The id must be a number such as 12');
      const a = await run('/feeds', `remove ${feed.id}`, { user: 'UADMIN' });
      expect(a.text).toContain(`Removed feed ${feed.id}: https://gone.example/atom`);
      expect((await run('/feeds', `remove ${feed.id}`, { user: 'UADMIN' })).text).toContain(`No feed with id ${feed.id}`);
    });

    it('test: a page that is not a feed is named; too many words are refused', async () => {
      const a = await run('/feeds', `test ${world.feeds.url('/page')}`);
      expect(a.ephemeral).toBe(true);
      expect(a.text).toContain('is a web page that names no feed');
      expect((await run('/feeds', `test ${world.feeds.url('/feed')} extra`)).text).toContain('Unexpected words: \\"extra\\"');
    });

    it('test: acknowledged before a slow feed has answered, then answered through response_url', async () => {
      const { res, responseId } = await post('/feeds', `test ${world.feeds.url('/slow')}`);
      expect(await res.text()).toBe('');
      expect(world.slowAnswered(), 'acknowledged before the slow fetch finished').toBe(false);
      world.releaseSlow();
      const a = await responded(responseId);
      expect(world.slowAnswered()).toBe(true);
      expect(a.ephemeral).toBe(true);
      expect(a.text).toContain('Loop News (rss2.0, 3 items)');
      expect(a.text).toContain('<https://n.example/0|Item 0>');
    });
  });

  describe('/search', () => {
    it('finds recent articles containing every word, newest first, with links', async () => {
      const a = await run('/search', 'humanoid robots');
      expect(a.ephemeral).toBe(false);
      expect(a.ack!.text).toBe('Articles about "humanoid robots"');
      expect(a.text.indexOf('Apptronik raises $350M')).toBeLessThan(a.text.indexOf('Figure closes Series C'));
      expect(a.text).toContain('<https://news.example/a/');
      expect(a.text).toMatch(/Searched articles of the last 30 days; the bot remembers articles back to \d{4}-\d\d-\d\d\./);
      expect((await run('/search', 'drone delivery')).text).toContain('No articles of the last 30 days');
    });

    it('refuses a query without words', async () => {
      expect((await run('/search', '(( "" **')).text).toContain('Search needs at least one word');
    });
  });

  it('answers an unexpected failure generically, and logs it with its code', async () => {
    const preview = world.ops.preview;
    world.ops.preview = async () => {
      throw new Error('disk on fire');
    };
    try {
      const a = await run('/digest', 'preview', { user: 'UADMIN' });
      expect(a.ephemeral).toBe(true);
      expect(a.text).toContain('Something went wrong on our side (INTERNAL)');
      expect(a.text).not.toContain('disk on fire');
      expect(world.log.find('command failed').at(-1)).toMatchObject({ code: 'INTERNAL', command: 'digest', level: 50 });
    } finally {
      world.ops.preview = preview;
    }
  });
});

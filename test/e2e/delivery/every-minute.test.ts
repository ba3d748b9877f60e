// A schedule due every minute: each cycle's slot is less than a minute away, and polling ahead of
// it must still get a window (it used to stop a minute before the slot, that is before it began).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORY_FIXTURES } from '../../fixtures/stories.js';
import { rssOf, startChatWorld, type ChatWorld } from '../../helpers/chat-world.js';

const ITEMS = STORY_FIXTURES.slice(0, 3).map((f) => ({
  title: f.title,
  link: `https://news.example/${f.key}`,
  text: f.text,
  hoursAgo: f.hoursAgo,
}));

describe('digestbot once on a schedule due every minute', () => {
  let world: ChatWorld;
  beforeAll(async () => {
    world = await startChatWorld(() => rssOf('Fixture Wire', ITEMS));
    await world.addFeed();
  });
  afterAll(() => world.close());

  it('polls the due feed, then runs the slot (the articles fetched after it wait for the next one)', async () => {
    const r = await world.cli(['once'], { DIGESTBOT_SCHEDULE: '* * * * *', DIGESTBOT_DESTINATIONS: 'console:ops' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^polled 1 feed, 3 new articles$/m);
    expect(r.stdout).toMatch(/^destination \d+ slot \d{4}-\d\d-\d\d \d\d:\d\d UTC: queued$/m);
    expect(r.stdout).toMatch(/^posted 1 message, 0 failed, 0 still queued$/m);
  });
});

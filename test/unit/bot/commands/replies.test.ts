// Command replies are pure functions of what the handlers read: checked here directly.
import { expect, it } from 'vitest';
import { digestSummaryReply, postNowReply } from '../../../../src/bot/commands/replies/digest.js';
import { companyRoundsReply, largestRoundsReply, noRoundsReply } from '../../../../src/bot/commands/replies/round.js';
import { discordReply } from '../../../../src/bot/discord/reply.js';
import { slackReply } from '../../../../src/bot/slack/reply.js';
import type { StoredRound } from '../../../../src/model.js';
import { statusReply } from '../../../../src/bot/commands/replies/status.js';
import { sampleDigest } from '../../../fixtures/digests.js';

const slot = (label: string) => ({ at: 0, label });

it('status shows times alone for today and the date otherwise', () => {
  const base = { settings: [], attention: [], feeds: { active: 3, failing: 0, disabled: 0, paused: 0 }, pending: 5 };
  const today = statusReply({
    ...base,
    last: slot('2026-11-21 15:00 UTC'),
    next: slot('2026-11-21 21:00 UTC'),
    now: slot('2026-11-21 16:02 UTC'),
  });
  expect(today.sections[0]!.text).toBe(
    "This channel does not receive a digest (admins: /digest subscribe [topics]).\nLast: 15:00 UTC · Next: 21:00 UTC\nFeeds: 3 active · 0 failing · 0 disabled\nPending: 5 articles for this channel's next digest",
  );
  const later = statusReply({
    ...base,
    last: null,
    next: slot('2026-11-22 15:00 UTC'),
    now: slot('2026-11-21 22:00 UTC'),
    pending: null,
  });
  expect(later.sections[0]!.text).toContain('Last: none yet · Next: 2026-11-22 15:00 UTC');
  expect(later.sections[0]!.text).toContain('This channel does not receive a digest (admins: /digest subscribe [topics]).');
  expect(later.sections[0]!.text).not.toContain('Pending');
});

it('an empty digest reads as one line; a posted or skipped digest says which', () => {
  const empty = digestSummaryReply(sampleDigest({ empty: true }), { title: 'T', private: false });
  expect(empty.sections).toEqual([{ text: 'Nothing new since 2026-11-20 21:00 UTC.' }]);
  expect(postNowReply({ skipped: 'nothing new' }).sections[0]!.text).toBe('No digest was posted: nothing new');
});

it('round misses are private; the largest rounds are numbered with their first source', () => {
  expect(noRoundsReply('Acme', ['Acme Robotics', 'Acma'])).toEqual({
    sections: [{ text: 'No funding rounds found for "Acme". Did you mean Acme Robotics, Acma?' }],
    private: true,
  });
  expect(largestRoundsReply([], 30).sections[0]!.text).toBe('No rounds with a known amount in the last 30 days.');
});

it("/round keeps each round's heading on both platforms, the reply's title above it", () => {
  const round: StoredRound = {
    id: 1,
    company: 'Apptronik',
    companyKey: 'apptronik',
    amount: 520_000_000,
    currency: 'USD',
    amountUsd: 520_000_000,
    roundType: 'extension',
    roundTypeDetail: null,
    valuation: 5_500_000_000,
    leadInvestors: ['Google'],
    otherInvestors: ['Mercedes-Benz', 'John Deere'],
    status: 'announced',
    conflict: null,
    announcedAt: Date.UTC(2026, 11, 5, 9),
    sources: [],
  };
  const reply = companyRoundsReply('Apptronik', [round], []);
  const heading = reply.sections[0]!.title!;
  expect(heading).toBe('Extension · $520M · 2026-12-05');
  const [first] = discordReply(reply).embeds;
  expect(first).toMatchObject({ author: { name: 'Funding rounds: Apptronik' }, title: heading });
  expect(first!.description).toMatch(/^Valuation: \$5\.5B\nLed by Google/);
  const slack = JSON.stringify(slackReply(reply).blocks);
  expect(slack).toContain('Funding rounds: Apptronik');
  expect(slack).toContain(`*${heading}*`);
  // A reply whose first section has no heading shows the reply's title as the embed's title.
  const bare = discordReply({ title: 'Largest rounds', sections: [{ text: 'none' }], private: true }).embeds[0]!;
  expect(bare.title).toBe('Largest rounds');
  expect(bare.author).toBeUndefined();
});

// Command replies are pure functions of what the handlers read: checked here directly.
import { expect, it } from 'vitest';
import { digestSummaryReply, postNowReply } from '../../../../src/bot/commands/replies/digest.js';
import { largestRoundsReply, noRoundsReply } from '../../../../src/bot/commands/replies/round.js';
import { statusReply } from '../../../../src/bot/commands/replies/status.js';
import { sampleDigest } from '../../../fixtures/digests.js';

const slot = (label: string) => ({ at: 0, label });

it('status shows times alone for today and the date otherwise', () => {
  const base = { feeds: { active: 3, failing: 0, disabled: 0 }, pending: 5 };
  const today = statusReply({
    ...base,
    last: slot('2026-11-21 15:00 UTC'),
    next: slot('2026-11-21 21:00 UTC'),
    now: slot('2026-11-21 16:02 UTC'),
  });
  expect(today.sections[0]!.text).toBe(
    "Last: 15:00 UTC · Next: 21:00 UTC\nFeeds: 3 active · 0 failing · 0 disabled\nPending: 5 articles for this channel's next digest",
  );
  const later = statusReply({
    ...base,
    last: null,
    next: slot('2026-11-22 15:00 UTC'),
    now: slot('2026-11-21 22:00 UTC'),
    pending: null,
  });
  expect(later.sections[0]!.text).toContain('Last: none yet · Next: 2026-11-22 15:00 UTC');
  expect(later.sections[0]!.text).toContain('This channel does not receive a digest.');
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

import { describe, expect, it } from 'vitest';
import { slackReply } from '../../../src/bot/slack/reply.js';
import { discordReply } from '../../../src/bot/discord/reply.js';
import { slackMessageProblems } from '../../../src/bot/slack/limits.js';
import { discordMessageProblems } from '../../../src/bot/discord/limits.js';
import { failureReply } from '../../../src/bot/commands/failure.js';
import { AppError, userError } from '../../../src/errors.js';
import type { Reply } from '../../../src/bot/commands/types.js';
import { rng } from '../../fixtures/digests.js';

function randomReply(seed: number): Reply {
  const r = rng(seed);
  const n = (max: number) => Math.floor(r() * max);
  const text = (max: number) => '<!here> & [x](https://evil.example) @everyone word '.repeat(1 + n(max));
  return {
    title: text(20),
    private: r() < 0.5,
    sections: Array.from({ length: n(40) }, () => ({
      ...(r() < 0.5 ? { title: text(10) } : {}),
      text: text(200),
      fields: Array.from({ length: n(30) }, () => ({ name: text(10), value: text(100) })),
      links: Array.from({ length: n(30) }, (_, i) => ({
        label: text(5),
        url: i % 5 === 0 ? 'javascript:x' : `https://site.example/${i}`,
      })),
    })),
  };
}

describe('command replies', () => {
  it('renders a small reply natively', () => {
    const reply: Reply = {
      title: 'Rounds for Handly',
      private: true,
      sections: [
        {
          text: 'Series B, $120M.',
          fields: [{ name: 'Lead', value: 'North Pier' }],
          links: [{ label: 'Robot Wire', url: 'https://robotwire.example/a' }],
        },
      ],
    };
    expect(slackReply(reply)).toMatchInlineSnapshot(`
      {
        "blocks": [
          {
            "text": {
              "emoji": true,
              "text": "Rounds for Handly",
              "type": "plain_text",
            },
            "type": "header",
          },
          {
            "text": {
              "text": "Series B, $120M.",
              "type": "mrkdwn",
              "verbatim": true,
            },
            "type": "section",
          },
          {
            "fields": [
              {
                "text": "*Lead*
      North Pier",
                "type": "mrkdwn",
                "verbatim": true,
              },
            ],
            "type": "section",
          },
          {
            "text": {
              "text": "• <https://robotwire.example/a|Robot Wire>",
              "type": "mrkdwn",
              "verbatim": true,
            },
            "type": "section",
          },
        ],
        "response_type": "ephemeral",
        "text": "Rounds for Handly",
      }
    `);
    expect(discordReply(reply)).toMatchInlineSnapshot(`
      {
        "allowed_mentions": {
          "parse": [],
        },
        "embeds": [
          {
            "color": 3108831,
            "description": "Series B, $120M.

      • [Robot Wire](https://robotwire.example/a)",
            "fields": [
              {
                "name": "Lead",
                "value": "North Pier",
              },
            ],
            "title": "Rounds for Handly",
          },
        ],
        "flags": 64,
      }
    `);
  });

  it('keeps any reply within both platforms\u2019 limits, escaped', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const reply = randomReply(seed);
      const s = slackReply(reply);
      expect(slackMessageProblems(s), `seed ${seed}`).toEqual([]);
      expect(s.response_type).toBe(reply.private ? 'ephemeral' : 'in_channel');
      expect(JSON.stringify(s)).not.toContain('<!here>');
      expect(JSON.stringify(s)).not.toContain('javascript:');
      const d = discordReply(reply);
      expect(discordMessageProblems(d), `seed ${seed}`).toEqual([]);
      expect(d.flags).toBe(reply.private ? 64 : undefined);
      expect(JSON.stringify(d)).not.toMatch(/(?<!\\)\[x\]\(https:\/\/evil/);
    }
  });

  it('shows user errors in full and privately, and other errors generically with their code', () => {
    expect(failureReply(userError('NOT_ADMIN', 'Only admins can add feeds.'))).toEqual({
      private: true,
      sections: [{ text: 'Only admins can add feeds.' }],
    });
    const generic = failureReply(new AppError('DB_UNREACHABLE', 'connection refused at 10.0.0.5'));
    expect(generic.sections[0]!.text).toContain('(DB_UNREACHABLE)');
    expect(generic.sections[0]!.text).not.toContain('10.0.0.5');
    expect(failureReply(new Error('boom')).sections[0]!.text).toContain('(INTERNAL)');
  });
});

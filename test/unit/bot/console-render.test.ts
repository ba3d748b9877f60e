import { describe, expect, it } from 'vitest';
import { consoleOptionsFor, renderDigestText } from '../../../src/bot/console/render.js';
import { safeHttpUrl } from '../../../src/bot/render/urls.js';
import { randomDigest, sampleDigest } from '../../fixtures/digests.js';

describe('console digest rendering', () => {
  it('renders the sample digest for a 72-column terminal without ANSI', () => {
    expect(renderDigestText(sampleDigest(), { width: 72, color: false })).toMatchInlineSnapshot(`
      "Robotics briefing
      2026-11-21 15:00 UTC · 14 articles · 6 sources · 2 stories
      Last: 15:00 UTC · Next: 21:00 UTC

      TL;DR
        Gripper maker Handly raised a large Series B. A warehouse pilot with
        mobile manipulators doubled its fleet.

      KEY TAKEAWAYS
        • Handly raised $120M in a Series B led by North Pier.
          - Robot Wire <https://robotwire.example/handly-b>
        • The pilot now runs 40 robots across two sites.
          - Depot Daily <https://depot.example/pilot>
          - Arm & Leg <https://armleg.example/x?a=1&b=2>

      FUNDING ROUNDS (1 ROUND · TOTAL $120M · 1 IN TALKS, NOT IN THE TOTAL)
        Company   Amount          Round            Valuation  Lead investors
        Handly    $120M           Series B         $900M      North Pier
        Kinetica  €30M (~$32.5M)  Seed (in talks)  —          —

        Handly   █████████████████████████████████████ $120M
        Kinetica ░░░░░░░░░░ $32.5M (in talks)

        Sources:
        * Handly
          - Robot Wire <https://robotwire.example/handly-b>
        * Kinetica
          - Tech Ledger <https://ledger.example/kinetica>
          note: Tech Ledger says €30M; another outlet says €25M

      STORIES

         1. Handly raises Series B for soft grippers
            The company will use the money to open a second factory.
            tags: funding · grippers
            reported by 2 sources:
            - Robot Wire <https://robotwire.example/handly-b>
            - Bolt News <https://bolt.example/handly>

         2. Warehouse pilot doubles its fleet
            Forty mobile manipulators now pick orders at two sites.
            tags: logistics
            reported by 1 source:
            - Depot Daily <https://depot.example/pilot>

      Topics: robotics, funding · 4 min read · Next digest: 2026-11-21 21:00
      UTC
      "
    `);
  });

  it('keeps every line within the width and prints every link in full', () => {
    const d = randomDigest(42, { takeaways: 4, rounds: 12, stories: 9, words: 80, sourcesPerItem: 3 });
    for (const width of [40, 63, 100, 160]) {
      const text = renderDigestText(d, { width, color: false });
      for (const line of text.split('\n')) expect(line.length, `width ${width}: ${line}`).toBeLessThanOrEqual(width);
      for (const s of d.stories.flatMap((x) => x.sources)) {
        const url = safeHttpUrl(s.url);
        if (url !== null && url.length < width - 10) expect(text).toContain(url);
      }
    }
  });

  it('lists the stories past the cap under Also, with links and how many more', () => {
    const text = renderDigestText(
      sampleDigest({
        also: {
          items: [
            { headline: 'Ferry line adds night sailings', url: 'https://quay.example/ferry', outlet: 'Quay Post' },
            { headline: 'Dock workers vote on new contract', url: null, outlet: 'Harbor News' },
          ],
          more: 5,
        },
      }),
      { width: 72, color: false },
    );
    expect(text).toContain(
      'ALSO\n  - Ferry line adds night sailings (Quay Post)\n    <https://quay.example/ferry>\n  - Dock workers vote on new contract (Harbor News)\n  +5 more stories in this window',
    );
  });
  it('uses ANSI bold only on a TTY and strips control characters from feed text', () => {
    const d = sampleDigest();
    d.stories[0]!.headline = 'Evil \u001b[31mred\u001b[0m \u0007 headline';
    const plain = renderDigestText(d, consoleOptionsFor({ isTTY: false }));
    expect(plain).not.toContain('\u001b');
    expect(plain).toContain('Evil [31mred [0m headline');
    const tty = renderDigestText(d, consoleOptionsFor({ isTTY: true, columns: 90 }));
    expect(tty).toContain('\u001b[1mRobotics briefing\u001b[22m');
    expect(tty.split('\n').filter((l) => l.includes('\u001b[31m'))).toEqual([]);
  });
});

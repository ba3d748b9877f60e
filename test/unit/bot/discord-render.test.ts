import { describe, expect, it } from 'vitest';
import { discordDigestParts, partNonce, type DiscordPart } from '../../../src/bot/discord/digest-parts.js';
import { DISCORD_LIMITS, discordMessageProblems, type Embed } from '../../../src/bot/discord/limits.js';
import { randomDigest, randomSizes, sampleDigest } from '../../fixtures/digests.js';
import { tinyPng } from '../../fixtures/png.js';

function view(parts: DiscordPart[]): string[] {
  return parts.flatMap((p) => [
    `--- part ${p.part + 1}/${p.parts} nonce=${p.nonce}${p.chartBase64 ? ' +chart.png' : ''}`,
    ...p.body.embeds.map(embedText),
  ]);
}

function embedText(e: Embed): string {
  const lines = [`## ${e.title ?? ''}${e.url ? ` <${e.url}>` : ''}`];
  if (e.description) lines.push(e.description);
  for (const f of e.fields ?? []) lines.push(`[${f.name}] ${f.value}`);
  if (e.image) lines.push(`(image ${e.image.url})`);
  if (e.footer) lines.push(`_${e.footer.text}_`);
  return lines.join('\n');
}

describe('Discord digest rendering', () => {
  it('renders the sample digest as embeds with the chart attached to the rounds', () => {
    const parts = discordDigestParts(sampleDigest(), tinyPng());
    expect(view(parts)).toMatchInlineSnapshot(`
      [
        "--- part 1/1 nonce=07122af4e9580fd4689c7df24 +chart.png",
        "## Robotics briefing
      **2026-11-21 15:00 UTC** · 14 articles · 6 sources · 2 stories
      Last: 15:00 UTC · Next: 21:00 UTC

      **TL;DR** Gripper maker Handly raised a large Series B. A warehouse pilot with mobile manipulators doubled its fleet.",
        "## Key takeaways
      • Handly raised $120M in a Series B led by North Pier. ([Robot Wire](https://robotwire.example/handly-b))
      • The pilot now runs 40 robots across two sites. ([Depot Daily](https://depot.example/pilot), [Arm & Leg](https://armleg.example/x?a=1&b=2))",
        "## Funding rounds
      1 round · total $120M · 1 in talks, not in the total
      [Handly — $120M] Series B · valuation $900M · led by North Pier
      [Robot Wire](https://robotwire.example/handly-b)
      [Kinetica — €30M (\\~$32.5M)] Seed (in talks) · ⚠ Tech Ledger says €30M; another outlet says €25M
      [Tech Ledger](https://ledger.example/kinetica)
      (image attachment://chart.png)",
        "## Handly raises Series B for soft grippers <https://robotwire.example/handly-b>
      The company will use the money to open a second factory.
      Reported by 2 sources: [Robot Wire](https://robotwire.example/handly-b), [Bolt News](https://bolt.example/handly)
      *funding · grippers*",
        "## Warehouse pilot doubles its fleet <https://depot.example/pilot>
      Forty mobile manipulators now pick orders at two sites.
      Reported by 1 source: [Depot Daily](https://depot.example/pilot)
      *logistics*
      _Topics: robotics, funding · 4 min read · Next digest: 2026-11-21 21:00 UTC · ref 07122af4e9580fd4689c7df24_",
      ]
    `);
    expect(parts[0]!.body.attachments).toEqual([
      { id: 0, filename: 'chart.png', description: 'Funding rounds chart, 2026-11-21 15:00 UTC' },
    ]);
  });

  it('lists the stories past the cap under Also, linked, with how many more', () => {
    const texts = view(
      discordDigestParts(
        sampleDigest({
          also: {
            items: [
              { headline: 'Ferry line adds night sailings', url: 'https://quay.example/ferry', outlet: 'Quay Post' },
              { headline: 'Dock workers vote on new contract', url: null, outlet: 'Harbor News' },
            ],
            more: 5,
          },
        }),
        null,
      ),
    );
    expect(
      texts.some((t) =>
        t.startsWith(
          '## Also\n• [Ferry line adds night sailings](https://quay.example/ferry) (Quay Post)\n• Dock workers vote on new contract (Harbor News)\n+5 more stories in this window (/search finds them)',
        ),
      ),
    ).toBe(true);
  });

  it('derives a stable nonce per part, within 25 characters', () => {
    expect(partNonce('d1', 0)).toBe(partNonce('d1', 0));
    expect(partNonce('d1', 0)).not.toBe(partNonce('d1', 1));
    expect(partNonce('d1', 0)).not.toBe(partNonce('d2', 0));
    expect(partNonce('x'.repeat(500), 3)).toHaveLength(25);
  });

  it('escapes feed text: no masked links, no mention syntax, no formatting', () => {
    const hostile = '[click](https://evil.example) @everyone @here <@123> <#9> **bold** `code` ||spoiler||';
    const d = sampleDigest();
    d.tldr = hostile;
    d.stories[0]!.headline = hostile;
    d.stories[0]!.summary = hostile;
    d.stories[1]!.sources[0]!.url = 'javascript:alert(1)';
    const parts = discordDigestParts(d, null);
    const text = parts.flatMap((p) => p.body.embeds.map(embedText)).join('\n');
    expect(text).toContain(
      '\\[click\\](https://evil.example) @\u200beveryone @\u200bhere \\<@123\\> \\<\\#9\\> \\*\\*bold\\*\\* \\`code\\` \\|\\|spoiler\\|\\|',
    );
    expect(text).not.toMatch(/(?<!\\)\[click/);
    expect(text).not.toContain('javascript:');
    for (const p of parts) expect(p.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('holds every limit and loses nothing, for digests of many random sizes', () => {
    for (let seed = 1; seed <= 120; seed++) {
      const sizes = randomSizes(seed);
      const d = randomDigest(seed, sizes);
      const chart = seed % 3 === 0 ? null : tinyPng();
      const parts = discordDigestParts(d, chart);
      const where = `seed ${seed} ${JSON.stringify(sizes)}`;
      const nonces = new Set(parts.map((p) => p.nonce));
      expect(nonces.size, where).toBe(parts.length);
      parts.forEach((p, i) => {
        expect(p.part, where).toBe(i);
        expect(p.parts, where).toBe(parts.length);
        expect(discordMessageProblems(p.body), where).toEqual([]);
        expect(p.body.nonce, where).toBe(p.nonce);
        expect(p.body.enforce_nonce, where).toBe(true);
        expect(p.nonce.length, where).toBeLessThanOrEqual(DISCORD_LIMITS.nonce);
        expect(p.body.embeds.at(-1)?.footer?.text.endsWith(p.marker), where).toBe(true);
        const images = p.body.embeds.filter((e) => e.image).length;
        expect(images > 0, where).toBe(p.chartBase64 !== null);
        expect(p.body.attachments?.length ?? 0, where).toBe(images);
      });
      expect(parts.filter((p) => p.chartBase64).length, where).toBe(chart && d.rounds.items.length > 0 ? 1 : 0);
      const all = view(parts).join('\n');
      d.stories.forEach((_, i) => expect(all, `${where} story ${i}`).toMatch(new RegExp(`S${i} `)));
      d.takeaways.forEach((_, i) => expect(all, `${where} takeaway ${i}`).toMatch(new RegExp(`T${i} `)));
      d.rounds.items.forEach((_, i) => expect(all, `${where} round ${i}`).toMatch(new RegExp(`Co${i} `)));
    }
  });
});

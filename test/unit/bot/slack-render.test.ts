import { describe, expect, it } from 'vitest';
import type { SlackBlock } from '../../../src/bot/slack/blocks.js';
import { slackDigestParts, type SlackPart } from '../../../src/bot/slack/digest-parts.js';
import { slackMessageProblems } from '../../../src/bot/slack/limits.js';
import { randomDigest, randomSizes, sampleDigest } from '../../fixtures/digests.js';
import { tinyPng } from '../../fixtures/png.js';

/** One line per block: what a reader of the message would see, in order. */
function view(parts: SlackPart[]): string[] {
  return parts.flatMap((p) => {
    const head = `--- part ${p.part + 1}/${p.parts}${p.thread ? ' (thread)' : ''}`;
    if (p.kind === 'file') return [head, `[file ${p.filename}] ${p.title}`];
    return [head, ...p.blocks.map(blockLine)];
  });
}

function blockLine(b: SlackBlock): string {
  switch (b.type) {
    case 'header':
      return `# ${b.text.text}`;
    case 'section':
      return b.text?.text ?? '';
    case 'context':
      return `(${b.elements.map((e) => e.text).join(' | ')})`;
    case 'divider':
      return '---';
    case 'table':
      return b.rows
        .map((r) =>
          r
            .map((c) =>
              c.type === 'raw_text'
                ? c.text
                : c.elements[0]!.elements.map((e) => (e.type === 'link' ? `[${e.text}](${e.url})` : e.text)).join(''),
            )
            .join(' | '),
        )
        .join('\n');
  }
}

/** All text a Slack client would parse as mrkdwn. */
function mrkdwnTexts(parts: SlackPart[]): string[] {
  return parts.flatMap((p) =>
    p.kind === 'file'
      ? []
      : [
          p.text,
          ...[...p.blocks, ...(p.fallbackBlocks ?? [])].flatMap((b) =>
            b.type === 'section'
              ? [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)]
              : b.type === 'context'
                ? b.elements.map((e) => e.text)
                : b.type === 'header'
                  ? [b.text.text]
                  : [],
          ),
        ],
  );
}

/** Every `<…>` in mrkdwn must be a link we built; every `&` an entity. */
function unsafeMarkup(text: string): string[] {
  const bad: string[] = [];
  for (const m of text.matchAll(/<[^>]*>/g)) if (!/^<https?:\/\/[^|<>\s]+\|[^<>]*>$/.test(m[0])) bad.push(m[0]);
  for (const m of text.matchAll(/&(?!amp;|lt;|gt;)/g)) bad.push(text.slice(m.index, m.index + 6));
  return bad;
}

describe('Slack digest rendering', () => {
  it('renders the sample digest as a parent message with the rounds table, the chart and the stories in its thread', () => {
    expect(view(slackDigestParts(sampleDigest(), tinyPng()))).toMatchInlineSnapshot(`
      [
        "--- part 1/3",
        "# Robotics briefing",
        "(*2026-11-21 15:00 UTC* · 14 articles · 6 sources · 2 stories | Last: 15:00 UTC · Next: 21:00 UTC)",
        "*TL;DR*
      Gripper maker Handly raised a large Series B. A warehouse pilot with mobile manipulators doubled its fleet.",
        "*Key takeaways*
      • Handly raised $120M in a Series B led by North Pier. (<https://robotwire.example/handly-b|Robot Wire>)
      • The pilot now runs 40 robots across two sites. (<https://depot.example/pilot|Depot Daily>, <https://armleg.example/x?a=1&amp;b=2|Arm &amp; Leg>)",
        "*Funding rounds* · 1 round · total $120M · 1 in talks, not in the total
      ⚠ Kinetica: Tech Ledger says €30M; another outlet says €25M",
        "Company | Amount | Round | Valuation | Lead investors | Source
      Handly | $120M | Series B | $900M | North Pier | [Robot Wire](https://robotwire.example/handly-b)
      Kinetica ⚠ | €30M (~$32.5M) | Seed (in talks) | — | — | [Tech Ledger](https://ledger.example/kinetica)",
        "--- part 2/3 (thread)",
        "[file digest-chart-30f446d17dc7112b-1.png] Funding rounds — 2026-11-21 15:00 UTC",
        "--- part 3/3 (thread)",
        "*Stories*",
        "*<https://robotwire.example/handly-b|Handly raises Series B for soft grippers>*
      The company will use the money to open a second factory.
      Reported by 2 sources: <https://robotwire.example/handly-b|Robot Wire>, <https://bolt.example/handly|Bolt News>
      _funding · grippers_",
        "*<https://depot.example/pilot|Warehouse pilot doubles its fleet>*
      Forty mobile manipulators now pick orders at two sites.
      Reported by 1 source: <https://depot.example/pilot|Depot Daily>
      _logistics_",
        "(Topics: robotics, funding · 4 min read · Next digest: 2026-11-21 21:00 UTC)",
      ]
    `);
  });

  it('lists the stories past the cap under Also, linked, with how many more, and leaves out an empty summary', () => {
    const d = sampleDigest({
      also: {
        items: [
          { headline: 'Ferry line adds night sailings', url: 'https://quay.example/ferry', outlet: 'Quay Post' },
          { headline: 'Dock workers vote on new contract', url: null, outlet: 'Harbor News' },
        ],
        more: 5,
      },
    });
    d.stories[1] = { ...d.stories[1]!, summary: '' };
    const texts = view(slackDigestParts(d, null));
    expect(texts).toContain(
      '*Also*\n• <https://quay.example/ferry|Ferry line adds night sailings> (Quay Post)\n• Dock workers vote on new contract (Harbor News)\n+5 more stories in this window (/search finds them)',
    );
    expect(texts).toContain(
      '*<https://depot.example/pilot|Warehouse pilot doubles its fleet>*\nReported by 1 source: <https://depot.example/pilot|Depot Daily>\n_logistics_',
    );
  });

  it('renders an empty digest as one short message', () => {
    const parts = slackDigestParts(
      sampleDigest({ empty: true, takeaways: [], stories: [], rounds: { items: [], totalUsd: 0 } }),
      null,
    );
    expect(view(parts)).toMatchInlineSnapshot(`
      [
        "--- part 1/1",
        "# Robotics briefing",
        "(*2026-11-21 15:00 UTC* · 14 articles · 6 sources · 2 stories | Last: 15:00 UTC · Next: 21:00 UTC)",
        "Nothing new since 2026-11-20 21:00 UTC.",
      ]
    `);
  });

  it('keeps the rounds table as the last block of its message, with a table-free fallback', () => {
    const [first] = slackDigestParts(sampleDigest(), null);
    if (first?.kind !== 'message') throw new Error('expected a message');
    expect(first.blocks.at(-1)?.type).toBe('table');
    expect(first.fallbackBlocks?.some((b) => b.type === 'table')).toBe(false);
    expect(first.fallbackBlocks?.map(blockLine).join('\n')).toContain(
      '*Handly* · $120M · Series B · valuation $900M · led by North Pier',
    );
  });

  it('escapes feed text so it can neither ping nor inject a link', () => {
    const hostile = '<!channel> <!everyone> <@U123> <#C1> <https://evil.example|click> & @here';
    const d = sampleDigest();
    d.name = hostile;
    d.tldr = hostile;
    d.takeaways[0]!.text = hostile;
    d.stories[0]!.headline = hostile;
    d.stories[0]!.summary = hostile;
    d.stories[0]!.sources[0]!.outlet = hostile;
    d.stories[1]!.sources[0]!.url = 'javascript:alert(1)';
    d.rounds.items[0]!.company = hostile;
    const parts = slackDigestParts(d, null);
    const texts = mrkdwnTexts(parts);
    expect(texts.flatMap(unsafeMarkup)).toEqual([]);
    expect(texts.join('\n')).toContain('&lt;!channel&gt; &lt;!everyone&gt; &lt;@U123&gt;');
    expect(texts.join('\n')).not.toContain('javascript:');
    for (const p of parts)
      if (p.kind === 'message')
        for (const b of p.blocks) if (b.type === 'section' && b.text?.type === 'mrkdwn') expect(b.text.verbatim).toBe(true);
    const table = parts.flatMap((p) => (p.kind === 'message' ? p.blocks : [])).find((b) => b.type === 'table');
    expect(JSON.stringify(table)).not.toContain('javascript:');
  });

  it('holds every limit and loses nothing, for digests of many random sizes', () => {
    for (let seed = 1; seed <= 120; seed++) {
      const sizes = randomSizes(seed);
      const d = randomDigest(seed, sizes);
      const chart = seed % 3 === 0 ? null : tinyPng();
      const parts = slackDigestParts(d, chart);
      const where = `seed ${seed} ${JSON.stringify(sizes)}`;
      parts.forEach((p, i) => {
        expect(p.part, where).toBe(i);
        expect(p.parts, where).toBe(parts.length);
        expect(p.thread, where).toBe(i > 0);
        if (p.kind === 'message') {
          expect(slackMessageProblems(p), where).toEqual([]);
          if (p.fallbackBlocks) expect(slackMessageProblems({ text: p.text, blocks: p.fallbackBlocks }), where).toEqual([]);
          expect(p.metadata.event_payload, where).toEqual({ digest_id: d.id, part: i, parts: parts.length });
        }
      });
      expect(parts[0]!.kind, where).toBe('message');
      const files = parts.filter((p) => p.kind === 'file');
      expect(files.length, where).toBe(chart && d.rounds.items.length > 0 ? 1 : 0);
      const all = view(parts).join('\n');
      const fallback = parts
        .map((p) => (p.kind === 'message' ? (p.fallbackBlocks ?? p.blocks).map(blockLine).join('\n') : ''))
        .join('\n');
      d.stories.forEach((_, i) => expect(all, `${where} story ${i}`).toMatch(new RegExp(`S${i} `)));
      d.takeaways.forEach((_, i) => expect(all, `${where} takeaway ${i}`).toMatch(new RegExp(`T${i} `)));
      d.rounds.items.forEach((_, i) => {
        expect(all, `${where} round ${i}`).toMatch(new RegExp(`Co${i} `));
        expect(fallback, `${where} round ${i} (fallback)`).toMatch(new RegExp(`Co${i} `));
      });
      expect(mrkdwnTexts(parts).flatMap(unsafeMarkup), where).toEqual([]);
    }
  });
});

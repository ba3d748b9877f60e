// A Digest as an ordered list of embeds, each within Discord's per-embed limits and small enough
// to share a message (digest-parts.ts packs them).
import type { Digest, DigestRound, DigestStory, DigestTakeaway, SourceRef } from '../../model.js';
import {
  headlineLists,
  type HeadlineList,
  countsLine,
  emptyLine,
  footerLine,
  leadsText,
  roundAmount,
  roundLabel,
  roundsTotalLine,
  statusLine,
  valuationText,
} from '../render/format.js';
import { fitRendered, oneLine, plural } from '../render/text.js';
import { safeHttpUrl } from '../render/urls.js';
import { BRAND_COLOR, DISCORD_LIMITS, embedLength, type Embed, type EmbedField } from './limits.js';
import { discordLink, escapeDiscord } from './markdown.js';

export const CHART_FILE = 'chart.png';
/** An embed never exceeds this, so any embed fits a message next to the part marker. */
const EMBED_BUDGET = 5800;

const esc = (s: string) => escapeDiscord(oneLine(s));

function sourceLinks(sources: SourceRef[], max: number, budget: number): string {
  const shown: string[] = [];
  let used = 0;
  for (const s of sources.slice(0, max)) {
    const link = discordLink(s.url, s.outlet, 60);
    if (used + link.length + 2 > budget) break;
    shown.push(link);
    used += link.length + 2;
  }
  const more = sources.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

/** Lines (each within the limit) joined into as few descriptions as 4096 characters allow. */
function linesToDescriptions(lines: string[], max: number = DISCORD_LIMITS.description): string[] {
  const out: string[] = [];
  let cur = '';
  for (const line of lines) {
    if (cur !== '' && cur.length + 1 + line.length > max) {
      out.push(cur);
      cur = '';
    }
    cur = cur === '' ? line : `${cur}\n${line}`;
  }
  if (cur !== '') out.push(cur);
  return out;
}

function headEmbed(d: Digest): Embed {
  const status = `**${d.slot.label}** · ${countsLine(d)}\n${statusLine(d)}`;
  const body = d.empty ? esc(emptyLine(d)) : d.tldr.trim() === '' ? '' : `**TL;DR** ${fitRendered(d.tldr, 3500, esc)}`;
  return {
    title: fitRendered(d.name, DISCORD_LIMITS.title, esc),
    description: body === '' ? status : `${status}\n\n${body}`,
    color: BRAND_COLOR,
  };
}

function takeawayLine(t: DigestTakeaway): string {
  const links = t.sources.length > 0 ? ` (${sourceLinks(t.sources, 4, 700)})` : '';
  return `• ${fitRendered(t.text, 1500 - links.length, esc)}${links}`;
}

function roundField(r: DigestRound): EmbedField {
  const parts = [fitRendered(roundLabel(r), 100, esc)];
  if (r.valuation !== null) parts.push(`valuation ${valuationText(r)}`);
  if (r.leadInvestors.length > 0) parts.push(`led by ${fitRendered(leadsText(r), 300, esc)}`);
  if (r.conflict !== null) parts.push(`⚠ ${fitRendered(r.conflict, 250, esc)}`);
  const src = r.sources.length > 0 ? `\n${sourceLinks(r.sources, 3, 300)}` : '';
  return {
    name: fitRendered(`${r.company} — ${roundAmount(r)}`, DISCORD_LIMITS.fieldName, esc),
    value: `${parts.join(' · ')}${src}`,
  };
}

/** Rounds as fields, 25 to an embed at most and never past the embed budget. */
function roundEmbeds(d: Digest, chart: boolean): Embed[] {
  const embeds: Embed[] = [];
  let fields: EmbedField[] = [];
  const make = (fs: EmbedField[]): Embed => {
    const first = embeds.length === 0;
    return {
      title: first ? 'Funding rounds' : 'Funding rounds (continued)',
      ...(first ? { description: roundsTotalLine(d) } : {}),
      color: BRAND_COLOR,
      fields: fs,
      ...(first && chart ? { image: { url: `attachment://${CHART_FILE}` } } : {}),
    };
  };
  for (const f of d.rounds.items.map(roundField)) {
    const next = [...fields, f];
    if (fields.length > 0 && (next.length > DISCORD_LIMITS.fields || embedLength(make(next)) > EMBED_BUDGET)) {
      embeds.push(make(fields));
      fields = [f];
    } else fields = next;
  }
  if (fields.length > 0) embeds.push(make(fields));
  return embeds;
}

function storyEmbed(s: DigestStory): Embed {
  const url = s.sources.map((x) => safeHttpUrl(x.url)).find((u) => u !== null) ?? null;
  const by = s.sources.length > 0 ? `\nReported by ${plural(s.sources.length, 'source')}: ${sourceLinks(s.sources, 8, 900)}` : '';
  const tags = s.tags.length > 0 ? `\n*${fitRendered(s.tags.join(' · '), 200, esc)}*` : '';
  return {
    title: fitRendered(s.headline, DISCORD_LIMITS.title, esc),
    ...(url !== null && url.length <= 2000 ? { url } : {}),
    description: `${s.summary.trim() === '' ? '' : fitRendered(s.summary, 1800, esc)}${by}${tags}`.replace(/^\n/, ''),
    color: BRAND_COLOR,
  };
}

/** A headline list (the stories past the cap, or another language's): linked headlines with their outlets, then how many more. */
function listEmbeds(list: HeadlineList): Embed[] {
  const lines = list.items.map((a) => `• ${discordLink(a.url, a.headline, 200)} (${fitRendered(a.outlet, 60, esc)})`);
  return linesToDescriptions(list.more ? [...lines, esc(list.more)] : lines).map((description, i) => ({
    title: i === 0 ? list.title : `${list.title} (continued)`,
    description,
    color: BRAND_COLOR,
  }));
}

/** The embeds of a digest in reading order; `chart` points the first rounds embed at the attached chart. */
export function digestEmbeds(d: Digest, chart: boolean): Embed[] {
  const embeds: Embed[] = [headEmbed(d)];
  if (!d.empty) {
    linesToDescriptions(d.takeaways.map(takeawayLine)).forEach((description, i) =>
      embeds.push({ title: i === 0 ? 'Key takeaways' : 'Key takeaways (continued)', description, color: BRAND_COLOR }),
    );
    embeds.push(...roundEmbeds(d, chart && d.rounds.items.length > 0));
    embeds.push(...d.stories.map(storyEmbed));
    for (const list of headlineLists(d, { inChat: true })) embeds.push(...listEmbeds(list));
  }
  const last = embeds[embeds.length - 1]!;
  last.footer = { text: fitRendered(footerLine(d), 1000, (s) => s) };
  return embeds;
}

// A neutral Reply as a Discord interaction message: embeds within Discord's limits, escaped,
// never mentioning anyone, ephemeral (flags 64) when private.
import { spelledFor } from '../commands/catalog.js';
import type { Reply } from '../commands/types.js';
import { fitRendered, oneLine } from '../render/text.js';
import { BRAND_COLOR, DISCORD_LIMITS, embedLength, type DiscordMessageBody, type Embed, type EmbedField } from './limits.js';
import { discordLink, escapeDiscord } from './markdown.js';

const EPHEMERAL = 64;

/** Any one section embed stays under this, so it always fits a message. */
const EMBED_BUDGET = 5500;

/** `above`: the reply's title, shown over the first section (as its heading when the section has none). */
function sectionEmbed(s: Reply['sections'][number], above: string | undefined): Embed {
  const links = (s.links ?? []).map((l) => `• ${discordLink(l.url, l.label)}`);
  let linkText = '';
  for (const l of links) if (linkText.length + l.length + 1 <= 1500) linkText = linkText === '' ? l : `${linkText}\n${l}`;
  const room = DISCORD_LIMITS.description - linkText.length - 2;
  const text = s.text.trim() === '' ? '' : fitRendered(s.text, Math.min(room, 2500), escapeDiscord);
  const description = [text, linkText].filter((x) => x !== '').join('\n\n');
  const heading = s.title ?? above;
  const author = s.title !== undefined && above !== undefined ? above : undefined;
  // Fields fill what the 6000-character message budget leaves after the text.
  let left = EMBED_BUDGET - description.length - (heading?.length ?? 0) - (author?.length ?? 0);
  const fields: EmbedField[] = [];
  for (const f of (s.fields ?? []).slice(0, DISCORD_LIMITS.fields)) {
    const field = {
      name: fitRendered(oneLine(f.name), 200, escapeDiscord) || '—',
      value: fitRendered(f.value, 500, escapeDiscord) || '—',
    };
    left -= field.name.length + field.value.length;
    if (left < 0) break;
    fields.push(field);
  }
  return {
    ...(author ? { author: { name: fitRendered(oneLine(author), DISCORD_LIMITS.authorName, escapeDiscord) } } : {}),
    ...(heading ? { title: fitRendered(oneLine(heading), DISCORD_LIMITS.title, escapeDiscord) } : {}),
    ...(description !== '' ? { description } : {}),
    color: BRAND_COLOR,
    ...(fields.length > 0 ? { fields } : {}),
  };
}

/** The reply with its command mentions spelled as Discord publishes them (`/feeds-admin add`). */
function forDiscord(r: Reply): Reply {
  const spell = (t: string) => spelledFor(t, 'discord');
  return {
    ...r,
    ...(r.title ? { title: spell(r.title) } : {}),
    sections: r.sections.map((s) => ({ ...s, text: spell(s.text), ...(s.title ? { title: spell(s.title) } : {}) })),
  };
}

export function discordReply(reply: Reply): DiscordMessageBody {
  const r = forDiscord(reply);
  const embeds: Embed[] = [];
  let total = 0;
  for (const [i, s] of r.sections.entries()) {
    const e = sectionEmbed(s, i === 0 ? r.title : undefined);
    if (embedLength(e) === 0) continue;
    if (embeds.length > 0 && (embeds.length === DISCORD_LIMITS.embeds || total + embedLength(e) > DISCORD_LIMITS.total - 100)) {
      embeds[embeds.length - 1]!.footer = { text: '…more than one message can show.' };
      break;
    }
    embeds.push(e);
    total += embedLength(e);
  }
  return {
    ...(embeds.length === 0 ? { content: r.title ? fitRendered(r.title, 2000, escapeDiscord) : '(no answer)' } : {}),
    embeds,
    allowed_mentions: { parse: [] },
    ...(r.private ? { flags: EPHEMERAL } : {}),
    ...(r.file ? { attachments: [{ id: 0, filename: r.file.name }] } : {}),
  };
}

/** The reply's file as discord.js REST uploads it (multipart, with the body as payload_json). */
export function discordReplyFiles(r: Reply): { name: string; data: Buffer }[] | undefined {
  return r.file ? [{ name: r.file.name, data: Buffer.from(r.file.text, 'utf8') }] : undefined;
}

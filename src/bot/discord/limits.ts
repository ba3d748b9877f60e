// The embed subset digestbot sends, and Discord's limits for it (checked before anything is queued).

export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface Embed {
  /** A small heading line above the title. */
  author?: { name: string };
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  fields?: EmbedField[];
  footer?: { text: string };
  image?: { url: string };
}

export interface DiscordMessageBody {
  content?: string;
  embeds: Embed[];
  allowed_mentions: { parse: [] };
  flags?: number;
  nonce?: string;
  enforce_nonce?: boolean;
  attachments?: { id: number; filename: string; description?: string }[];
}

export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  authorName: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Across every embed of a message: titles, descriptions, field names and values, footers. */
  total: 6000,
  nonce: 25,
} as const;

export const BRAND_COLOR = 0x2f6fdf;

/** Characters an embed counts toward the 6000 per message. */
export function embedLength(e: Embed): number {
  const fields = (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  const author = e.author?.name.length ?? 0;
  return author + (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + fields;
}

function embedProblems(e: Embed, i: number): string[] {
  const p: string[] = [];
  const at = `embeds[${i}]`;
  if ((e.title?.length ?? 0) > DISCORD_LIMITS.title) p.push(`${at}: title over ${DISCORD_LIMITS.title}`);
  if ((e.author?.name.length ?? 0) > DISCORD_LIMITS.authorName) p.push(`${at}: author name over ${DISCORD_LIMITS.authorName}`);
  if ((e.description?.length ?? 0) > DISCORD_LIMITS.description) p.push(`${at}: description over ${DISCORD_LIMITS.description}`);
  if ((e.fields ?? []).length > DISCORD_LIMITS.fields) p.push(`${at}: more than ${DISCORD_LIMITS.fields} fields`);
  for (const f of e.fields ?? []) {
    if (f.name.length === 0 || f.name.length > DISCORD_LIMITS.fieldName) p.push(`${at}: field name length ${f.name.length}`);
    if (f.value.length === 0 || f.value.length > DISCORD_LIMITS.fieldValue) p.push(`${at}: field value length ${f.value.length}`);
  }
  if ((e.footer?.text.length ?? 0) > DISCORD_LIMITS.footer) p.push(`${at}: footer over ${DISCORD_LIMITS.footer}`);
  if (embedLength(e) === 0 && !e.image) p.push(`${at}: empty embed`);
  return p;
}

/** Every limit the message breaks (empty when Discord would accept it). */
export function discordMessageProblems(m: DiscordMessageBody): string[] {
  const p: string[] = [];
  if ((m.content?.length ?? 0) > DISCORD_LIMITS.content) p.push(`content over ${DISCORD_LIMITS.content}`);
  if (m.embeds.length > DISCORD_LIMITS.embeds) p.push(`${m.embeds.length} embeds (at most ${DISCORD_LIMITS.embeds})`);
  if (m.embeds.length === 0 && !m.content) p.push('neither content nor embeds');
  m.embeds.forEach((e, i) => p.push(...embedProblems(e, i)));
  const total = m.embeds.reduce((n, e) => n + embedLength(e), 0);
  if (total > DISCORD_LIMITS.total) p.push(`embeds total ${total} over ${DISCORD_LIMITS.total}`);
  if (m.allowed_mentions.parse.length !== 0) p.push('allowed_mentions must parse nothing');
  if (m.nonce !== undefined && m.nonce.length > DISCORD_LIMITS.nonce) p.push(`nonce over ${DISCORD_LIMITS.nonce}`);
  return p;
}

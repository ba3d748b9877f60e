// Attachment options arrive as ids; the files themselves are in the interaction's resolved data.
// The command sees the file's URL, which the handler fetches like any other.
import type { APIChatInputApplicationCommandInteraction } from 'discord.js';
import type { OptionValue } from '../commands/types.js';

export function withAttachmentUrls(
  i: APIChatInputApplicationCommandInteraction,
  values: Record<string, OptionValue>,
): Record<string, OptionValue> {
  const files = i.data.resolved?.attachments;
  if (!files) return values;
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && files[v] ? files[v].url : v]));
}

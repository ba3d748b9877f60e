// What Discord's API refuses in a message body, as the stand-in checks it (from Discord's
// documentation, independently of src/bot/discord/embeds.ts).

type Json = Record<string, unknown>;
const len = (v: unknown) => (typeof v === 'string' ? v.length : 0);

/** Discord's 400 "Invalid Form Body" detail for the message, or null. */
export function messageBodyError(b: Json, fileNames: string[]): string | null {
  const embeds = (b.embeds as Json[] | undefined) ?? [];
  if (len(b.content) > 2000) return 'content: Must be 2000 or fewer in length.';
  if (embeds.length > 10) return 'embeds: Must be 10 or fewer in length.';
  if (embeds.length === 0 && len(b.content) === 0 && fileNames.length === 0) return 'Cannot send an empty message';
  let total = 0;
  for (const [i, e] of embeds.entries()) {
    const fields = (e.fields as Json[] | undefined) ?? [];
    const footer = (e.footer as Json | undefined)?.text;
    const author = (e.author as Json | undefined)?.name;
    if (len(e.title) > 256) return `embeds.${i}.title: Must be 256 or fewer in length.`;
    if (len(e.description) > 4096) return `embeds.${i}.description: Must be 4096 or fewer in length.`;
    if (fields.length > 25) return `embeds.${i}.fields: Must be 25 or fewer in length.`;
    for (const [j, f] of fields.entries()) {
      if (len(f.name) === 0 || len(f.name) > 256) return `embeds.${i}.fields.${j}.name: Must be between 1 and 256 in length.`;
      if (len(f.value) === 0 || len(f.value) > 1024)
        return `embeds.${i}.fields.${j}.value: Must be between 1 and 1024 in length.`;
      total += len(f.name) + len(f.value);
    }
    if (len(footer) > 2048) return `embeds.${i}.footer.text: Must be 2048 or fewer in length.`;
    total += len(e.title) + len(e.description) + len(footer) + len(author);
    const image = (e.image as Json | undefined)?.url;
    if (
      typeof image === 'string' &&
      image.startsWith('attachment://') &&
      !fileNames.includes(image.slice('attachment://'.length))
    )
      return `embeds.${i}.image.url: attachment not found`;
    if (typeof e.url === 'string' && !/^https?:\/\//.test(e.url)) return `embeds.${i}.url: Not a well formed URL.`;
  }
  if (total > 6000) return 'embeds: Embed size exceeds maximum size of 6000';
  if (b.nonce !== undefined && len(String(b.nonce)) > 25) return 'nonce: Must be 25 or fewer in length.';
  return null;
}

/** A Discord application command definition error, or null. */
export function commandError(c: Json): string | null {
  if (typeof c.name !== 'string' || !/^[-_\p{L}\p{N}]{1,32}$/u.test(c.name) || c.name !== c.name.toLowerCase())
    return 'name: Invalid';
  if ((c.type === undefined || c.type === 1) && (len(c.description) < 1 || len(c.description) > 100))
    return 'description: Must be between 1 and 100 in length.';
  if (
    c.default_member_permissions !== undefined &&
    c.default_member_permissions !== null &&
    !/^\d+$/.test(String(c.default_member_permissions))
  )
    return 'default_member_permissions: Must be a permission bit set as a string.';
  const options = (c.options as Json[] | undefined) ?? [];
  if (options.length > 25) return 'options: Must be 25 or fewer in length.';
  for (const o of options) {
    const e = commandError({ ...o, type: undefined });
    if (e) return `options.${String(o.name)}.${e}`;
  }
  return null;
}

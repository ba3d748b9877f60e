// Links in rendered messages come only from here: http(s) URLs without credentials, normalized.

/** The URL ready to link to, or null when it is not a plain http(s) URL (javascript:, data:, user:pass@…, garbage). */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const trimmed = raw.trim();
  if (!/^https?:\/\//i.test(trimmed) || !URL.canParse(trimmed)) return null;
  const url = new URL(trimmed);
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url.href;
}

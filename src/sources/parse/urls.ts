// Links in feeds are often relative: resolve against xml:base, the document URL, or keep as given.

export function resolveUrl(ref: string, base: string | null): string | null {
  const trimmed = ref.trim();
  if (!trimmed) return base;
  try {
    return new URL(trimmed, base ?? undefined).href;
  } catch {
    return null;
  }
}

/** An absolute URL when it can be made one, else the reference as written (never empty). */
export function absoluteLink(ref: string | null | undefined, base: string | null): string | null {
  const trimmed = ref?.trim();
  if (!trimmed) return null;
  return resolveUrl(trimmed, base) ?? trimmed;
}

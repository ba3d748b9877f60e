// What every format shares once its fields are read: the item id rule and author names.
import { createHash } from 'node:crypto';
import type { ParsedItem } from '../../model.js';
import type { XElement } from './xml/tree.js';

export type ItemDraft = Omit<ParsedItem, 'id'> & { id: string | null };

/**
 * An item read as soon as its element closed, before the feed's own fields are known: `link`
 * (null in the draft) and an author inherited from the feed come in when the feed is read.
 */
export interface PendingItem {
  draft: ItemDraft;
  /** The item element with only its link and guid children, which `link` is read from. */
  links: XElement;
}

/** `item` without the children a link is not read from, so the rest of its subtree can go. */
export const linksOf = (item: XElement): XElement => ({
  ...item,
  kids: item.kids.filter((k) => typeof k !== 'string' && (k.local === 'link' || k.local === 'guid')),
});

/** `id` is the item's guid/id, else its link, else a hash of what it says (stable across polls). */
export function finishItem(draft: ItemDraft): ParsedItem {
  draft.id ??=
    draft.link ??
    createHash('sha256')
      .update([draft.title, draft.published, draft.summary, draft.content].map((v) => v ?? '').join('\u0000'))
      .digest('hex')
      .slice(0, 32);
  return draft as ParsedItem;
}

const EMAIL = String.raw`[^\s()<>@]+@[^\s()<>@]+`;
const EMAIL_THEN_NAME = new RegExp(String.raw`^(?:mailto:)?${EMAIL}\s*\((.+)\)$`);
const NAME_THEN_EMAIL = new RegExp(String.raw`^(.+?)\s*[(<]\s*(?:mailto:)?${EMAIL}\s*[)>]$`);

/** "me@example.com (Jane Doe)" and "Jane Doe <me@example.com>" name Jane Doe. */
export function personName(raw: string | null): string | null {
  if (!raw) return null;
  if (raw.indexOf('@') === -1) return raw; // no e-mail address, nothing to take apart (most names)
  const m = EMAIL_THEN_NAME.exec(raw) ?? NAME_THEN_EMAIL.exec(raw);
  return m?.[1]?.trim() || raw;
}

export function joinNames(names: (string | null)[]): string | null {
  if (names.length === 1) return names[0] || null; // the usual single author
  const unique = [...new Set(names.filter((n): n is string => !!n))];
  return unique.length ? unique.join(', ') : null;
}

export function uniqueStrings(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))];
}

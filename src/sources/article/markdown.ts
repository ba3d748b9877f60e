// Markdown bodies (JSON Feed content_text, some RSS) to text blocks: links become their text,
// images and code blocks go, emphasis and heading marks are stripped, paragraphs stay apart.
import { decodeHTML } from 'entities';
import type { Block, BlockKind } from './blocks.js';

const FENCE = /^\s{0,3}(```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const LIST_ITEM = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const INDENTED_CODE = /^(?: {4}|\t)/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Inline markdown to plain text. */
export function inlineText(s: string): string {
  // Code spans keep their text as written, tags included: set aside while the rest is read.
  const code: string[] = [];
  const text = s
    .replace(/`+([^`]+)`+/g, (_m, inner: string) => `\uE001${code.push(inner) - 1}\uE001`)
    // images: ![alt](url) and ![alt][ref] say nothing in text
    .replace(/!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])/g, '')
    // links: [text](url "title"), [text][ref] → text
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    // autolinks and raw tags
    .replace(/<(?:https?:|mailto:)[^>\s]+>/gi, '')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    // emphasis marks go
    .replace(/(\*\*|__)(?=\S)([^*_]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~(?=\S)([^~]*?\S)~~/g, '$1')
    // backslash escapes
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  // Entity references are markdown too ("AT&amp;T").
  return decodeHTML(text).replace(/\uE001(\d+)\uE001/g, (_m, i: string) => code[Number(i)]!);
}

const blockOf = (kind: BlockKind, raw: string): Block | null => {
  // Link text counts as link characters, as in HTML.
  let linkChars = 0;
  for (const m of raw.matchAll(/\[([^\]]+)\]\([^)]*\)/g)) linkChars += m[1]!.length;
  const text = inlineText(raw);
  return text ? { kind, text, linkChars } : null;
};

/** The blocks of a markdown document, in reading order. */
export function markdownToBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let para: string[] = [];
  let paraKind: BlockKind = 'text';
  let fence: string | null = null;
  const flush = () => {
    const b = para.length > 0 ? blockOf(paraKind, para.join(' ')) : null;
    if (b) blocks.push(b);
    para = [];
    paraKind = 'text';
  };
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  for (const line of lines) {
    if (fence !== null) {
      if (line.trim().startsWith(fence)) fence = null;
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      flush();
      fence = open[1]!;
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    // An indented line after a blank is code (inside a paragraph it only continues it).
    if (para.length === 0 && INDENTED_CODE.test(line) && !LIST_ITEM.test(line)) continue;
    if (REFERENCE_DEFINITION.test(line) || TABLE_SEPARATOR.test(line) || RULE.test(line)) {
      flush();
      continue;
    }
    if (para.length > 0 && paraKind === 'text' && SETEXT_UNDERLINE.test(line)) {
      paraKind = 'heading';
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      paraKind = 'heading';
      para.push(heading[1]!);
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      paraKind = 'item';
      para.push(item[1]!);
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      if (paraKind !== 'quote') flush();
      paraKind = 'quote';
      if (quote[1]!.trim() === '') flush();
      else para.push(quote[1]!);
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      flush();
      const cells = line.trim().slice(1, -1).split('|');
      for (const cell of cells) {
        const b = blockOf('cell', cell);
        if (b) blocks.push(b);
      }
      continue;
    }
    if (paraKind === 'quote') flush();
    para.push(line.trim());
  }
  flush();
  return blocks;
}

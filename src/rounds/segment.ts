// Sentences of a plain text with the paragraph each belongs to. A line that starts with a capital
// after a line without end punctuation (a headline, a caption, a list line) stands alone, unless
// the paragraph is wrapped at a fixed width.
import { splitSentences } from '../text/sentences.js';

export interface TextSentence {
  text: string;
  /** Position in the text, from 0 (the title or first line). */
  index: number;
  paragraph: number;
  /** The first sentence of its paragraph or of its line (a list item, a roundup entry). */
  opensBlock: boolean;
  /** The first sentence of a bulleted or numbered list line ("→ Acme (Berlin) — €2m seed", "2. Acme raised …"). */
  opensListItem: boolean;
}

const CONTINUES = /\b(?:and|or|the|a|an|of|to|in|by|with|from|at|for|on|as|that|which|its|their|our)\s*$/i;
/** A list line: a bullet or an arrow, then the entry ("→ kiezpost (Berlin) — €2.1m pre-seed"), whatever its case. */
const LIST_MARK = /^[-–—•·*▪►▸→»]\s/;
const NUMBERED = /^\d{1,2}[.)]\s/;

/**
 * A paragraph wrapped at a fixed width (plain-text and Markdown posts: "led by Accel\nPartners!"):
 * three lines or more, none over 100 characters, most of them about as long as the longest and
 * ending mid-sentence (a list's lines end with their own full stop).
 */
function hardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const body = lines.slice(0, -1);
  const longest = Math.max(...body.map((l) => l.length));
  const full = body.filter((l) => l.length >= 0.75 * longest).length;
  const ended = body.filter((l) => /[.!?:;]["”’)]?\s*$/.test(l)).length;
  return longest >= 40 && longest <= 100 && full >= (2 * body.length) / 3 && ended <= body.length / 3;
}

function blocks(paragraph: string): string[] {
  const lines = paragraph.split('\n');
  if (hardWrapped(lines)) return [lines.join(' ')];
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !LIST_MARK.test(line) && (!/^["“'‘(]?[\p{Lu}\d]/u.test(line) || CONTINUES.test(prev)))
      out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

export function readSentences(plain: string): TextSentence[] {
  const out: TextSentence[] = [];
  plain.split(/\n\s*\n/).forEach((para, paragraph) => {
    for (const block of blocks(para.trim())) {
      const listed = LIST_MARK.test(block) || NUMBERED.test(block);
      splitSentences(block).forEach((s, i) =>
        out.push({ text: s.text, index: out.length, paragraph, opensBlock: i === 0, opensListItem: i === 0 && listed }),
      );
    }
  });
  return out;
}

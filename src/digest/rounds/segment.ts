// Sentences of a plain text with the paragraph each belongs to. A line that starts with a capital
// after a line without end punctuation (a headline, a caption, a list line) stands alone.
import { splitSentences } from '../text/sentences.js';

export interface TextSentence {
  text: string;
  /** Position in the text, from 0 (the title or first line). */
  index: number;
  paragraph: number;
  /** The first sentence of its paragraph or of its line (a list item, a roundup entry). */
  opensBlock: boolean;
}

const CONTINUES = /\b(?:and|or|the|a|an|of|to|in|by|with|from|at|for|on|as|that|which|its|their|our)\s*$/i;

function blocks(paragraph: string): string[] {
  const out: string[] = [];
  for (const line of paragraph.split('\n')) {
    const prev = out[out.length - 1];
    if (prev !== undefined && (!/^["“'‘(]?[\p{Lu}\d]/u.test(line) || CONTINUES.test(prev)))
      out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

export function readSentences(plain: string): TextSentence[] {
  const out: TextSentence[] = [];
  plain.split(/\n\s*\n/).forEach((para, paragraph) => {
    for (const block of blocks(para.trim())) {
      splitSentences(block).forEach((s, i) => out.push({ text: s.text, index: out.length, paragraph, opensBlock: i === 0 }));
    }
  });
  return out;
}

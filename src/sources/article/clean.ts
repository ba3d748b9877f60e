// Text blocks to the article's paragraphs: furniture lines dropped (credits, bylines, prompts,
// footers), "related"/"read more" blocks and runs of link lists dropped, the dateline cut from the
// lead, repeats removed. Pure: the same blocks always give the same paragraphs.
import type { Block } from './blocks.js';
import { cutDateline } from '../../text/dateline.js';
import { chapterLines, isFurnitureLine, isPromptSentence, isRelatedLabel, mayHoldPrompt } from './furniture.js';

const linkShare = (b: Block) => (b.text.length > 0 ? b.linkChars / b.text.length : 0);
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Mostly link text, and short: an entry of a link list or a headline pointing elsewhere (a long entry is prose with links). */
const isLinkish = (b: Block) => linkShare(b) >= 0.6 && words(b.text) <= 30;

/** Where one sentence ends and the next begins, for dropping prompts from a paragraph's end. */
const SENTENCE_GAP = /(?<=[.!?…][”"’)]?)\s+(?=[“"‘(]?\p{Lu})/u;

/** Lines of a block that are not furniture, joined (a single <br> is no sentence boundary), without prompt sentences. */
function keptText(b: Block): string {
  const lines = b.text.indexOf('\n') === -1 ? [b.text] : b.text.split('\n');
  const chapters = lines.length >= 3 ? chapterLines(lines) : new Set<number>();
  let out = '';
  for (const [i, line] of lines.entries()) {
    if (chapters.has(i) || isFurnitureLine(line)) continue;
    const kept = mayHoldPrompt(line)
      ? line
          .split(SENTENCE_GAP)
          .filter((s) => !isPromptSentence(s))
          .join(' ')
      : line;
    out = out ? `${out} ${kept}` : kept;
  }
  return out.trim();
}

/** A paragraph that is one link and no sentence of its own: a headline pointing to another story. */
const isPointer = (b: Block) => b.kind === 'text' && linkShare(b) >= 0.9 && words(b.text) <= 25;

/** Blocks that start a related-links section, and the link blocks that follow them. */
function relatedSections(blocks: readonly Block[]): Set<number> {
  const dropped = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const lineEnd = b.text.indexOf('\n');
    const label = lineEnd === -1 ? b.text : b.text.slice(0, lineEnd);
    if (!isRelatedLabel(label) || (b.kind !== 'heading' && words(b.text) > 20)) continue;
    dropped.add(i);
    // The label's links: the list or link paragraphs right after it.
    for (let j = i + 1; j < blocks.length && (isLinkish(blocks[j]!) || blocks[j]!.kind === 'item'); j++) {
      if (!isLinkish(blocks[j]!) && words(blocks[j]!.text) > 25) break;
      dropped.add(j);
    }
  }
  return dropped;
}

/** Runs of two or more list entries that are each mostly a link: navigation or related stories. */
function linkLists(blocks: readonly Block[]): Set<number> {
  const dropped = new Set<number>();
  let run: number[] = [];
  const end = () => {
    if (run.length >= 2) for (const i of run) dropped.add(i);
    run = [];
  };
  blocks.forEach((b, i) => {
    if (b.kind === 'item' && isLinkish(b)) run.push(i);
    else end();
  });
  end();
  return dropped;
}

export interface CleanOptions {
  /** The page's title: a block repeating it is dropped. */
  title?: string | null;
  /** Keep the dateline in front of the lead (a page's text as published); cut by default (text to summarize). */
  keepDateline?: boolean;
}

/**
 * A release's or a post's closing matter, never its news: "About Arbor & Finch", "Forward-Looking
 * Statements", "Media contact", "###", "-30-", "About the author", a press office's "Notes to
 * editors", a science release's "Story Source:" and "Journal Reference:" (a line of its own).
 */
const CLOSING_MATTER =
  /^(?:about (?:the )?\p{Lu}[^.!?]{0,60}|forward[- ]looking statements?|safe harbor statement|cautionary (?:note|statement)[^.!?]{0,40}|(?:media|press|investor) (?:contacts?|inquiries|enquiries|relations)|contacts?|notes? (?:to|for) editors|story source|journal references?|#{3,}|-30-)\s*:?$/iu;

/** The blocks up to a release's closing matter, that block cut where it begins; not the article's first block. */
function beforeClosingMatter(blocks: readonly Block[]): readonly Block[] {
  for (let i = 1; i < blocks.length; i++) {
    const lines = blocks[i]!.text.split('\n');
    const at = lines.findIndex((l) => words(l) <= 8 && CLOSING_MATTER.test(l.trim()));
    if (at === -1) continue;
    const kept = lines.slice(0, at).join('\n');
    return [...blocks.slice(0, i), ...(kept.trim() ? [{ ...blocks[i]!, text: kept }] : [])];
  }
  return blocks;
}

/** A paywall's label set before a teaser ("Subscriber only Ms Justice … said"): no part of the text. */
const PAYWALL_LABEL =
  /^(?:[Ss]ubscribers? [Oo]nly|SUBSCRIBERS? ONLY|[Ff]or [Ss]ubscribers|[Mm]embers [Oo]nly|[Pp]aid [Ss]ubscribers [Oo]nly)\s*[:|–—-]?\s+(?=\p{Lu})/u;

/** The article's paragraphs from its blocks. */
export function cleanBlocks(all: readonly Block[], options: CleanOptions = {}): string[] {
  const blocks = beforeClosingMatter(all);
  const dropped = new Set([...relatedSections(blocks), ...linkLists(blocks)]);
  const heading = options.title?.replace(/\s+/g, ' ').trim().toLowerCase();
  let lead = !options.keepDateline;
  const out: string[] = [];
  blocks.forEach((b, i) => {
    if (dropped.has(i) || isPointer(b)) return;
    // A bullet typed into a paragraph ("* Names can be retired …") is list formatting, not text.
    let text = keptText(b)
      .replace(/^[*•·▪●►]\s+/u, '')
      .replace(PAYWALL_LABEL, '');
    if (heading && text.toLowerCase() === heading) return;
    if (!/[\p{L}\p{N}]/u.test(text)) return;
    if (lead && b.kind !== 'heading') {
      text = cutDateline(text);
      lead = false;
    }
    if (out.at(-1) === text) return;
    out.push(text);
  });
  return out;
}

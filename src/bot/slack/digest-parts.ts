// A Digest as Slack messages: a parent message and thread replies, each within Slack's limits,
// each carrying metadata that names the digest and the part (how a re-send is detected).
import { createHash } from 'node:crypto';
import { AppError } from '../../errors.js';
import type { Digest } from '../../model.js';
import { oneLine, truncate } from '../render/text.js';
import type { SlackBlock } from './blocks.js';
import { digestUnits, roundsUnit, type BlockUnit, type RoundRow } from './digest-units.js';
import { slackMessageProblems } from './limits.js';
import { escapeSlack } from './mrkdwn.js';

export const METADATA_EVENT = 'digestbot_digest_part';

export interface PartMetadata {
  event_type: typeof METADATA_EVENT;
  event_payload: { digest_id: string; part: number; parts: number };
}

interface PartBase {
  digestId: string;
  part: number;
  parts: number;
  /** Parts after the first are replies in the first part's thread. */
  thread: boolean;
}

export interface SlackMessagePart extends PartBase {
  kind: 'message';
  text: string;
  blocks: SlackBlock[];
  /** The same message without its table block, for a workspace that refuses tables. */
  fallbackBlocks: SlackBlock[] | null;
  metadata: PartMetadata;
}

export interface SlackFilePart extends PartBase {
  kind: 'file';
  /** Unique per digest and part: a re-send finds an earlier upload by this name. */
  filename: string;
  title: string;
  altText: string;
  pngBase64: string;
}

export type SlackPart = SlackMessagePart | SlackFilePart;

const fits = (blocks: SlackBlock[]) => slackMessageProblems({ text: 'x', blocks }).length === 0;

/** Runs of rounds, each as long as one message can hold as a table (and as its fallback list). */
export function splitRounds(d: Digest): (rows: RoundRow[]) => RoundRow[][] {
  return (rows) => {
    const chunks: RoundRow[][] = [];
    let cur: RoundRow[] = [];
    for (const r of rows) {
      const next = [...cur, r];
      const unit = roundsUnit(d, next, chunks.length === 0);
      if (cur.length > 0 && !(fits(unit.blocks) && fits(unit.fallback ?? []))) {
        chunks.push(cur);
        cur = [r];
      } else cur = next;
    }
    if (cur.length > 0) chunks.push(cur);
    return chunks;
  };
}

interface Draft {
  blocks: SlackBlock[];
  fallback: SlackBlock[] | null;
}

function pack(units: ReturnType<typeof digestUnits>): (Draft | 'chart')[] {
  const out: (Draft | 'chart')[] = [];
  let cur: Draft | null = null;
  const flush = () => {
    if (cur) out.push(cur);
    cur = null;
  };
  for (const u of units) {
    if (u.kind === 'chart') {
      flush();
      out.push('chart');
      continue;
    }
    const withUnit: Draft | null = cur === null ? null : append(cur, u);
    if (withUnit && fits(withUnit.blocks) && (withUnit.fallback === null || fits(withUnit.fallback))) cur = withUnit;
    else {
      flush();
      cur = append({ blocks: [], fallback: null }, u);
    }
    if (u.last) flush();
  }
  flush();
  return out;
}

function append(d: Draft, u: BlockUnit): Draft {
  const fallback =
    d.fallback !== null || u.fallback !== undefined ? [...(d.fallback ?? d.blocks), ...(u.fallback ?? u.blocks)] : null;
  return { blocks: [...d.blocks, ...u.blocks], fallback };
}

/** The parts to queue for a Slack destination, in posting order; throws rather than queue what Slack would refuse. */
export function slackDigestParts(d: Digest, chart: Uint8Array | null): SlackPart[] {
  const parts = renderParts(d, chart);
  for (const p of parts) {
    if (p.kind !== 'message') continue;
    const problems = [
      ...slackMessageProblems(p),
      ...(p.fallbackBlocks ? slackMessageProblems({ text: p.text, blocks: p.fallbackBlocks }) : []),
    ];
    if (problems.length > 0)
      throw new AppError('INTERNAL', `Slack part ${p.part} of digest ${d.id} breaks a limit: ${problems.join('; ')}`);
  }
  return parts;
}

function renderParts(d: Digest, chart: Uint8Array | null): SlackPart[] {
  const drafts = pack(digestUnits(d, chart !== null, splitRounds(d)));
  const parts = drafts.length;
  const title = truncate(oneLine(`${d.name} — ${d.slot.label}`), 300);
  return drafts.map((draft, part): SlackPart => {
    const base = { digestId: d.id, part, parts, thread: part > 0 };
    if (draft === 'chart') {
      return {
        ...base,
        kind: 'file',
        filename: `digest-chart-${createHash('sha256').update(d.id).digest('hex').slice(0, 16)}-${part}.png`,
        title: truncate(`Funding rounds — ${d.slot.label}`, 250),
        altText: truncate(`Bar chart of the funding rounds in the ${oneLine(d.slot.label)} digest`, 1000),
        pngBase64: Buffer.from(chart ?? new Uint8Array()).toString('base64'),
      };
    }
    return {
      ...base,
      kind: 'message',
      text: escapeSlack(part === 0 ? title : `${title} (${part + 1}/${parts})`),
      blocks: draft.blocks,
      fallbackBlocks: draft.fallback,
      metadata: { event_type: METADATA_EVENT, event_payload: { digest_id: d.id, part, parts } },
    };
  });
}

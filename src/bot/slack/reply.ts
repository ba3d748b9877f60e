// A neutral Reply as a Slack response: Block Kit within Slack's limits, escaped, ephemeral when private.
import type { Reply } from '../commands/types.js';
import { fitRendered, oneLine } from '../render/text.js';
import { header, mrkdwn, section, type SlackBlock } from './blocks.js';
import { SLACK_LIMITS, slackMessageProblems } from './limits.js';
import { escapeSlack, slackLink } from './mrkdwn.js';

export interface SlackResponse {
  response_type: 'ephemeral' | 'in_channel';
  text: string;
  blocks: SlackBlock[];
}

const esc = (s: string) => escapeSlack(s);

function sectionBlocks(s: Reply['sections'][number]): SlackBlock[] {
  const out: SlackBlock[] = [];
  const title = s.title ? `*${fitRendered(oneLine(s.title), 200, esc)}*\n` : '';
  const text = s.text.trim() === '' ? '' : fitRendered(s.text, SLACK_LIMITS.sectionText - title.length, esc);
  if (title !== '' || text !== '') out.push(section(`${title}${text}`.trim()));
  const fields = s.fields ?? [];
  for (let i = 0; i < fields.length; i += SLACK_LIMITS.fields) {
    const chunk = fields.slice(i, i + SLACK_LIMITS.fields);
    out.push({
      type: 'section',
      fields: chunk.map((f) => mrkdwn(`*${fitRendered(oneLine(f.name), 150, esc)}*\n${fitRendered(f.value, 1800, esc)}`)),
    });
  }
  const links = (s.links ?? []).map((l) => `• ${slackLink(l.url, l.label)}`);
  let cur = '';
  for (const line of links) {
    if (cur !== '' && cur.length + line.length + 1 > SLACK_LIMITS.sectionText) {
      out.push(section(cur));
      cur = '';
    }
    cur = cur === '' ? line : `${cur}\n${line}`;
  }
  if (cur !== '') out.push(section(cur));
  return out;
}

/** Drops trailing blocks until the message fits, saying so. */
function fit(blocks: SlackBlock[]): SlackBlock[] {
  let kept = blocks;
  while (kept.length > 1 && slackMessageProblems({ text: 'x', blocks: kept }).length > 0) kept = kept.slice(0, -1);
  return kept.length < blocks.length ? [...kept.slice(0, -1), section('_…more than one message can show._')] : kept;
}

/** Slack cannot attach a file to a command's answer: the file's text goes in code blocks (escaped), as many as fit. */
function fileBlocks(f: NonNullable<Reply['file']>): SlackBlock[] {
  const room = SLACK_LIMITS.sectionText - 8;
  const chunks: string[] = [];
  let cur = '';
  for (const line of esc(f.text).split('\n')) {
    const piece = line.length > room ? line.slice(0, room) : line;
    if (cur !== '' && cur.length + piece.length + 1 > room) {
      chunks.push(cur);
      cur = '';
    }
    cur = cur === '' ? piece : `${cur}\n${piece}`;
  }
  if (cur !== '') chunks.push(cur);
  return [section(`*${esc(f.name)}*`), ...chunks.map((c) => section(`\`\`\`${c}\`\`\``))];
}

export function slackReply(r: Reply): SlackResponse {
  const blocks = [
    ...(r.title ? [header(fitRendered(oneLine(r.title), SLACK_LIMITS.headerText, esc))] : []),
    ...r.sections.flatMap(sectionBlocks),
    ...(r.file ? fileBlocks(r.file) : []),
  ];
  const summary = r.title ?? r.sections[0]?.title ?? r.sections[0]?.text ?? 'digestbot';
  return {
    response_type: r.private ? 'ephemeral' : 'in_channel',
    text: fitRendered(oneLine(summary), 300, esc) || 'digestbot',
    blocks: fit(blocks.length > 0 ? blocks : [section('_(no answer)_')]),
  };
}

// A slash-command reply for a terminal (the demo answers commands as the bot would).
import { safeHttpUrl } from '../render/urls.js';
import type { Reply } from '../commands/types.js';
import { wrap } from './layout.js';
import type { ConsoleOptions } from './render.js';

export function renderReplyText(reply: Reply, opts: ConsoleOptions): string {
  const bold = (s: string) => (opts.color ? `\x1b[1m${s}\x1b[0m` : s);
  const out: string[] = [];
  if (reply.title) out.push(...wrap(reply.title, opts.width).map(bold));
  if (reply.private) out.push('  (only you see this)');
  for (const section of reply.sections) {
    out.push('');
    if (section.title) out.push(...wrap(section.title, opts.width, '  ').map(bold));
    for (const line of section.text.split('\n')) if (line.trim()) out.push(...wrap(line, opts.width, '  '));
    for (const f of section.fields ?? []) out.push(...wrap(`${f.name}: ${f.value}`, opts.width, '      ', '    '));
    for (const l of section.links ?? []) {
      const url = safeHttpUrl(l.url);
      out.push(...wrap(url ? `${l.label} <${url}>` : l.label, opts.width, '      ', '    - '));
    }
  }
  if (reply.file) out.push('', `  ${reply.file.name}:`, ...reply.file.text.split('\n').map((l) => `  ${l}`));
  return out.join('\n');
}

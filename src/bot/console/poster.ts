// The console destination: parts are written to a stream (stdout by default). Nothing to find
// after a crash, so a re-send after a crash may print twice; the console is for demos and dry runs.
import type { Poster } from '../outbox/poster.js';

export function consolePoster(out: NodeJS.WritableStream = process.stdout): Poster {
  let seq = 0;
  const write = (text: string) => {
    out.write(text.endsWith('\n') ? text : `${text}\n`);
    seq += 1;
    return { ok: true as const, messageId: `console-${seq}` };
  };
  return {
    platform: 'console',
    channelGapMs: 0,
    post: async (payload) => write(String((payload as { text?: unknown }).text ?? '')),
    find: async () => ({ ok: true, messageId: null }),
    notify: async (_channel, text) => write(`[admin] ${text}`),
  };
}

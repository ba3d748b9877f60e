// What Slack's Web API refuses, as the stand-in checks it (written from Slack's documentation,
// independently of src/bot/slack/limits.ts so that one cannot hide a mistake in the other).

type Json = Record<string, unknown>;
const texts = (o: unknown): string =>
  o && typeof o === 'object' && typeof (o as Json).text === 'string' ? ((o as Json).text as string) : '';

function blockError(b: Json, i: number): string | null {
  const at = `[json-pointer:/blocks/${i}]`;
  switch (b.type) {
    case 'header':
      return texts(b.text).length > 150 ? `must be less than 151 characters ${at}/text` : null;
    case 'section': {
      const t = texts(b.text);
      if (b.text !== undefined && (t.length === 0 || t.length > 3000)) return `must be between 1 and 3000 characters ${at}/text`;
      const fields = (b.fields as Json[] | undefined) ?? [];
      if (fields.length > 10) return `must be at most 10 items ${at}/fields`;
      if (fields.some((f) => texts(f).length > 2000)) return `must be less than 2001 characters ${at}/fields`;
      return b.text === undefined && fields.length === 0 ? `must provide text or fields ${at}` : null;
    }
    case 'context': {
      const els = (b.elements as Json[] | undefined) ?? [];
      return els.length === 0 || els.length > 10 ? `must be between 1 and 10 items ${at}/elements` : null;
    }
    case 'divider':
      return null;
    case 'table': {
      const rows = (b.rows as unknown[][] | undefined) ?? [];
      if (rows.length === 0 || rows.length > 100) return `must be between 1 and 100 rows ${at}/rows`;
      return rows.some((r) => r.length === 0 || r.length > 20) ? `row must have 1 to 20 cells ${at}/rows` : null;
    }
    default:
      return `unsupported type ${at}`;
  }
}

/** Every `text` string inside a block, however deep. */
function blockTextLength(v: unknown): number {
  if (Array.isArray(v)) return v.reduce((n: number, x) => n + blockTextLength(x), 0);
  if (!v || typeof v !== 'object') return 0;
  return Object.entries(v as Json).reduce(
    (n, [k, x]) => n + (k === 'text' && typeof x === 'string' ? x.length : blockTextLength(x)),
    0,
  );
}

export interface SlackCheckOptions {
  /** A workspace without the table block answers invalid_blocks to any table. */
  tables: boolean;
}

/** The error code Slack would answer to chat.postMessage args, or null. */
export function postMessageError(args: Json, o: SlackCheckOptions): { error: string; detail?: string } | null {
  const text = typeof args.text === 'string' ? args.text : '';
  const blocks = (args.blocks as Json[] | undefined) ?? [];
  if (text === '' && blocks.length === 0) return { error: 'no_text' };
  if (text.length > 40_000) return { error: 'msg_too_long' };
  if (blocks.length > 50) return { error: 'invalid_blocks', detail: 'must be at most 50 blocks' };
  const tables = blocks.filter((b) => b.type === 'table').length;
  if (tables > 0 && !o.tables) return { error: 'invalid_blocks', detail: 'unsupported type table' };
  if (tables > 1) return { error: 'invalid_blocks', detail: 'only_one_table_allowed' };
  for (const [i, b] of blocks.entries()) {
    const e = blockError(b, i);
    if (e) return { error: 'invalid_blocks', detail: e };
  }
  if (blocks.reduce((n, b) => n + blockTextLength(b), 0) > 12_000) return { error: 'msg_too_long' };
  const m = args.metadata as Json | undefined;
  if (m !== undefined && (typeof m.event_type !== 'string' || typeof m.event_payload !== 'object'))
    return { error: 'invalid_metadata_format' };
  return null;
}

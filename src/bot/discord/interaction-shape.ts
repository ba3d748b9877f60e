// What an inbound interaction must look like before anything reads it: a signed body (HTTP) or a
// gateway dispatch can still be `null`, lack `data`, or carry options of the wrong kind. Such a
// request is refused with a message naming the field, never answered with a TypeError.
import { z } from 'zod';

const snowflake = z.string().regex(/^\d{1,20}$/);

interface OptionShape {
  name: string;
  type: number;
  value?: string | number | boolean | undefined;
  focused?: boolean | undefined;
  options?: OptionShape[] | undefined;
}

const option: z.ZodType<OptionShape> = z.lazy(() =>
  z.object({
    name: z.string().min(1),
    type: z.number().int(),
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
    focused: z.boolean().optional(),
    options: z.array(option).optional(),
  }),
);

const user = z.object({ id: snowflake });

/** The fields of a command or autocomplete interaction that digestbot reads (others pass through). */
const commandInteraction = z.object({
  id: snowflake,
  type: z.union([z.literal(2), z.literal(4)]),
  token: z.string().min(1),
  data: z.object({ name: z.string().min(1), type: z.number().int(), options: z.array(option).optional() }),
  member: z.object({ user, permissions: z.string().regex(/^\d+$/).optional() }).optional(),
  user: user.optional(),
  channel_id: snowflake.optional(),
  channel: z.object({ id: snowflake }).optional(),
});

const anyInteraction = z.object({ type: z.number().int() });

export type ShapeCheck = { ok: true } | { ok: false; problem: string };

/** Whether `json` is an interaction, and when it is a command or autocomplete (types 2, 4), one digestbot can read. */
export function checkInteractionShape(json: unknown): ShapeCheck {
  const head = anyInteraction.safeParse(json);
  if (!head.success) return { ok: false, problem: 'an interaction is an object with a numeric "type"' };
  if (head.data.type !== 2 && head.data.type !== 4) return { ok: true };
  const r = commandInteraction.safeParse(json);
  if (r.success) return { ok: true };
  const issue = r.error.issues[0]!;
  const at = issue.path.length > 0 ? issue.path.join('.') : 'interaction';
  return { ok: false, problem: `${at}: ${issue.message}` };
}

// The model's answer, read strictly: JSON (a code fence around it is tolerated) of one shape.
import { z } from 'zod';
import { LlmFailure } from './failure.js';

export const LlmOutput = z.object({
  tldr: z.string().trim().min(1),
  takeaways: z
    .array(z.object({ text: z.string().trim().min(1), sentenceIds: z.array(z.string().trim().min(1)).min(1) }))
    .min(1)
    .max(12),
});
export type LlmOutput = z.infer<typeof LlmOutput>;

/** The JSON value in the model's text: the text itself, or what a ``` fence holds. */
function jsonIn(text: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text);
  return JSON.parse(fenced ? fenced[1]! : text);
}

export function readOutput(text: string): LlmOutput {
  let value: unknown;
  try {
    value = jsonIn(text.trim());
  } catch (err) {
    throw new LlmFailure('malformed_json', `the model's answer is not JSON: ${JSON.stringify(text.slice(0, 120))}`, err);
  }
  const parsed = LlmOutput.safeParse(value);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
    throw new LlmFailure('schema', `the model's JSON has the wrong shape: ${where}`);
  }
  return parsed.data;
}

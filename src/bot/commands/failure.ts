// What the asker sees when a handler throws: their own mistake privately and in full; anything
// else generically, with the stable code so an operator can find the log line.
import { isAppError } from '../../errors.js';
import type { Reply } from './types.js';

export function failureReply(err: unknown): Reply {
  if (isAppError(err) && err.userMessage !== undefined) {
    return { private: true, sections: [{ text: err.userMessage }] };
  }
  const code = isAppError(err) ? err.code : 'INTERNAL';
  return {
    private: true,
    sections: [{ text: `Something went wrong on our side (${code}). The admins can find it in the logs.` }],
  };
}

/** A handler that never rejects: failures become a private reply and are reported to `onError`. */
export async function answer<T>(run: () => Promise<Reply>, onError: (err: unknown) => T): Promise<Reply> {
  try {
    return await run();
  } catch (err) {
    onError(err);
    return failureReply(err);
  }
}

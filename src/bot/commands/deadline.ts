// Platforms cut a command off at 3 s: answer directly when the handler is quick, otherwise
// acknowledge and deliver the answer later (Slack respond(), Discord deferred reply).

/** How long a handler gets before the request is acknowledged without its answer. */
export const ACK_BUDGET_MS = 2000;

/** The value if `work` settles within `ms`, else undefined (work goes on). */
export function within<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

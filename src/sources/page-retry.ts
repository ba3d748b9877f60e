// When an article page that failed is tried again (decision 0025). A failure that may pass (no
// answer in time, a 5xx or 429, a reset connection, extraction cut short on a busy machine) is
// retried on a later poll cycle, with growing waits, a bounded number of times; a lasting one
// (not a web page, too large, a login wall, endless redirects, no article) never is. Pure.

/** Tries of one page in all: the first and up to three more. */
export const PAGE_TRIES = 4;
/** The wait after the first failure; each later wait is FACTOR times longer (30 min, 2 h, 8 h). */
const FIRST_WAIT_MS = 30 * 60_000;
const FACTOR = 4;

/** When the page is due again after its `tries`-th failure, or null when it is not tried again. */
export function nextPageTry(transient: boolean, tries: number, now: number): number | null {
  if (!transient || tries >= PAGE_TRIES) return null;
  return now + FIRST_WAIT_MS * FACTOR ** (tries - 1);
}

const wait = (ms: number) => (ms < 90 * 60_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 3_600_000)} h`);

/** The end of a failed page's sentence: what happens next. */
export function retryNote(transient: boolean, tries: number, retryAt: number | null, now: number): string {
  if (retryAt !== null)
    return `; the feed's own text is kept, and the page is tried again in ${wait(retryAt - now)} (try ${tries} of ${PAGE_TRIES}).`;
  if (transient) return `; the feed's own text is kept (the page failed all ${PAGE_TRIES} tries).`;
  return `; the feed's own text is kept.`;
}

// Full text from the article page (decision 0025), for the new articles of a poll cycle whose
// feed asks for it: `always`, or `auto` when the item's text is a title or a teaser. Pages go
// through the guarded fetcher (same limits and per-host gate as feeds) and are read on the
// extraction threads. A page that fails, or holds no more than the feed did, leaves the feed's
// own text in place and says why in one sentence (shown in /feeds errors).
import type { Config } from '../config.js';
import { errorMessage, isAppError } from '../errors.js';
import type { FullTextMode } from '../model.js';
import type { NewArticle } from '../store/articles.js';
import type { PageResult } from '../store/page-texts.js';
import type { ExtractPool } from './article/extract-pool.js';
import { checkPageType } from './article/page-bytes.js';
import { nextPageTry, retryNote } from './page-retry.js';
import type { Fetcher } from './fetch/index.js';
import { contentHash, visibleText } from './normalize.js';

/** Whether a new article's page is fetched: never for items that will not reach a digest. */
export function wantsPage(mode: FullTextMode, article: Pick<NewArticle, 'url' | 'digestEligible'>, teaser: boolean): boolean {
  if (mode === 'off' || article.url === null || !article.digestEligible) return false;
  return mode === 'always' || teaser;
}

export interface PageJob {
  articleId: number;
  feedId: number;
  url: string;
  title: string;
  /** What the feed gave: the page must say more to replace it. */
  feedText: string;
  /** The language read from the feed's text, if any: agreeing with the page's, it spares detection. */
  feedLang: string | null;
  /** Earlier tries that failed for a passing reason (0 for a new article). */
  tries: number;
}

/** Wording of pages that ask for an account or a subscription instead of showing the story. */
const WALL =
  /\b(?:(?:sign|log) ?in|subscribe|register|create (?:a|an|your) (?:free )?account)\b.{0,60}\b(?:to (?:continue|read|keep reading|access|view)|for (?:full|unlimited) access)\b|\bsubscribers? only\b|\bthis (?:article|content|story) is (?:for|available to|reserved for) (?:subscribers|members)\b/i;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const MAX_TEXT_CHARS = 50_000;

export interface PageProblem {
  code: string;
  /** Why, in the words of one sentence without its end. */
  reason: string;
  /** Whether the failure may pass, so the page is tried again later (page-retry.ts). */
  transient: boolean;
}

/** An extraction that ran out of time (or whose thread could not start): the machine was busy. */
const SLOW_EXTRACTION = / took longer than |did not start within /;
/** HTTP answers that say "not now" rather than "never". */
const PASSING_STATUS = (status: number | undefined) => status === undefined || status >= 500 || status === 408 || status === 429;

/** Why a page could not replace the feed's text, and whether that may pass. */
export function pageProblem(err: unknown, limits: Config['fetch']): PageProblem {
  const say = (code: string, reason: string, transient = false) => ({ code, reason, transient });
  if (err instanceof ShortPage)
    return err.wall
      ? say('PAGE_LOGIN_WALL', 'The article page asks readers to log in or subscribe instead of showing the story')
      : say('PAGE_NO_MORE_TEXT', 'The article page shows no more text than the feed');
  const code = isAppError(err) ? err.code : 'INTERNAL';
  switch (code) {
    case 'NOT_HTML':
      return say(
        'PAGE_NOT_HTML',
        `The article link leads to no web page (${errorMessage(err).replace(/^The (?:answer|content) is /, '')})`,
      );
    case 'FEED_TOO_LARGE':
    case 'TOO_LARGE':
      return say('PAGE_TOO_LARGE', `The article page is larger than the ${Math.round(limits.maxBodyBytes / 1048576)} MB limit`);
    case 'FEED_REDIRECT_REFUSED':
      return say('PAGE_REDIRECTS', `The article page could not be reached by its redirects (${errorMessage(err)})`);
    case 'FEED_TIMEOUT':
      return say('PAGE_TIMEOUT', `The article page did not answer in full within ${limits.timeoutMs / 1000} s`, true);
    case 'FEED_HTTP_ERROR': {
      const status = (err as { status?: number }).status;
      return say('PAGE_HTTP_ERROR', `The article page answered HTTP ${status ?? 'error'}`, PASSING_STATUS(status));
    }
    case 'RATE_LIMITED':
      return say('PAGE_RATE_LIMITED', `The article page's site asked us to wait (${errorMessage(err)})`, true);
    case 'FEED_FETCH_FAILED':
      return say('PAGE_UNREACHABLE', `The article page could not be fetched (${errorMessage(err)})`, true);
    case 'FEED_ADDRESS_BLOCKED':
      return say('PAGE_ADDRESS_BLOCKED', `The article page is on an address the fetch guard refuses (${errorMessage(err)})`);
    case 'NO_ARTICLE':
      return SLOW_EXTRACTION.test(errorMessage(err))
        ? say('PAGE_SLOW', `The article page took too long to read (${errorMessage(err)})`, true)
        : say('PAGE_NO_ARTICLE', 'The article page holds no readable article text');
    default:
      return say('PAGE_FAILED', `The article page could not be read (${errorMessage(err)})`);
  }
}

/** A page that says no more than the feed; `wall` when it asks for an account instead. */
class ShortPage extends Error {
  constructor(readonly wall: boolean) {
    super(wall ? 'login wall' : 'no more text than the feed');
  }
}

/** A wall's few lines; an article that merely mentions subscribing is longer. */
const WALL_MAX_WORDS = 150;
/** A page asking for a password or an account (read from its first bytes, before extraction drops forms and prompts). */
const WALL_PAGE = new RegExp(`type\\s*=\\s*["']?password|${WALL.source}`, 'i');
const WALL_SCAN_BYTES = 512 * 1024;

export interface PageReaderDeps {
  fetcher: Fetcher;
  extractor: ExtractPool;
  limits: Config['fetch'];
  now: () => number;
}

/** Fetches and reads one article page; never throws (a failure is a result that keeps the feed's text). */
export async function readPage(deps: PageReaderDeps, job: PageJob): Promise<PageResult> {
  const base = { articleId: job.articleId, feedId: job.feedId, url: job.url, tries: job.tries + 1 };
  try {
    const res = await deps.fetcher.fetchPage(job.url);
    if (res.kind !== 'ok') throw new Error('the page answered 304 Not Modified to a request without validators');
    checkPageType(res.contentType);
    // The body moves to the extraction thread; the wall scan, needed only when the page gives no
    // article or a short one, reads a copy of its head then (copying is cheaper than scanning).
    // (`Buffer.from(buffer)` copies byte by byte in JavaScript on Node 20; this copies natively.)
    const head = Buffer.copyBytesFrom(res.body, 0, Math.min(res.body.length, WALL_SCAN_BYTES));
    const walled = () => WALL_PAGE.test(head.toString('latin1'));
    const page = await deps.extractor
      .run({ body: res.body, contentType: res.contentType, feedLang: job.feedLang })
      .catch((err: unknown) => {
        throw isAppError(err, 'NO_ARTICLE') && !SLOW_EXTRACTION.test(errorMessage(err)) && walled() ? new ShortPage(true) : err;
      });
    const text = visibleText(page.text.slice(0, MAX_TEXT_CHARS)).trim();
    const count = words(text);
    const feedWords = words(job.feedText);
    if (count < WALL_MAX_WORDS && (WALL.test(text) || (count <= feedWords && walled()))) throw new ShortPage(true);
    if (count <= feedWords) throw new ShortPage(false);
    return {
      ...base,
      ok: true,
      text,
      lang: page.lang,
      contentHash: contentHash(job.title, text),
    };
  } catch (err) {
    const { code, reason, transient } = pageProblem(err, deps.limits);
    const now = deps.now();
    const retryAt = nextPageTry(transient, base.tries, now);
    return { ...base, ok: false, code, message: reason + retryNote(transient, base.tries, retryAt, now), retryAt };
  }
}

export interface PageQueue {
  /** Starts fetching the page now; its result waits for `settle`. */
  add(job: PageJob): void;
  /** Every added page's result, once all are done. */
  settle(): Promise<PageResult[]>;
}

/** A poll cycle's pages: started as their feeds are stored, read on the extraction threads the cycle is given. */
export function createPageQueue(deps: PageReaderDeps): PageQueue {
  const pending: Promise<PageResult>[] = [];
  return {
    add: (job) => void pending.push(readPage(deps, job)),
    settle: () => Promise.all(pending),
  };
}

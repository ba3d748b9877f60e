// The funding-round reader: articles not yet read are its queue. Each batch is read and its
// rounds saved in one transaction, so a crash re-reads a batch instead of losing it.
import type { EpochMs } from '../model.js';
import { extractRounds } from '../rounds/extract.js';
import { saveRounds } from '../rounds/save.js';
import { articlesUnreadForRounds, markRoundsRead } from '../store/articles.js';
import type { Store } from '../store/store.js';
import { DAY } from '../time.js';

export interface ReadRoundsReport {
  articles: number;
  rounds: number;
}

const BATCH = 200;
/** Older news (a feed's back catalogue when it is added) is marked read without reading it. */
const MAX_AGE_MS = 30 * DAY;

export async function readNewRounds(store: Store, now: EpochMs, maxBatches = 50): Promise<ReadRoundsReport> {
  const report: ReadRoundsReport = { articles: 0, rounds: 0 };
  for (let b = 0; b < maxBatches; b++) {
    const batch = await articlesUnreadForRounds(store.db, BATCH);
    if (batch.length === 0) break;
    await store.transaction(async (trx) => {
      for (const a of batch) {
        const reportedAt = a.published_at ?? a.first_seen_at;
        if (now - reportedAt > MAX_AGE_MS) continue;
        // The outlet's name stands for "we" in a company's own feed.
        const rounds = extractRounds(a.text, { published: a.published_at, title: a.title, site: a.outlet });
        if (rounds.length > 0) report.rounds += (await saveRounds(trx, { articleId: a.id, reportedAt, now, rounds })).length;
      }
      await markRoundsRead(
        trx,
        batch.map((a) => a.id),
        now,
      );
    });
    report.articles += batch.length;
  }
  return report;
}

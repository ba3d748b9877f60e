// A second process writing to the same store: `node --import tsx writer-process.ts '<json>'`.
// Prints the insert results as one JSON line. Used to race real writers against each other: it
// writes when the parent says go (test/helpers/barrier.ts).
import { insertArticleIfNew, type NewArticle } from '../../src/store/articles.js';
import { tryAcquireLease } from '../../src/store/leases.js';
import { openStore } from '../../src/store/store.js';
import { readyThenGo } from './barrier.js';

interface Job {
  options: { databaseUrl?: string; dataDir: string };
  articles?: NewArticle[];
  lease?: { name: string; owner: string; ttlMs: number; now: number };
}

const job = JSON.parse(process.argv[2]!) as Job;
const store = await openStore(job.options);
await readyThenGo();
try {
  const results = await Promise.all((job.articles ?? []).map((a) => store.transaction((trx) => insertArticleIfNew(trx, a))));
  const lease = job.lease
    ? await tryAcquireLease(store.db, job.lease.name, job.lease.owner, job.lease.ttlMs, job.lease.now)
    : null;
  process.stdout.write(`${JSON.stringify({ results, lease })}\n`);
} finally {
  await store.close();
}

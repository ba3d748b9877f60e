import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgres } from '../../../src/store/dialect.js';
import { pgProxy } from '../../helpers/pg-proxy.js';
import { PG_URL } from '../../helpers/stores.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe.skipIf(!PG_URL)('PostgreSQL connection lost mid-transaction', () => {
  it('rejects the transaction, keeps the process alive, and the next query reconnects', async () => {
    const proxy = await pgProxy(new URL(PG_URL!));
    cleanups.push(proxy.close);
    const { db } = openPostgres(proxy.url(PG_URL!), 2);
    cleanups.push(() => db.destroy());
    await sql`select 1`.execute(db);

    const lost = db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx);
      proxy.cut(); // the checked-out client loses its connection between two statements
      await sql`select 2`.execute(trx);
    });
    await expect(lost).rejects.toThrow(/connection|terminated/i);

    proxy.restore();
    const { rows } = await sql<{ x: number }>`select 3 as x`.execute(db);
    expect(rows).toEqual([{ x: 3 }]);
  });
});

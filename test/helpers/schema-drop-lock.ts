// The PostgreSQL advisory lock that keeps test runs from dropping schemas under a migration.
/**
 * An advisory lock key shared by every test run on the database: migrations hold it shared, and a
 * run's teardown holds it alone while it drops its schemas. Kysely's migrator reads every schema of
 * the database, so a schema dropped under it (by another run, or this one's end) fails the migration.
 */
export const SCHEMA_DROP_LOCK = 7_330_101;

// Runs once per `vitest run`: says out loud whether the PostgreSQL suites run, and gives the run's
// PostgreSQL schemas a common prefix so that they are dropped together at the end. Dropping a
// schema while another test migrates can fail that migration: Kysely's introspector reads every
// schema of the database, and a schema dropped under it raises "schema … does not exist": the
// drops wait for migrations in progress in any run (SCHEMA_DROP_LOCK).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { SCHEMA_DROP_LOCK } from './schema-drop-lock.js';

declare module 'vitest' {
  export interface ProvidedContext {
    schemaPrefix: string;
  }
}

export default function setup(project: TestProject): (() => Promise<void>) | undefined {
  const url = process.env.TEST_DATABASE_URL;
  const line = url
    ? `PostgreSQL suites: running against ${url.replace(/:[^:@/]*@/, ':***@')}`
    : 'PostgreSQL suites: SKIPPED (TEST_DATABASE_URL is not set; .ci/run sets it)';
  process.stdout.write(`\n${line}\n\n`);
  const prefix = `t_${randomBytes(3).toString('hex')}_`;
  project.provide('schemaPrefix', prefix);
  if (!url) return undefined;
  return async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // Waits for every migration in progress, in any run (see SCHEMA_DROP_LOCK).
      await client.query('select pg_advisory_lock($1)', [SCHEMA_DROP_LOCK]);
      const { rows } = await client.query<{ name: string }>(
        'select nspname as name from pg_namespace where starts_with(nspname, $1)',
        [prefix],
      );
      for (const { name } of rows) await client.query(`drop schema if exists ${name} cascade`);
    } finally {
      await client.end();
    }
  };
}

// Runs once per `vitest run`: says out loud whether the PostgreSQL suites run.
export default function setup(): void {
  const url = process.env.TEST_DATABASE_URL;
  const line = url
    ? `PostgreSQL suites: running against ${url.replace(/:[^:@/]*@/, ':***@')}`
    : 'PostgreSQL suites: SKIPPED (TEST_DATABASE_URL is not set; .ci/run sets it)';
  process.stdout.write(`\n${line}\n\n`);
}

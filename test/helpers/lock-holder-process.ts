// Another process holding the SQLite write lock: `node --import tsx lock-holder-process.ts <file>`
// opens the file, takes the write lock (BEGIN IMMEDIATE), prints "locked", and holds it until
// SIGTERM, then rolls back and exits.
import Database from 'better-sqlite3';

const db = new Database(process.argv[2]!);
db.pragma('busy_timeout = 10000');
db.exec('begin immediate');
process.stdout.write('locked\n');
const keepAlive = setInterval(() => undefined, 60_000);
process.on('SIGTERM', () => {
  db.exec('rollback');
  db.close();
  clearInterval(keepAlive);
  process.exit(0);
});

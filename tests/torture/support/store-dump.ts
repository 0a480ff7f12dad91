import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

/** A hash of every row of every table: equal before and after means the call wrote nothing. */
export function storeDump(db: Database.Database, leaveOut: readonly string[] = []): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables.filter((t) => !leaveOut.includes(t))) {
    hash.update(`\n#${table}\n`);
    for (const row of db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`).raw().iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest('hex');
}

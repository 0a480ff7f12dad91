import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { MigrationDriftError, StoreVersionError } from './errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export interface MigrationReport {
  from: number;
  to: number;
  /** Where the copy taken before migrating was written, if one was. */
  backupFile: string | null;
}

const LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  checksum   TEXT NOT NULL,
  applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
)`;

/**
 * Applies the migrations the file has not seen, each in its own transaction, and records each in
 * `schema_migrations` with a checksum (so an edited migration is caught) and in PRAGMA user_version.
 * A non-empty database is copied beside itself first (VACUUM INTO), so a failed upgrade loses nothing.
 */
export function migrate(
  db: Database.Database,
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationReport {
  const latest = migrations === MIGRATIONS ? LATEST_SCHEMA_VERSION : migrations.length;
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > latest) throw new StoreVersionError(file, from, latest);

  if (from > 0) checkApplied(db, migrations.slice(0, from));
  if (from === latest) return { from, to: from, backupFile: null };

  const backupFile = from > 0 && file !== ':memory:' ? copyBeforeMigrating(db, file, from) : null;
  db.exec(LEDGER);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, checksum) VALUES (?, ?, ?)');
  for (const m of migrations.slice(from)) {
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, m.checksum);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return { from, to: latest, backupFile };
}

function checkApplied(db: Database.Database, applied: readonly Migration[]): void {
  const rows = db.prepare('SELECT version, checksum FROM schema_migrations').all() as {
    version: number;
    checksum: string;
  }[];
  const byVersion = new Map(rows.map((r) => [r.version, r.checksum]));
  for (const m of applied) {
    const checksum = byVersion.get(m.version);
    if (checksum !== undefined && checksum !== m.checksum) throw new MigrationDriftError(m.version, m.name);
  }
}

function copyBeforeMigrating(db: Database.Database, file: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let target = `${file}.schema-${fromVersion}.${stamp}.bak`;
  for (let n = 2; existsSync(target); n++) target = `${file}.schema-${fromVersion}.${stamp}-${n}.bak`;
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

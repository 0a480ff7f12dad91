import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, type MigrationReport } from './migrate';

export type Db = Database.Database;

export interface OpenedStore {
  db: Db;
  file: string;
  migration: MigrationReport;
}

/**
 * Opens (creating if needed) the planner's SQLite file with the pragmas the app relies on, and brings its
 * schema up to date. Throws a StoreVersionError for a file written by a newer version of the app.
 */
export function openStore(file: string): OpenedStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    const migration = migrate(db, file);
    return { db, file, migration };
  } catch (error) {
    db.close();
    throw error;
  }
}

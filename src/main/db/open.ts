import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreOpenError, type RestoreHint } from './errors';
import { migrate, type MigrationReport } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { preflightStore } from './preflight';
import { acquireStoreLock, type StoreLock } from './store-lock';

export type Db = Database.Database;

export interface OpenedStore {
  db: Db;
  file: string;
  migration: MigrationReport;
}

export interface OpenOptions {
  /** Where the user can find a copy to go back to, named in the message for a damaged file. */
  restoreHint?: () => RestoreHint;
}

/**
 * The app's connection: every `db.transaction(fn)()` starts IMMEDIATE (takes the write lock at BEGIN, so two
 * writers never deadlock into SQLITE_BUSY halfway through a transaction), and closing it lets go of the file's
 * lock. `.deferred` stays available for a caller that only reads.
 */
class StoreConnection extends Database {
  private lock: StoreLock | null = null;

  holdLock(lock: StoreLock): void {
    this.lock = lock;
  }

  override transaction<F extends (...args: never[]) => unknown>(fn: F): Database.Transaction<F> {
    const made = super.transaction(fn);
    // better-sqlite3's variants are frozen functions; a plain wrapper carries the same four variants.
    const run = (...args: unknown[]) => (made.immediate as (...a: unknown[]) => unknown)(...args);
    return Object.assign(run, {
      default: made.immediate,
      deferred: made.deferred,
      immediate: made.immediate,
      exclusive: made.exclusive,
    }) as unknown as Database.Transaction<F>;
  }

  override close(): this {
    try {
      if (this.open) super.close();
    } finally {
      this.lock?.release();
      this.lock = null;
    }
    return this;
  }
}

function sqliteCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

/** A failure while preparing the file (WAL, migrations) in the user's words, not SQLite's. */
function openFailure(file: string, error: unknown): unknown {
  const code = sqliteCode(error);
  if (code.startsWith('SQLITE_READONLY')) return StoreOpenError.readOnly(file);
  if (code === 'SQLITE_FULL') return StoreOpenError.full(file);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return StoreOpenError.damaged(file);
  if (code.startsWith('SQLITE_BUSY')) return StoreOpenError.locked(file, null);
  if (code.startsWith('SQLITE_')) return StoreOpenError.unreadable(file, `the disk reported a problem (${code})`);
  return error;
}

/**
 * Opens (creating if needed) the planner's SQLite file for this process alone, with the pragmas the app relies
 * on, and brings its schema up to date. In order: take the file's lock (another planner working on it →
 * refused), look at it read-only (not SQLite, damaged, newer, read-only → refused, file untouched), then
 * open it for writing. Throws a StoreOpenError or StoreVersionError whose message is meant for the user.
 */
export function openStore(file: string, options: OpenOptions = {}): OpenedStore {
  if (file === ':memory:') return prepare(new StoreConnection(file), file);
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch {
    throw StoreOpenError.readOnly(file);
  }
  const lock = acquireStoreLock(file);
  let db: StoreConnection;
  try {
    preflightStore(file, LATEST_SCHEMA_VERSION, options.restoreHint);
    db = new StoreConnection(file);
  } catch (error) {
    lock.release({ forget: true });
    throw openFailure(file, error);
  }
  db.holdLock(lock);
  return prepare(db, file);
}

function prepare(db: StoreConnection, file: string): OpenedStore {
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    const migration = migrate(db, file);
    return { db, file, migration };
  } catch (error) {
    db.close();
    throw openFailure(file, error);
  }
}

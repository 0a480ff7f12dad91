import Database from 'better-sqlite3';
import { existsSync, rmSync } from 'node:fs';
import { StoreOpenError } from './errors';

/** The file beside a data file that says which process works on it. */
export function lockFileOf(file: string): string {
  return `${file}.lock`;
}

export interface StoreLock {
  readonly file: string;
  /** Lets go of the file. `forget`: also remove the lock file if this opening created it (a refused file leaves no trace). */
  release(options?: { forget?: boolean }): void;
}

function isBusy(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_BUSY');
}

/**
 * One writer per data file, across processes and within one.
 *
 * The lock is a small SQLite file beside the data file (`planner.sqlite.lock`) whose OS-level lock does the
 * work: the holder writes its process id into it and then keeps a read transaction open for as long as it
 * works on the data file. That SHARED lock lets others read who holds it but stops anyone else from writing
 * it, and the operating system drops it when the process ends in any way (a crash, `kill -9`, a power cut
 * for local disks), so a lock is never left stuck. A second planner, in another process or the same one,
 * fails to take the write lock at once (no waiting) and is refused with the holder's process id.
 */
export function acquireStoreLock(file: string, pid = process.pid): StoreLock {
  try {
    return takeLock(file, pid);
  } catch (error) {
    // A lock file that is not a lock (overwritten, cut short): no planner can be holding it, so it is made anew.
    if (!(error instanceof StoreOpenError) || !error.message.includes('lock file')) throw error;
    rmSync(lockFileOf(file), { force: true });
    return takeLock(file, pid);
  }
}

function takeLock(file: string, pid: number): StoreLock {
  const path = lockFileOf(file);
  const created = !existsSync(path);
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw lockFileProblem(file, error);
  }
  try {
    db.pragma('busy_timeout = 0');
    try {
      db.exec('BEGIN EXCLUSIVE');
    } catch (error) {
      if (isBusy(error)) throw StoreOpenError.locked(file, holderOf(db));
      throw error;
    }
    db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, since TEXT NOT NULL)');
    db.exec('DELETE FROM holder');
    db.prepare('INSERT INTO holder (pid, since) VALUES (?, ?)').run(pid, new Date().toISOString());
    db.exec('COMMIT');
    // Between COMMIT and this read another process may have taken the lock: who is recorded decides.
    db.pragma('busy_timeout = 2000');
    db.exec('BEGIN');
    const holder = holderOf(db);
    if (holder !== pid) {
      db.exec('COMMIT');
      throw StoreOpenError.locked(file, holder);
    }
  } catch (error) {
    db.close();
    if (error instanceof StoreOpenError) throw error;
    throw lockFileProblem(file, error);
  }
  let released = false;
  return {
    file: path,
    release({ forget = false } = {}) {
      if (released) return;
      released = true;
      if (db.inTransaction) db.exec('COMMIT');
      db.close();
      if (forget && created) rmSync(path, { force: true });
    },
  };
}

function holderOf(db: Database.Database): number | null {
  try {
    const row = db.prepare('SELECT pid FROM holder').get() as { pid: number } | undefined;
    return row?.pid ?? null;
  } catch {
    return null;
  }
}

function lockFileProblem(file: string, error: unknown): StoreOpenError {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EROFS') {
    return StoreOpenError.readOnly(file);
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return StoreOpenError.full(file);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return StoreOpenError.unreadable(file, `its lock file ${lockFileOf(file)} is damaged; delete that file (only the lock, not the data file) and try again`);
  }
  return StoreOpenError.unreadable(file, `its lock file ${lockFileOf(file)} could not be used`);
}

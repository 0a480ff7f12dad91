import Database from 'better-sqlite3';
import { accessSync, constants, existsSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreOpenError, StoreVersionError, type RestoreHint } from './errors';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

/** What the read-only look at a data file found: nothing there yet, or a readable store at this version. */
export type Preflight = { exists: false } | { exists: true; version: number };

function sqliteCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

function isWritable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
  } catch {
    return false;
  }
  // An administrator may write anything; a file marked read-only (no write bit) is still meant to stay as it is.
  return (statSync(path).mode & 0o222) !== 0;
}

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = readSync(fd, header, 0, 100, 0);
    return header.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/**
 * Looks at a data file WITHOUT writing to it, before the app opens it for writing: is it a SQLite file at all,
 * a version this app understands, intact (`PRAGMA quick_check`), and writable? Each refusal is a plain
 * StoreOpenError / StoreVersionError; the file is left byte for byte as it was (setting WAL mode or migrating
 * would rewrite its header, so those come only after this).
 */
export function preflightStore(file: string, latestVersion: number, hint?: () => RestoreHint): Preflight {
  const folder = dirname(file);
  if (!existsSync(file)) {
    if (existsSync(folder) && !isWritable(folder)) throw StoreOpenError.readOnly(file);
    return { exists: false };
  }
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    throw StoreOpenError.unreadable(file, `it cannot be read (${sqliteCode(error) || 'no access'})`);
  }
  if (!stats.isFile()) throw StoreOpenError.unreadable(file, 'it is a folder or a device, not a file');
  if (stats.size === 0) {
    // An empty file is what SQLite itself leaves before the first write: treat it as a new store.
    if (!isWritable(file) || !isWritable(folder)) throw StoreOpenError.readOnly(file);
    return { exists: false };
  }
  let header: Buffer;
  try {
    header = readHeader(file);
  } catch (error) {
    throw StoreOpenError.unreadable(file, `it cannot be read (${sqliteCode(error) || 'no access'})`);
  }
  if (header.length < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) throw StoreOpenError.notAStore(file, hint?.());

  let version: number;
  try {
    const probe = new Database(file, { readonly: true, fileMustExist: true });
    try {
      version = probe.pragma('user_version', { simple: true }) as number;
      if (version > latestVersion) throw new StoreVersionError(file, version, latestVersion);
      const check = probe.pragma('quick_check') as { quick_check: string }[];
      if (check.length !== 1 || check[0]!.quick_check !== 'ok') throw StoreOpenError.damaged(file, hint?.());
    } finally {
      probe.close();
    }
  } catch (error) {
    if (error instanceof StoreOpenError || error instanceof StoreVersionError) throw error;
    const code = sqliteCode(error);
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') throw StoreOpenError.damaged(file, hint?.());
    if (code === 'SQLITE_FULL') throw StoreOpenError.full(file);
    if (code.startsWith('SQLITE_READONLY')) throw StoreOpenError.readOnly(file);
    throw StoreOpenError.unreadable(file, `it could not be read (${code || 'unknown reason'})`);
  }
  if (!isWritable(file) || !isWritable(folder)) throw StoreOpenError.readOnly(file);
  return { exists: true, version };
}

import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import {
  backupSchedule,
  DEFAULT_BACKUP_SCHEDULE,
  type BackupEntry,
  type BackupKind,
  type BackupList,
  type BackupSchedule,
  type RestoreReport,
} from '../../../../shared/domain/backup';
import { settingsRepository } from '../../../db/repositories/settings';
import type { Db } from '../../../db/open';
import { storeFailureMessage, type RestoreHint } from '../../../db/errors';
import { DomainError } from '../../errors';
import { partialName } from './leftovers';
import { replaceStoreFrom } from './replace-store';
import { stageDatabaseFile, type StagedStore } from './staging';
import { summarize } from './store-tables';

export const BACKUP_SCHEDULE_KEY = 'backups.schedule';
/** Copies taken before restores are pruned to this many; copies made by hand are never deleted. */
const KEEP_BEFORE_RESTORE = 10;

const PATTERNS: { kind: BackupKind; pattern: RegExp }[] = [
  { kind: 'daily', pattern: /^planner-daily-(\d{4}-\d{2}-\d{2})\.sqlite$/ },
  { kind: 'manual', pattern: /^planner-manual-[\dT-]+\.sqlite$/ },
  { kind: 'before-restore', pattern: /^planner-before-restore-[\dT-]+\.sqlite$/ },
];

/** Where the copies of a data file live: a `backups` folder beside it. */
export function backupsFolder(file: string): string {
  return file === ':memory:' ? join(tmpdir(), 'planner-backups') : join(dirname(file), 'backups');
}

export function dailyBackupName(day: string): string {
  return `planner-daily-${day}.sqlite`;
}

function stamp(now: Date): string {
  return now.toISOString().slice(0, 19).replace(/:/g, '-');
}

function freeName(folder: string, base: string): string {
  let name = `${base}.sqlite`;
  for (let n = 2; existsSync(join(folder, name)); n++) name = `${base}-${n}.sqlite`;
  return name;
}

function kindOf(name: string, dataFile: string): BackupKind | null {
  if (name.startsWith(`${basename(dataFile)}.schema-`) && name.endsWith('.bak')) return 'before-upgrade';
  return PATTERNS.find((p) => p.pattern.test(name))?.kind ?? null;
}

/** Reads a copy's headline counts without changing it; null when it is not a readable planner store. */
function summaryOf(path: string): BackupEntry['summary'] {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return summarize(db);
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/** Whether the open store passes SQLite's full `integrity_check` (every page, index and constraint). */
export function storeIsIntact(db: Db): boolean {
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.length === 1 && rows[0]!.integrity_check === 'ok';
  } catch {
    return false;
  }
}

/** The refusal when a copy would copy damage: restore a good copy instead. */
export function damagedStoreRefusal(): DomainError {
  return new DomainError('STORE_ERROR', storeFailureMessage('SQLITE_CORRUPT').message.replace('so nothing was saved', 'so no copy was made'), {
    restore: true,
  });
}

/** Writes a copy under a hidden partial name, then renames it into place: a copy is whole or absent. */
function writeWhole(folder: string, name: string, write: (partial: string) => void): void {
  const partial = join(folder, partialName(name));
  rmSync(partial, { force: true });
  try {
    write(partial);
    renameSync(partial, join(folder, name));
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/**
 * Copies the open store into a file with SQLite's VACUUM INTO (a consistent snapshot, taken synchronously)
 * after a full integrity check: a damaged store is not copied over good copies.
 */
function snapshot(db: Db, file: string, base: string): string {
  if (!storeIsIntact(db)) throw damagedStoreRefusal();
  const folder = backupsFolder(file);
  mkdirSync(folder, { recursive: true });
  const name = freeName(folder, base);
  writeWhole(folder, name, (partial) => db.prepare('VACUUM INTO ?').run(partial));
  return name;
}

/**
 * The copy taken before a restore replaces the store. A damaged store cannot be VACUUMed, so it is copied
 * byte for byte instead (its last changes first written into the main file where SQLite can): the user can
 * always go back to what they had. Returns its file name in the backups folder.
 */
export function takeSafetyBackup(db: Db, file: string, now = new Date()): string {
  const base = `planner-before-restore-${stamp(now)}`;
  let name: string;
  if (storeIsIntact(db) || file === ':memory:') name = snapshot(db, file, base);
  else {
    const folder = backupsFolder(file);
    mkdirSync(folder, { recursive: true });
    name = freeName(folder, base);
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // The WAL is copied with the file below.
    }
    writeWhole(folder, name, (partial) => {
      copyFileSync(file, partial);
      if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${partial}-wal`);
    });
    if (existsSync(join(folder, `${partialName(name)}-wal`))) renameSync(join(folder, `${partialName(name)}-wal`), join(folder, `${name}-wal`));
  }
  prune(file, 'before-restore', KEEP_BEFORE_RESTORE);
  return name;
}

/** A restore: a safety copy of the current store, then its rows replaced by the staged ones; the staging goes. */
export function restoreStaged(db: Db, file: string, staged: StagedStore): RestoreReport {
  try {
    const safetyBackup = takeSafetyBackup(db, file);
    replaceStoreFrom(db, staged.file);
    return { summary: summarize(db), safetyBackup };
  } finally {
    staged.dispose();
  }
}

/** A copy counts as kept only when it holds a readable planner store: never an empty or cut-short file. */
function isGoodCopy(path: string): boolean {
  try {
    return statSync(path).size > 0 && summaryOf(path) !== null;
  } catch {
    return false;
  }
}

/**
 * Deletes the oldest good copies of one kind beyond `keep`, and empty copies (an interrupted write) of that kind.
 * Unreadable copies are never counted among the kept ones, so they cannot push a good copy out. Returns the
 * names deleted.
 */
export function prune(file: string, kind: BackupKind, keep: number): string[] {
  const folder = backupsFolder(file);
  if (!existsSync(folder)) return [];
  const names = readdirSync(folder)
    .filter((n) => kindOf(n, file) === kind)
    .sort()
    .reverse();
  const empty = names.filter((n) => statSync(join(folder, n)).size === 0);
  const good = names.filter((n) => !empty.includes(n) && isGoodCopy(join(folder, n)));
  const gone = [...good.slice(keep), ...empty];
  for (const n of gone) for (const part of ['', '-wal', '-shm']) rmSync(join(folder, n + part), { force: true });
  return gone;
}

/** The backups folder of a data file and its newest readable daily copy: named when the file cannot be opened. */
export function restoreHint(file: string): RestoreHint {
  const folder = backupsFolder(file);
  let newestCopy: string | null = null;
  if (existsSync(folder)) {
    const dailies = readdirSync(folder)
      .filter((n) => kindOf(n, file) === 'daily')
      .sort()
      .reverse();
    newestCopy = dailies.find((n) => isGoodCopy(join(folder, n))) ?? null;
  }
  return { folder, newestCopy: newestCopy && join(folder, newestCopy) };
}

export function readSchedule(db: Db): BackupSchedule {
  const parsed = backupSchedule.safeParse(settingsRepository(db).get(BACKUP_SCHEDULE_KEY));
  return parsed.success ? parsed.data : DEFAULT_BACKUP_SCHEDULE;
}

/** The database-file copies: list, make one now, restore one, and the rolling schedule's setting. */
export function backupFilesService(db: Db, file: string) {
  const folder = backupsFolder(file);

  /** The copies, newest first; with `only`, just that one (without reading every other copy's counts). */
  function entries(only?: string): (BackupEntry & { path: string })[] {
    const places = [folder, file === ':memory:' ? null : dirname(file)].filter((p): p is string => p !== null);
    const out: (BackupEntry & { path: string })[] = [];
    for (const place of places) {
      if (!existsSync(place)) continue;
      for (const name of readdirSync(place)) {
        const kind = kindOf(name, file);
        if (!kind || (kind === 'before-upgrade') !== (place !== folder) || (only !== undefined && name !== only)) continue;
        const path = join(place, name);
        const stats = statSync(path);
        out.push({ name, kind, path, createdAt: stats.mtime.toISOString(), bytes: stats.size, summary: summaryOf(path) });
      }
    }
    return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
  }

  /** Where a listed copy is; refuses a name that is not in the backups folder. */
  function pathOf(name: string): string {
    const entry = entries().find((e) => e.name === name);
    if (!entry) {
      throw new DomainError('NOT_FOUND', `There is no backup named “${name}” in ${folder} any more. Refresh the list and pick another.`, { id: name });
    }
    return entry.path;
  }

  return {
    list(): BackupList {
      return { directory: folder, schedule: readSchedule(db), backups: entries().map(({ path: _path, ...e }) => e) };
    },
    createNow(now = new Date()): BackupEntry {
      const name = snapshot(db, file, `planner-manual-${stamp(now)}`);
      const entry = entries(name)[0]!;
      const { path: _path, ...rest } = entry;
      return rest;
    },
    /** Replaces the store with a copy's rows (one transaction on the open connection), after a safety copy. */
    restore(name: string): RestoreReport {
      const entry = entries(name)[0];
      if (!entry) {
        throw new DomainError('NOT_FOUND', `There is no backup named “${name}” in ${folder} any more. Refresh the list and pick another.`, { id: name });
      }
      return restoreStaged(db, file, stageDatabaseFile(entry.path, name));
    },
    pathOf,
    setSchedule(patch: Partial<BackupSchedule>): BackupSchedule {
      return db.transaction(() => {
        const next = { ...readSchedule(db), ...patch };
        settingsRepository(db).put(BACKUP_SCHEDULE_KEY, next);
        return next;
      })();
    },
  };
}

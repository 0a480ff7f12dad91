import Database from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'date-fns';
import type { Db } from '../../../db/open';
import { backupsFolder, dailyBackupName, prune, readSchedule, storeIsIntact } from './backup-files';
import { partialName } from './leftovers';

export interface RollingBackups {
  /** Takes today's copy if it is due (enabled, not taken yet); resolves to its file name, or null. */
  runDue(): Promise<string | null>;
  stop(): void;
}

export interface RollingOptions {
  /** How often to look whether today's copy is due; the copy itself is taken once a day. */
  checkEveryMs?: number;
  now?: () => Date;
  log?: (message: string) => void;
}

/**
 * Daily copies of the data file with SQLite's online backup API (better-sqlite3 `db.backup()`): the copy is
 * made page by page between other work, so the app stays responsive, and it is consistent even while the app
 * writes. The newest `keep` daily copies are kept (a setting); older ones are deleted.
 */
export function startRollingBackups(db: Db, file: string, options: RollingOptions = {}): RollingBackups {
  const { checkEveryMs = 60 * 60 * 1000, now = () => new Date(), log = () => {} } = options;
  let running: Promise<string | null> | null = null;
  let stopped = false;

  async function takeIfDue(): Promise<string | null> {
    if (stopped || file === ':memory:' || !db.open) return null;
    const schedule = readSchedule(db);
    if (!schedule.enabled) return null;
    const folder = backupsFolder(file);
    const name = dailyBackupName(format(now(), 'yyyy-MM-dd'));
    const target = join(folder, name);
    if (existsSync(target)) return null;
    // A damaged store is not copied: its copy would push a good one out of the kept ones.
    if (!storeIsIntact(db)) {
      log('The daily backup was not taken: the data file failed its integrity check. Restore a copy from Settings → Backups.');
      return null;
    }
    mkdirSync(folder, { recursive: true });
    const partial = join(folder, partialName(name));
    try {
      await db.backup(partial);
      // The online backup keeps the source's WAL mode; a copy should be one self-contained file.
      const copy = new Database(partial);
      copy.pragma('journal_mode = DELETE');
      copy.close();
      renameSync(partial, target);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
    const removed = prune(file, 'daily', schedule.keep);
    log(`Daily backup written: ${target}${removed.length ? ` (removed ${removed.join(', ')})` : ''}`);
    return name;
  }

  function runDue(): Promise<string | null> {
    running ??= takeIfDue().finally(() => {
      running = null;
    });
    return running;
  }

  const check = () =>
    void runDue().catch((error: unknown) => log(`The daily backup failed: ${error instanceof Error ? error.message : String(error)}`));
  const timer = setInterval(check, checkEveryMs);
  timer.unref();
  const first = setTimeout(check, 5_000);
  first.unref();

  return {
    runDue,
    stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(first);
    },
  };
}

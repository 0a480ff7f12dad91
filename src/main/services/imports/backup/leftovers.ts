import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RESTORE_PREFIX = 'planner-restore-';
/** A restore's staging folder older than this is stale even when its process id is taken by another process. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/** The prefix of this process's restore staging folders in the temp dir: `planner-restore-<pid>-XXXXXX`. */
export function restoreFolderPrefix(pid = process.pid): string {
  return join(tmpdir(), `${RESTORE_PREFIX}${pid}-`);
}

/** Copies are written under this name in the backups folder, then renamed into place. */
export function partialName(name: string): string {
  return `.${name}.partial`;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Restore staging folders left in the temp dir by restores that were interrupted (the app killed, the
 * machine off): those of processes that are gone, those without a process id (older versions) and any older
 * than a day. A running planner's folder is left alone. Returns the folders removed.
 */
export function removeStaleRestoreFolders(dir = tmpdir(), now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(RESTORE_PREFIX)) continue;
    const path = join(dir, name);
    try {
      const pid = /^planner-restore-(\d+)-/.exec(name)?.[1];
      const old = now - statSync(path).mtimeMs > STALE_AFTER_MS;
      if (pid !== undefined && processAlive(Number(pid)) && !old) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Someone else's folder we may not remove, or gone meanwhile: not ours to worry about.
    }
  }
  return removed;
}

/**
 * Half-written copies in a data file's backups folder (the app stopped while writing one). Only the process
 * holding the data file writes there, so at open every partial file is a leftover.
 */
export function removePartialCopies(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const gone = readdirSync(folder).filter((n) => n.startsWith('.') && n.endsWith('.partial'));
  for (const n of gone) for (const part of ['', '-wal', '-shm', '-journal']) rmSync(join(folder, n + part), { force: true });
  return gone;
}

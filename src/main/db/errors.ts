/** The file was written by a newer version of the app: it is never migrated downwards. */
export class StoreVersionError extends Error {
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `The data file ${file} was written by a newer version of the planner (schema ${fileVersion}; ` +
        `this version understands up to ${supportedVersion}). Update the app to open it, or choose another file. ` +
        `The file was not changed.`,
    );
    this.name = 'StoreVersionError';
  }
}

/** An applied migration was edited after it ran: the schema on disk may not be what the code expects. */
export class MigrationDriftError extends Error {
  constructor(readonly version: number, readonly migration: string) {
    super(
      `Migration ${String(version).padStart(3, "0")}_${migration} differs from the one that was applied to this file. ` +
        `Applied migrations must never be edited; add a new migration instead.`,
    );
    this.name = 'MigrationDriftError';
  }
}

/** Where a user who cannot use the data file can turn: the daily copies kept beside it. */
export interface RestoreHint {
  /** The backups folder beside the data file. */
  folder: string;
  /** The newest readable daily copy, if there is one. */
  newestCopy: string | null;
}

function restoreAdvice(hint?: RestoreHint): string {
  if (!hint) return 'Daily copies are kept in the “backups” folder beside the file.';
  if (!hint.newestCopy) return `No readable daily copy was found in ${hint.folder}.`;
  return `The newest readable daily copy is ${hint.newestCopy} (in ${hint.folder}).`;
}

/**
 * Refusals of a data file at open: each says what happened and what to do, in plain words, and the app has
 * changed nothing in the file (checked read-only before anything writes). `kind` lets a shell react.
 */
export class StoreOpenError extends Error {
  constructor(
    readonly kind: 'locked' | 'damaged' | 'not-a-store' | 'read-only' | 'full' | 'unreadable',
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }

  static locked(file: string, pid: number | null): StoreOpenError {
    const who = pid === null ? 'another planner window' : `another planner window (process ${pid})`;
    return new StoreOpenError(
      'locked',
      file,
      `The data file ${file} is open in ${who}. Only one window can work on a data file at a time, so edits cannot ` +
        `be lost between them. Switch to that window, or close it and start the planner again. The file was not changed.`,
    );
  }

  static damaged(file: string, hint?: RestoreHint): StoreOpenError {
    return new StoreOpenError(
      'damaged',
      file,
      `The data file ${file} is damaged: some of its pages cannot be read (a disk fault or a copy cut short). ` +
        `The planner did not open it and did not change it. ${restoreAdvice(hint)} To go back to a copy: close ` +
        `the planner, move the damaged file aside (keep it), copy the daily copy to ${file}, and start the planner ` +
        `again; then Settings → Backups lists every copy.`,
    );
  }

  static notAStore(file: string, hint?: RestoreHint): StoreOpenError {
    return new StoreOpenError(
      'not-a-store',
      file,
      `The file ${file} is not a planner data file (it does not start like one: another kind of file, or its ` +
        `beginning is overwritten). The planner did not open it and did not change it. ${restoreAdvice(hint)} ` +
        `Choose the right file, or move this one aside and copy a daily copy in its place.`,
    );
  }

  static readOnly(file: string): StoreOpenError {
    return new StoreOpenError(
      'read-only',
      file,
      `The data file ${file} (or its folder) is read-only, so the planner could not save anything to it. ` +
        `Make the file and its folder writable (file properties / permissions), or copy it to a writable folder, ` +
        `then start the planner again. The file was not changed.`,
    );
  }

  static full(file: string): StoreOpenError {
    return new StoreOpenError(
      'full',
      file,
      `The disk holding ${file} is full, so the planner could not prepare the data file. Free some space ` +
        `(empty the trash, remove old daily copies in the backups folder), then start the planner again. ` +
        `The file was not changed.`,
    );
  }

  static unreadable(file: string, why: string): StoreOpenError {
    return new StoreOpenError(
      'unreadable',
      file,
      `The planner could not open the data file ${file}: ${why}. Check that the file exists and that you may ` +
        `read and write it, then start the planner again. The file was not changed.`,
    );
  }
}

/** What a user is told when the store refuses a change while the app runs; never SQLite's own words. */
export function storeFailureMessage(code: string): { message: string; restore: boolean } {
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return {
      message:
        'The data file is damaged: part of it cannot be read, so nothing was saved. Open Settings → Backups and ' +
        'restore the newest daily copy (a copy of the current file is kept first).',
      restore: true,
    };
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return {
      message:
        'The data file has become read-only (its permissions changed, or the disk was mounted read-only), so nothing ' +
        'was saved. Make it writable and restart the planner; Settings → Backups shows where the file and its copies are.',
      restore: false,
    };
  }
  if (code === 'SQLITE_FULL') {
    return {
      message:
        'The disk holding the data file is full, so nothing was saved. Free some space (old copies in the backups ' +
        'folder can go: Settings → Backups shows where they are), then try again.',
      restore: false,
    };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return {
      message: 'The data file was busy with another change and this one could not wait any longer. Nothing was saved; try again.',
      restore: false,
    };
  }
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN')) {
    return {
      message:
        'The data file could not be read or written (the disk or network drive reported an error). Nothing was saved. ' +
        'Check the drive, then try again; Settings → Backups has daily copies.',
      restore: true,
    };
  }
  return { message: 'The data file refused the change. Nothing was saved.', restore: false };
}

import Database from 'better-sqlite3';
import type { JobOperation } from '../../shared/api/operations/jobs';
import type { ParsedInput } from '../../shared/api/contract';
import type { NiceFramework } from '../../shared/domain/nice-framework';
import type { Db } from '../db/open';
import { jsonBackupService, readBackup } from '../services/imports/backup/json-backup';
import { stageDatabaseFile, stageJsonBackup } from '../services/imports/backup/staging';
import { csvImportService, type CsvReading, type JobProgress } from '../services/imports/csv/csv-import-service';
import { niceImportService, readNiceFile } from '../services/imports/nice/nice-import-service';

/**
 * The part of an import or restore that reads the file: run in the import worker (a worker thread), on a
 * copy of the store (`snapshot`, from `db.serialize()`), so the main thread keeps answering. What needs the
 * real store (writing) is finished on the main thread with what this returns.
 */
export type WorkRequest =
  | { operation: 'csv.preview'; input: ParsedInput<'csv.preview'>; snapshot?: Uint8Array }
  | { operation: 'csv.import'; input: ParsedInput<'csv.import'>; snapshot?: Uint8Array }
  | { operation: 'nice.inspect'; input: ParsedInput<'nice.inspect'>; snapshot?: Uint8Array }
  | { operation: 'nice.import'; input: ParsedInput<'nice.import'> }
  | { operation: 'backup.inspect'; input: ParsedInput<'backup.inspect'> }
  | { operation: 'backup.restore'; input: ParsedInput<'backup.restore'> }
  | { operation: 'backups.restore'; input: ParsedInput<'backups.restore'>; path: string };

/** What the worker hands back: the operation's result, or what the main thread needs to finish it. */
export type WorkResult =
  | { kind: 'result'; value: unknown }
  | { kind: 'csv-reading'; reading: CsvReading }
  | { kind: 'nice-framework'; framework: NiceFramework }
  | { kind: 'staged'; file: string };

export type { JobOperation };

/** A copy of the store in memory, opened from its serialized bytes. */
function openSnapshot(bytes: Uint8Array): Db {
  const image = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The store runs in WAL mode, which an in-memory database cannot open: mark the image as a rollback-journal
  // file (header bytes 18–19, the read and write format versions) before opening it.
  if (image[18] === 2) image[18] = 1;
  if (image[19] === 2) image[19] = 1;
  return new Database(image);
}

function withSnapshot<T>(bytes: Uint8Array | undefined, work: (db: Db) => T, live?: Db): T {
  // Inline (no worker thread): the live store itself; these operations only read it.
  if (live) return work(live);
  if (!bytes) throw new Error('A job that reads the store needs a copy of it.');
  const db = openSnapshot(bytes);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

export function runWork(request: WorkRequest, progress: JobProgress, live?: Db): WorkResult {
  switch (request.operation) {
    case 'csv.preview':
      return { kind: 'result', value: withSnapshot(request.snapshot, (db) => csvImportService(db).preview(request.input, progress), live) };
    case 'csv.import':
      return { kind: 'csv-reading', reading: withSnapshot(request.snapshot, (db) => csvImportService(db).readForImport(request.input, progress), live) };
    case 'nice.inspect':
      progress(10, 'Reading the NICE file');
      return { kind: 'result', value: withSnapshot(request.snapshot, (db) => niceImportService(db).inspect(request.input.content), live) };
    case 'nice.import': {
      progress(10, 'Reading the NICE file');
      return { kind: 'nice-framework', framework: readNiceFile(request.input.content) };
    }
    case 'backup.inspect': {
      progress(10, 'Checking the backup');
      const db = new Database(':memory:');
      try {
        return { kind: 'result', value: jsonBackupService(db, ':memory:', '').inspect(request.input.content) };
      } finally {
        db.close();
      }
    }
    case 'backup.restore': {
      progress(5, 'Checking the backup');
      const backup = readBackup(request.input.content);
      progress(30, 'Laying out the backup’s tables and checking every row');
      return { kind: 'staged', file: stageJsonBackup(backup).file };
    }
    case 'backups.restore':
      progress(10, 'Copying and checking the backup');
      return { kind: 'staged', file: stageDatabaseFile(request.path, request.input.name).file };
  }
}

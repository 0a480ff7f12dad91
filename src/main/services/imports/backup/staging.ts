import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BackupFile } from '../../../../shared/domain/backup';
import { StoreVersionError } from '../../../db/errors';
import { migrate } from '../../../db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../db/migrations';
import { openStore, type Db } from '../../../db/open';
import { DomainError } from '../../errors';
import { describeStagedRowProblem, firstStagedRowProblem, type RowLocator } from './staged-rows';
import { dataTables, columnsOf, quoteId } from './store-tables';
import { restoreFolderPrefix } from './leftovers';

/** A backup laid out as a planner store at the app's schema version, in a temporary folder. */
export interface StagedStore {
  file: string;
  dispose(): void;
}

function refuse(message: string): DomainError {
  return new DomainError('INVALID_INPUT', `${message} Nothing was changed.`, { fields: [{ path: ['content'], message }] });
}

function stagingFolder() {
  const dir = mkdtempSync(restoreFolderPrefix());
  return { file: join(dir, 'staging.sqlite'), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A staging file made elsewhere (by the import worker), owned from now on: disposing removes its folder. */
export function stagedAt(file: string): StagedStore {
  return { file, dispose: () => rmSync(dirname(file), { recursive: true, force: true }) };
}

/**
 * Brings a staged store up to the app's schema (a backup may be older), then checks its references and every
 * row against the same rules as the API (a row the planner would refuse must not come in by a restore).
 */
function finish(db: Db, file: string, locate?: RowLocator): void {
  migrate(db, file);
  const broken = db.prepare('PRAGMA foreign_key_check').all() as { table: string; parent: string }[];
  if (broken.length > 0) {
    throw refuse(`The backup is damaged: ${broken.length} rows of “${broken[0]!.table}” point at missing “${broken[0]!.parent}” rows.`);
  }
  const problem = firstStagedRowProblem(db);
  if (problem) throw refuse(`The backup holds a row the planner refuses: ${describeStagedRowProblem(problem, locate)}`);
}

/** Finds a row of a JSON backup's table by its id, as a 1-based row number. */
function rowLocator(backup: BackupFile): RowLocator {
  return (table, key) => {
    const t = backup.tables[table];
    const at = t?.columns.indexOf('id') ?? -1;
    if (!t || at < 0) return undefined;
    const index = t.rows.findIndex((r) => String(r[at]) === String(key));
    return index >= 0 ? index + 1 : undefined;
  };
}

/**
 * Writes the tables of a JSON backup into a fresh store built by the migrations of the backup's own schema
 * version (so its columns fit), then migrates it to the current version like any older data file.
 */
export function stageJsonBackup(backup: BackupFile): StagedStore {
  const staged = stagingFolder();
  const db = new Database(staged.file);
  try {
    migrate(db, staged.file, MIGRATIONS.slice(0, backup.schemaVersion));
    // Tables are filled in any order; references are checked once all rows are in (finish()).
    db.pragma('foreign_keys = OFF');
    const known = new Set(dataTables(db));
    // A backup holds every table of its version: one with only “settings” would restore as an empty store.
    const missing = [...known].filter((t) => !(t in backup.tables));
    if (missing.length > 0) {
      throw refuse(
        `The backup lacks ${missing.length === 1 ? 'the table' : `${missing.length} tables`} ${missing.map((t) => `“${t}”`).join(', ')} that data version ${backup.schemaVersion} has: it is cut short or not a whole backup.`,
      );
    }
    db.transaction(() => {
      for (const [table, { columns, rows }] of Object.entries(backup.tables)) {
        if (!known.has(table)) throw refuse(`The backup has a table “${table}” that data version ${backup.schemaVersion} does not have: it is damaged or not from this planner.`);
        const have = new Set(columnsOf(db, table));
        const unknown = columns.find((c) => !have.has(c));
        if (unknown) throw refuse(`The backup’s table “${table}” has a column “${unknown}” the planner does not know: it is damaged or not from this planner.`);
        const insert = db.prepare(`INSERT INTO ${quoteId(table)} (${columns.map(quoteId).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
        rows.forEach((row, i) => {
          if (row.length !== columns.length) throw refuse(`Row ${i + 1} of “${table}” in the backup has ${row.length} values for ${columns.length} columns: the file is damaged.`);
          try {
            insert.run(row);
          } catch (error) {
            throw refuse(`Row ${i + 1} of “${table}” in the backup cannot be restored (${error instanceof Error ? error.message : String(error)}): the file is damaged.`);
          }
        });
      }
    })();
    finish(db, staged.file, rowLocator(backup));
    db.close();
    return staged;
  } catch (error) {
    if (db.open) db.close();
    staged.dispose();
    throw error;
  }
}

/** Copies a database-file backup aside and opens the copy as a store (migrating it if it is older). */
export function stageDatabaseFile(path: string, name: string): StagedStore {
  const staged = stagingFolder();
  try {
    copyFileSync(path, staged.file);
    let db: Db;
    try {
      const probe = new Database(staged.file, { readonly: true, fileMustExist: true });
      const version = probe.pragma('user_version', { simple: true }) as number;
      const hasLedger = probe.prepare("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'").get() !== undefined;
      probe.close();
      if (version === 0 || !hasLedger) throw refuse(`“${name}” is not a planner data file.`);
      db = openStore(staged.file).db;
    } catch (error) {
      if (error instanceof DomainError) throw error;
      if (error instanceof StoreVersionError) {
        throw refuse(`“${name}” was written by a newer version of the planner (data version ${error.fileVersion}; this app knows up to ${LATEST_SCHEMA_VERSION}). Update the app to restore it.`);
      }
      // Not SQLite's words (“file is not a database”): what it means for this copy.
      throw refuse(`“${name}” is damaged or is not a planner data file, so it cannot be restored. Pick another copy.`);
    }
    try {
      finish(db, staged.file);
    } finally {
      db.close();
    }
    return staged;
  } catch (error) {
    staged.dispose();
    throw error;
  }
}

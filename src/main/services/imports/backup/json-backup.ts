import { createHash } from 'node:crypto';
import {
  backupFile,
  backupHeader,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  type BackupFile,
  type BackupInspection,
  type BackupTable,
  type RestoreReport,
} from '../../../../shared/domain/backup';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import { isWellFormedText, LONE_SURROGATE_MESSAGE } from '../../../../shared/domain/text';
import type { ExportedFile } from '../../../../shared/domain/csv-import';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import type { Db } from '../../../db/open';
import { DomainError } from '../../errors';
import { restoreStaged } from './backup-files';
import { stageJsonBackup } from './staging';
import { columnsOf, dataTables, summarize, summaryFrom, tableRows } from './store-tables';

export function tablesChecksum(tables: Record<string, BackupTable>): string {
  return `sha256:${createHash('sha256').update(canonicalJson(tables)).digest('hex')}`;
}

function refuse(message: string): DomainError {
  return new DomainError('INVALID_INPUT', `${message} Nothing was changed.`, { fields: [{ path: ['content'], message }] });
}

/** Reads and checks a JSON backup: its format, version, checksum and counts. Throws a refusal that says why. */
export function readBackup(content: string): BackupFile {
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    throw refuse('This file is not a planner backup: it is not JSON (it may be cut short).');
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw refuse('This file is not a planner backup: it lacks the planner’s backup format mark. Pick a file made with Export → Back up everything.');
  }
  const header = backupHeader.safeParse(json);
  if (!header.success) throw refuse(`The backup is damaged: ${header.error.issues[0]?.path.join('.')} ${header.error.issues[0]?.message}`);
  const { formatVersion, schemaVersion, appVersion } = header.data;
  if (formatVersion > BACKUP_FORMAT_VERSION || schemaVersion > LATEST_SCHEMA_VERSION) {
    throw refuse(`This backup was made by a newer version of the planner (${appVersion}, data version ${schemaVersion}). Update the app to restore it.`);
  }
  const parsed = backupFile.safeParse(json);
  if (!parsed.success) throw refuse(`The backup is damaged: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
  const backup = parsed.data;
  if (tablesChecksum(backup.tables) !== backup.checksum) {
    throw refuse('The backup is damaged: its checksum does not match its contents (the file was changed or cut short).');
  }
  for (const [table, { columns, rows }] of Object.entries(backup.tables)) {
    if (backup.counts[table] !== rows.length) {
      throw refuse(`The backup is damaged: it says “${table}” has ${backup.counts[table] ?? 0} rows but holds ${rows.length}.`);
    }
    // SQLite would store a lone surrogate as U+FFFD: refused here, before anything is written, as the API refuses it.
    for (const [i, row] of rows.entries()) {
      const at = row.findIndex((cell) => typeof cell === 'string' && !isWellFormedText(cell));
      if (at >= 0) throw refuse(`The backup holds a row the planner refuses: table “${table}”, row ${i + 1}, field ${columns[at] ?? at + 1} ${LONE_SURROGATE_MESSAGE}`);
    }
  }
  return backup;
}

/** The whole store as one JSON file, and back. */
export function jsonBackupService(db: Db, file: string, appVersion: string) {
  return {
    export(now = new Date()): ExportedFile & { summary: ReturnType<typeof summarize> } {
      return db.transaction(() => {
        const tables: Record<string, BackupTable> = {};
        const counts: Record<string, number> = {};
        for (const table of dataTables(db)) {
          const columns = columnsOf(db, table);
          const rows = tableRows(db, table, columns) as BackupTable['rows'];
          tables[table] = { columns, rows };
          counts[table] = rows.length;
        }
        const backup: BackupFile = {
          format: BACKUP_FORMAT,
          formatVersion: BACKUP_FORMAT_VERSION,
          createdAt: now.toISOString(),
          appVersion,
          schemaVersion: db.pragma('user_version', { simple: true }) as number,
          counts,
          checksum: tablesChecksum(tables),
          tables,
        };
        const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
        const content = JSON.stringify(backup);
        return { fileName: `planner-backup-${stamp}.json`, content, rows: Object.values(counts).reduce((a, b) => a + b, 0), summary: summarize(db) };
      })();
    },

    inspect(content: string): BackupInspection {
      const backup = readBackup(content);
      return {
        createdAt: backup.createdAt,
        appVersion: backup.appVersion,
        schemaVersion: backup.schemaVersion,
        summary: summaryFrom((table) => backup.counts[table] ?? 0),
        tables: Object.keys(backup.tables).length,
      };
    },

    /** Replaces the store with the backup, after copying the current store into the backups folder. */
    restore(content: string): RestoreReport {
      return restoreStaged(db, file, stageJsonBackup(readBackup(content)));
    },
  };
}

import type { Db } from '../../../db/open';
import { DomainError } from '../../errors';
import { columnsOf, dataTables, quoteId, virtualTables } from './store-tables';

/**
 * Replaces every data table of the open store with the rows of a staging file (a planner store at the app's
 * schema version), in ONE transaction on the open connection: the file is never swapped under the
 * connection, so the desktop app and the browser host keep running, and a failure leaves the store as it was.
 */
export function replaceStoreFrom(db: Db, stagingFile: string): void {
  db.prepare('ATTACH DATABASE ? AS staging').run(stagingFile);
  try {
    const stagingTables = new Set(dataTables(db, 'staging'));
    const tables = dataTables(db);
    db.transaction(() => {
      // Checked at commit, once every table holds its new rows.
      db.pragma('defer_foreign_keys = ON');
      for (const table of tables) db.prepare(`DELETE FROM main.${quoteId(table)}`).run();
      for (const table of tables.filter((t) => stagingTables.has(t))) {
        const staged = new Set(columnsOf(db, table, 'staging'));
        const columns = columnsOf(db, table).filter((c) => staged.has(c)).map(quoteId).join(', ');
        db.prepare(`INSERT INTO main.${quoteId(table)} (${columns}) SELECT ${columns} FROM staging.${quoteId(table)}`).run();
      }
      const broken = db.prepare('PRAGMA main.foreign_key_check').all() as { table: string; parent: string }[];
      if (broken.length > 0) {
        throw new DomainError(
          'INVALID_INPUT',
          `The backup is damaged: ${broken.length} rows of “${broken[0]!.table}” point at missing “${broken[0]!.parent}” rows. Nothing was changed.`,
        );
      }
      for (const table of virtualTables(db)) {
        try {
          db.prepare(`INSERT INTO main.${quoteId(table)} (${quoteId(table)}) VALUES ('rebuild')`).run();
        } catch {
          // Not a full-text index that rebuilds from a content table: it holds its own rows and was left out.
        }
      }
    })();
  } finally {
    db.prepare('DETACH DATABASE staging').run();
  }
}

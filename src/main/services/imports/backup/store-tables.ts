import type { StoreSummary } from '../../../../shared/domain/backup';
import type { Db } from '../../../db/open';

/** Tables that hold the store's bookkeeping, not the user's data: never backed up or restored. */
const BOOKKEEPING = new Set(['schema_migrations']);

interface TableInfo {
  name: string;
  type: string;
  wr: number;
}

/**
 * The tables that hold data, in a stable order: every ordinary table but SQLite's own and the migrations
 * ledger. Virtual tables (full-text indexes) and their shadow tables are derived data, rebuilt, not copied.
 */
export function dataTables(db: Db, schema = 'main'): string[] {
  return (db.prepare(`PRAGMA ${schema}.table_list`).all() as TableInfo[])
    .filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_') && !BOOKKEEPING.has(t.name))
    .map((t) => t.name)
    .sort();
}

/** Full-text (virtual) tables, rebuilt from their content tables after a restore. */
export function virtualTables(db: Db, schema = 'main'): string[] {
  return (db.prepare(`PRAGMA ${schema}.table_list`).all() as TableInfo[]).filter((t) => t.type === 'virtual').map((t) => t.name);
}

export function columnsOf(db: Db, table: string, schema = 'main'): string[] {
  return (db.prepare(`PRAGMA ${schema}.table_xinfo(${quoteId(table)})`).all() as { name: string; hidden: number }[])
    .filter((c) => c.hidden === 0)
    .map((c) => c.name);
}

export function quoteId(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Every row of a table, in insertion order, as arrays in the order of `columns`. */
export function tableRows(db: Db, table: string, columns: readonly string[], schema = 'main'): unknown[][] {
  const withoutRowid = (db.prepare(`PRAGMA ${schema}.table_list(${quoteId(table)})`).get() as TableInfo | undefined)?.wr === 1;
  const order = withoutRowid ? '' : ' ORDER BY rowid';
  return db
    .prepare(`SELECT ${columns.map(quoteId).join(', ')} FROM ${schema}.${quoteId(table)}${order}`)
    .raw()
    .all() as unknown[][];
}

/** The headline counts of a store (or an attached one); a table the store lacks counts 0. */
export function summarize(db: Db, schema = 'main'): StoreSummary {
  const tables = new Set(dataTables(db, schema));
  return summaryFrom((table) =>
    tables.has(table) ? (db.prepare(`SELECT COUNT(*) AS n FROM ${schema}.${quoteId(table)}`).get() as { n: number }).n : 0,
  );
}

/** The headline counts from a count per table (a store's, or a backup file's). */
export function summaryFrom(count: (table: string) => number): StoreSummary {
  return {
    roles: count('roles'),
    skills: count('skills'),
    courses: count('courses'),
    members: count('members'),
    ratings: count('ratings'),
    plans: count('plans'),
  };
}

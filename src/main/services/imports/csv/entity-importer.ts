import type { z } from 'zod';
import type { CsvField, CsvMapping, CsvProblem } from '../../../../shared/domain/csv-import';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import { entityId } from '../../../../shared/domain/ids';
import type { ResolvedCsvOptions } from '../../../../shared/imports/csv-choices';
import type { CellResult } from './cells';
import type { Lookups } from './lookups';
import type { ValueResolver } from './value-resolver';

const ID_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** What every importer reads a file with: the catalog, the user's choices for unknown values, the file's settings. */
export interface ReadContext {
  lookups: Lookups;
  values: ValueResolver;
  options: ResolvedCsvOptions;
}

/** One data row as an entity importer reads it: mapped cells by field key, and a place to report problems. */
export class CsvRow {
  problemCount = 0;
  /** Fields with a problem reported: the schema's checks add nothing more on them (made at the first problem). */
  private reported: Set<string> | null = null;

  constructor(
    readonly row: number,
    private readonly cells: readonly string[],
    private readonly mapping: CsvMapping,
    private readonly fields: readonly CsvField[],
    private readonly headers: readonly string[],
    private readonly problems: { push(problem: CsvProblem): void },
  ) {}

  /** Whether the file has a column for this field. */
  mapped(key: string): boolean {
    return typeof this.mapping[key] === 'number';
  }

  /** The cell's text, trimmed; "" when the field is not in the file. */
  text(key: string): string {
    const index = this.mapping[key];
    return typeof index === 'number' ? (this.cells[index] ?? '').trim() : '';
  }

  has(key: string): boolean {
    return this.text(key) !== '';
  }

  column(key: string): string {
    const index = this.mapping[key];
    const header = typeof index === 'number' ? this.headers[index] : undefined;
    return header || this.fields.find((f) => f.key === key)?.label || key;
  }

  problem(key: string, message: string): void {
    this.problemCount++;
    (this.reported ??= new Set()).add(key);
    this.problems.push({ row: this.row, column: this.column(key), message });
  }

  /** The cell's value, or undefined with the reason reported. */
  value<T>(key: string, result: CellResult<T>): T | undefined {
    if (result.ok) return result.value;
    this.problem(key, result.message);
    return undefined;
  }

  /** A cell every row needs, read by `read`; an empty one is reported with `missing`. */
  required<T>(key: string, missing: string, read: (text: string) => CellResult<T>): T | undefined {
    if (!this.has(key)) {
      this.problem(key, missing);
      return undefined;
    }
    return this.value(key, read(this.text(key)));
  }

  /** An id given in the file must be one the planner accepts; reports it when not. */
  validId(key = 'id'): boolean {
    const id = this.text(key);
    // The id rule's shape first (the text is trimmed already); the schema answers for the rest.
    if (!id || (id.length <= 120 && ID_SHAPE.test(id)) || entityId.safeParse(id).success) return true;
    this.problem(key, `“${id}” is not a valid id: use letters, digits, dot, dash, colon or underscore.`);
    return false;
  }

  /**
   * Reports the first schema issue of each field on that field's column, but none on a field whose cell was
   * already reported; `fieldOf` names the CSV field of a schema property where they differ (hoursNote → hours_note).
   */
  schemaProblems(error: z.ZodError, fieldOf: Record<string, string> = {}): void {
    for (const issue of error.issues) {
      const property = String(issue.path[0] ?? '');
      const field = fieldOf[property] ?? property;
      if (this.reported?.has(field)) continue;
      this.problem(field, issue.message);
    }
  }
}

export interface ImportTally {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * What each entity (courses, skills, …) does with a file: read each row into what it would write (or report
 * why it cannot), check the rows against each other, and write the good ones. One instance per preview or
 * import; `write` runs inside the caller's transaction.
 */
export interface EntityImporter<P> {
  /** Sees every row first (e.g. skills note the ids and names a file defines, for prerequisites). */
  scan?(row: CsvRow): void;
  read(row: CsvRow): P | null;
  /** A key that is the same for two rows writing the same record (duplicate detection). */
  key(plan: P): string;
  describe(plan: P): string;
  isNew(plan: P): boolean;
  /** Checks across rows (references between them, cycles); returns the rows to drop, with their problems reported. */
  crossCheck?(plans: { plan: P; row: CsvRow }[]): Set<P>;
  /** Things the import does besides the rows, in the user's words. */
  notes(plans: readonly P[]): string[];
  write(plans: readonly P[]): ImportTally;
}

/** Compares what is stored with what a row would store, field by field; lists of skill links in any order. */
export function sameRecord(a: object, b: object): boolean {
  return canonicalJson(linksSorted(a)) === canonicalJson(linksSorted(b));
}

function linksSorted(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(linksSorted);
    const links = items.every((i) => i !== null && typeof i === 'object' && typeof (i as { skill?: unknown }).skill === 'string');
    return links ? [...(items as { skill: string }[])].sort((x, y) => (x.skill < y.skill ? -1 : x.skill > y.skill ? 1 : 0)) : items;
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, linksSorted(v)]));
  }
  return value;
}

/**
 * Writes each planned record that is new or differs from the stored one, and counts what happened.
 * `write(plan, isNew)` runs the insert or update.
 */
export function writeRecords<P extends { stored: object | undefined }>(
  plans: readonly P[],
  record: (plan: P) => object,
  write: (plan: P, isNew: boolean) => void,
): ImportTally {
  const tally = { added: 0, updated: 0, unchanged: 0 };
  for (const p of plans) {
    if (p.stored && sameRecord(p.stored, record(p))) {
      tally.unchanged++;
      continue;
    }
    write(p, !p.stored);
    tally[p.stored ? 'updated' : 'added']++;
  }
  return tally;
}

import {
  csvLayoutKey,
  csvMapping,
  CSV_FIELDS,
  guessCsvMapping,
  type CsvEntity,
  type CsvImportResult,
  type CsvMapping,
  type CsvPreview,
} from '../../../../shared/domain/csv-import';
import { parseCsvText } from '../../../../shared/domain/csv-text';
import { firstReplacementCharacter } from '../../../../shared/domain/text-file';
import { settingsRepository } from '../../../db/repositories/settings';
import type { Db } from '../../../db/open';
import { DomainError } from '../../errors';
import { coursesImporter } from './courses';
import { CsvRow, type EntityImporter } from './entity-importer';
import { loadLookups, type Lookups } from './lookups';
import { membersImporter } from './members';
import { ProblemLog } from './problem-log';
import { ratingsImporter } from './ratings';
import { requirementsImporter } from './requirements';
import { skillsImporter } from './skills';

/** Where mappings are remembered, per entity and file layout (the same columns in the same order). */
export const CSV_MAPPINGS_KEY = 'imports.csvMappings';
const REMEMBERED_LAYOUTS = 50;
const SAMPLE_ROWS = 5;

const IMPORTERS: Record<CsvEntity, (db: Db, lookups: Lookups) => EntityImporter<unknown>> = {
  courses: coursesImporter as (db: Db, lookups: Lookups) => EntityImporter<unknown>,
  skills: skillsImporter as (db: Db, lookups: Lookups) => EntityImporter<unknown>,
  requirements: requirementsImporter as (db: Db, lookups: Lookups) => EntityImporter<unknown>,
  members: membersImporter as (db: Db, lookups: Lookups) => EntityImporter<unknown>,
  ratings: ratingsImporter as (db: Db, lookups: Lookups) => EntityImporter<unknown>,
};

/** The column a duplicate is reported on: the id when the file has one, else the field that names the record. */
const DUPLICATE_FIELD: Record<CsvEntity, string> = {
  courses: 'title',
  skills: 'name',
  requirements: 'skill',
  members: 'name',
  ratings: 'rated_on',
};

/** Reports how far a long piece of work is: a percentage and what it is doing, in the user's words. */
export type JobProgress = (percent: number, stage: string) => void;

/** What reading a file for an import found: the preview and the rows to write (plain data, sent between threads). */
export interface CsvReading {
  preview: CsvPreview;
  valid: unknown[];
}

export interface CsvRequest {
  entity: CsvEntity;
  content: string;
  mapping?: CsvMapping | undefined;
}

/**
 * Text that reached the API with U+FFFD in it was decoded with the wrong encoding on the way (é and ü are gone):
 * refused with the reason instead of imported without a word. The renderer decodes Windows-1252 itself.
 */
function refuseUndecodedText(content: string): void {
  const at = firstReplacementCharacter(content);
  if (!at) return;
  const message =
    `Line ${at.line} has characters that could not be read (shown as “\uFFFD”): the file is not UTF-8 and was read as if it were. ` +
    'Save it as “CSV UTF-8” in the spreadsheet, or choose it again in the planner’s import panel, which reads Windows-1252 files too.';
  throw new DomainError('INVALID_INPUT', message, { fields: [{ path: ['content'], message }] });
}

/**
 * CSV import in two steps: a preview (mapping, first rows, every row-level problem) and the import of the
 * valid rows, which re-reads the file and writes in one transaction.
 */
export function csvImportService(db: Db) {
  const settings = settingsRepository(db);

  function rememberedMappings(): Record<string, CsvMapping> {
    const stored = settings.get(CSV_MAPPINGS_KEY);
    return stored && typeof stored === 'object' ? (stored as Record<string, CsvMapping>) : {};
  }

  function analyse({ entity, content, mapping: given }: CsvRequest, progress: JobProgress = () => {}) {
    refuseUndecodedText(content);
    progress(2, 'Reading the file');
    const parsed = parseCsvText(content);
    progress(30, 'Checking the rows');
    if (parsed.headers.length === 0) {
      throw new DomainError('INVALID_INPUT', 'The file is empty: it needs a header row naming the columns, then one row per record.', {
        fields: [{ path: ['content'], message: 'Empty file.' }],
      });
    }
    const layoutKey = `${entity}:${csvLayoutKey(parsed.headers)}`;
    const remembered = csvMapping.safeParse(rememberedMappings()[layoutKey]);
    const fields = CSV_FIELDS[entity];
    let mapping: CsvMapping;
    let mappingSource: CsvPreview['mappingSource'];
    if (given) [mapping, mappingSource] = [given, 'given'];
    else if (remembered.success) [mapping, mappingSource] = [remembered.data, 'remembered'];
    else [mapping, mappingSource] = [guessCsvMapping(entity, parsed.headers), 'guessed'];
    mapping = Object.fromEntries(fields.map((f) => [f.key, mapping[f.key] ?? null]));
    const outside = Object.entries(mapping).find(([, i]) => typeof i === 'number' && i >= parsed.headers.length);
    if (outside) {
      throw new DomainError('INVALID_INPUT', `The mapping points “${outside[0]}” at column ${outside[1]! + 1}, but the file has ${parsed.headers.length} columns.`, {
        fields: [{ path: ['mapping', outside[0]], message: 'No such column.' }],
      });
    }

    const problems = new ProblemLog();
    for (const p of parsed.problems) problems.push({ row: p.row, column: '', message: p.message });
    const brokenRows = new Set(parsed.problems.map((p) => p.row));
    for (const f of fields.filter((x) => x.required && mapping[x.key] === null)) {
      problems.push({ row: 1, column: f.label, message: `No column is mapped to “${f.label}”, which every row needs. Pick its column in the mapping.` });
    }
    const missingRequired = fields.some((f) => f.required && mapping[f.key] === null) || parsed.problems.some((p) => p.row === 1);
    const lookups = loadLookups(db);
    const importer = IMPORTERS[entity](db, lookups);
    const rows = parsed.rows.map((r) => new CsvRow(r.row, r.cells, mapping, fields, parsed.headers, problems));
    const plans: { plan: unknown; row: CsvRow }[] = [];
    let kept = plans;
    if (!missingRequired) {
      for (const row of rows) importer.scan?.(row);
      const seen = new Map<string, number>();
      const step = Math.max(1000, Math.ceil(rows.length / 50));
      for (const [i, row] of rows.entries()) {
        if (i % step === 0 && i > 0) progress(30 + Math.floor((60 * i) / rows.length), 'Checking the rows');
        if (brokenRows.has(row.row)) continue;
        const plan = importer.read(row);
        if (plan === null) continue;
        const key = importer.key(plan);
        const first = seen.get(key);
        if (first !== undefined) {
          row.problem(row.has('id') ? 'id' : DUPLICATE_FIELD[entity], `Duplicate: row ${first} already has ${importer.describe(plan)}.`);
          continue;
        }
        seen.set(key, row.row);
        plans.push({ plan, row });
      }
      progress(90, 'Checking the rows against each other');
      const dropped = importer.crossCheck?.(plans) ?? new Set();
      // Filtered into a new list: spreading 150,000 rows into splice() overflowed the call stack.
      kept = plans.filter((p) => !dropped.has(p.plan));
    }
    const valid = kept.map((p) => p.plan);
    const preview: CsvPreview = {
      entity,
      layoutKey,
      delimiter: parsed.delimiter,
      headers: parsed.headers,
      rowCount: parsed.rows.length,
      sampleRows: parsed.rows.slice(0, SAMPLE_ROWS).map((r) => r.cells),
      mapping,
      mappingSource,
      problems: problems.first(),
      problemCount: problems.count,
      problemKinds: problems.perKind(),
      validRows: valid.length,
      toAdd: valid.filter((p) => importer.isNew(p)).length,
      toUpdate: valid.filter((p) => !importer.isNew(p)).length,
      notes: importer.notes(valid),
    };
    return { preview, importer, valid };
  }

  function write(request: CsvRequest, { preview, valid }: CsvReading, importer: EntityImporter<unknown>): CsvImportResult {
    if (valid.length === 0) {
      throw new DomainError(
        'INVALID_INPUT',
        `No row of this file can be imported (${preview.problemCount.toLocaleString('en')} ${preview.problemCount === 1 ? 'problem' : 'problems'}). Fix the file or the mapping, then preview again.`,
        { problems: preview.problems.slice(0, 100) },
      );
    }
    const tally = importer.write(valid);
    // Re-inserted last, so the most recently used layouts are the ones kept.
    const { [preview.layoutKey]: _previous, ...others } = rememberedMappings();
    const mappings = { ...others, [preview.layoutKey]: preview.mapping };
    settings.put(CSV_MAPPINGS_KEY, Object.fromEntries(Object.entries(mappings).slice(-REMEMBERED_LAYOUTS)));
    return { entity: request.entity, ...tally, skipped: preview.rowCount - valid.length, notes: preview.notes };
  }

  return {
    preview: (request: CsvRequest, progress?: JobProgress): CsvPreview => analyse(request, progress).preview,

    /** Imports the rows without problems (all or none of them: one transaction) and remembers the mapping. */
    import(request: CsvRequest & { mapping: CsvMapping }): CsvImportResult {
      return db.transaction(() => {
        const { preview, importer, valid } = analyse(request);
        return write(request, { preview, valid }, importer);
      })();
    },

    /** Reads a file for an import without writing: the import worker runs it on a copy of the store. */
    readForImport(request: CsvRequest & { mapping: CsvMapping }, progress?: JobProgress): CsvReading {
      const { preview, valid } = analyse(request, progress);
      return { preview, valid };
    },

    /**
     * Writes what `readForImport` found, in one transaction. The caller vouches that the store has not changed
     * since the copy was taken (else it calls `import`, which reads again inside the transaction).
     */
    importRead(request: CsvRequest & { mapping: CsvMapping }, reading: CsvReading): CsvImportResult {
      return db.transaction(() => write(request, reading, IMPORTERS[request.entity](db, loadLookups(db))))();
    },
  };
}

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
import { CsvRow, type EntityImporter, type ReadContext } from './entity-importer';
import { categoriesRepository } from '../../../db/repositories/categories';
import { detectDateOrder, detectDecimalMark } from '../../../../shared/imports/cell-formats';
import { csvChoices, type CsvChoices, type ResolvedCsvOptions } from '../../../../shared/imports/csv-choices';
import { writeCreations } from './creations';
import { loadLookups, type Lookups } from './lookups';
import { creationNotes, ValueResolver, type Creation } from './value-resolver';
import { membersImporter } from './members';
import { ProblemLog } from './problem-log';
import { ratingsImporter } from './ratings';
import { requirementsImporter } from './requirements';
import { skillsImporter } from './skills';

/** Where mappings are remembered, per entity and file layout (the same columns in the same order). */
export const CSV_MAPPINGS_KEY = 'imports.csvMappings';
const REMEMBERED_LAYOUTS = 50;
const SAMPLE_ROWS = 5;

type Importer = (db: Db, ctx: ReadContext) => EntityImporter<unknown>;
const IMPORTERS: Record<CsvEntity, Importer> = {
  courses: coursesImporter as Importer,
  skills: skillsImporter as Importer,
  requirements: requirementsImporter as Importer,
  members: membersImporter as Importer,
  ratings: ratingsImporter as Importer,
};

/** Where the choices made in a preview (unknown values, file settings) are remembered, per layout like mappings. */
export const CSV_CHOICES_KEY = 'imports.csvChoices';

/** The columns whose cells tell how a file writes numbers, and dates. */
const NUMBER_FIELDS: Partial<Record<CsvEntity, string[]>> = { courses: ['hours', 'exam_hours', 'cost'], members: ['weekly_hours'] };
const DATE_FIELDS: Partial<Record<CsvEntity, string[]>> = { members: ['start_date'], ratings: ['rated_on'] };

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
  /** Entries the user chose to create from unknown values, written before the rows. */
  creations: Creation[];
}

export interface CsvRequest {
  entity: CsvEntity;
  content: string;
  mapping?: CsvMapping | undefined;
  choices?: CsvChoices | undefined;
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

  function rememberedChoices(): Record<string, unknown> {
    const stored = settings.get(CSV_CHOICES_KEY);
    return stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  }

  /** Remembers, last used last, a layout's entry in a setting that keeps the REMEMBERED_LAYOUTS most recent. */
  function remember(key: string, layoutKey: string, value: unknown, stored: Record<string, unknown>) {
    const { [layoutKey]: _previous, ...others } = stored;
    settings.put(key, Object.fromEntries(Object.entries({ ...others, [layoutKey]: value }).slice(-REMEMBERED_LAYOUTS)));
  }

  /** Each file setting as given, else detected from the file's cells, else by default. */
  function resolveOptions(entity: CsvEntity, choices: CsvChoices, cellsOf: (fields: string[]) => string[], delimiter: string, lookups: Lookups): ResolvedCsvOptions {
    const given = choices.options;
    const category = given.newSkillCategory && lookups.categories.get(given.newSkillCategory) ? given.newSkillCategory : null;
    return {
      decimal: given.decimal ?? detectDecimalMark(cellsOf(NUMBER_FIELDS[entity] ?? []), delimiter),
      dateOrder: given.dateOrder ?? detectDateOrder(cellsOf(DATE_FIELDS[entity] ?? [])),
      currency: given.currency ?? null,
      skillLevel: given.skillLevel ?? 'course',
      newSkillCategory: category ?? categoriesRepository(db).list()[0]?.id ?? null,
    };
  }

  function analyse({ entity, content, mapping: given, choices: givenChoices }: CsvRequest, progress: JobProgress = () => {}) {
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
    const rememberedMapping = csvMapping.safeParse(rememberedMappings()[layoutKey]);
    const fields = CSV_FIELDS[entity];
    let mapping: CsvMapping;
    let mappingSource: CsvPreview['mappingSource'];
    if (given) [mapping, mappingSource] = [given, 'given'];
    else if (rememberedMapping.success) [mapping, mappingSource] = [rememberedMapping.data, 'remembered'];
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
    const remembered = csvChoices.safeParse(rememberedChoices()[layoutKey]);
    const choices: CsvChoices = givenChoices ?? (remembered.success ? remembered.data : { options: {}, values: {} });
    const cellsOf = (keys: string[]) => {
      const cells: string[] = [];
      for (const k of keys) {
        const index = mapping[k];
        if (typeof index === 'number') for (const r of parsed.rows) cells.push(r.cells[index] ?? '');
      }
      return cells;
    };
    const options = resolveOptions(entity, choices, cellsOf, parsed.delimiter, lookups);
    const values = new ValueResolver(lookups, choices.values);
    const importer = IMPORTERS[entity](db, { lookups, values, options });
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
      options,
      values: choices.values,
      unknownValues: values.unknownValues(),
      entries: values.entriesOfUnknownKinds(),
      categories: categoriesRepository(db).list().map(({ id, name }) => ({ id, name })),
      problems: problems.first(),
      problemCount: problems.count,
      problemKinds: problems.perKind(),
      validRows: valid.length,
      toAdd: valid.filter((p) => importer.isNew(p)).length,
      toUpdate: valid.filter((p) => !importer.isNew(p)).length,
      notes: [...creationNotes(values.creations, lookups.categories.get(options.newSkillCategory ?? '')?.name ?? null), ...importer.notes(valid)],
    };
    return { preview, importer, valid, creations: values.creations, choices };
  }

  function write(request: CsvRequest, { preview, valid, creations }: CsvReading, importer: EntityImporter<unknown>): CsvImportResult {
    if (valid.length === 0) {
      throw new DomainError(
        'INVALID_INPUT',
        `No row of this file can be imported (${preview.problemCount.toLocaleString('en')} ${preview.problemCount === 1 ? 'problem' : 'problems'}). Fix the file or the mapping, then preview again.`,
        { problems: preview.problems.slice(0, 100) },
      );
    }
    // Only the creations rows still use are written: a row left out for another problem creates nothing.
    writeCreations(db, creations, preview.options.newSkillCategory);
    const tally = importer.write(valid);
    // Re-inserted last, so the most recently used layouts are the ones kept.
    remember(CSV_MAPPINGS_KEY, preview.layoutKey, preview.mapping, rememberedMappings());
    const { decimal, dateOrder, currency, skillLevel, newSkillCategory } = preview.options;
    const options = { decimal, dateOrder, currency, skillLevel, ...(newSkillCategory ? { newSkillCategory } : {}) };
    remember(CSV_CHOICES_KEY, preview.layoutKey, { options, values: preview.values }, rememberedChoices());
    return { entity: request.entity, ...tally, skipped: preview.rowCount - valid.length, notes: preview.notes };
  }

  return {
    preview: (request: CsvRequest, progress?: JobProgress): CsvPreview => analyse(request, progress).preview,

    /** Imports the rows without problems (all or none of them: one transaction) and remembers the mapping. */
    import(request: CsvRequest & { mapping: CsvMapping }): CsvImportResult {
      return db.transaction(() => {
        const { preview, importer, valid, creations } = analyse(request);
        return write(request, { preview, valid, creations }, importer);
      })();
    },

    /** Reads a file for an import without writing: the import worker runs it on a copy of the store. */
    readForImport(request: CsvRequest & { mapping: CsvMapping }, progress?: JobProgress): CsvReading {
      const { preview, valid, creations } = analyse(request, progress);
      return { preview, valid, creations };
    },

    /**
     * Writes what `readForImport` found, in one transaction. The caller vouches that the store has not changed
     * since the copy was taken (else it calls `import`, which reads again inside the transaction).
     */
    importRead(request: CsvRequest & { mapping: CsvMapping }, reading: CsvReading): CsvImportResult {
      return db.transaction(() => {
        const lookups = loadLookups(db);
        const values = new ValueResolver(lookups, reading.preview.values);
        return write(request, reading, IMPORTERS[request.entity](db, { lookups, values, options: reading.preview.options }));
      })();
    },
  };
}

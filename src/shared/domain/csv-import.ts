import { z } from 'zod';
import { catalogEntries, csvChoices, resolvedCsvOptions, unknownValue } from '../imports/csv-choices';

/** What a CSV file can bring in (and what the planner exports in the same layout). */
export const CSV_ENTITIES = ['courses', 'skills', 'requirements', 'members', 'ratings'] as const;
export type CsvEntity = (typeof CSV_ENTITIES)[number];

export const CSV_ENTITY_LABELS: Record<CsvEntity, string> = {
  courses: 'Courses',
  skills: 'Skills',
  requirements: 'Role requirements',
  members: 'Team members',
  ratings: 'Ratings',
};

export interface CsvField {
  /** The column name the planner exports, and the key of the mapping. */
  key: string;
  label: string;
  required: boolean;
  /** Other header names this field is recognised by (compared without case, spaces or punctuation). */
  aliases: readonly string[];
  /** What the cell holds, shown beside the mapping. */
  hint: string;
}

const f = (key: string, label: string, required: boolean, hint: string, ...aliases: string[]): CsvField => ({
  key,
  label,
  required,
  hint,
  aliases,
});

const LEVEL_LIST =
  'skill id or name (any case or punctuation), a level after a colon or the one chosen in the preview, e.g. “prompt-injection-defence:3; Threat modelling”';

const DATE_HINT = 'A date: 2026-03-31, 31/03/2026, 03/31/2026 or 31 March 2026 (the preview asks the order when both could be).';

export const CSV_FIELDS: Record<CsvEntity, readonly CsvField[]> = {
  courses: [
    f('id', 'Id', false, 'Keeps the course’s id; an existing id updates that course. Empty: a new course.', 'course id', 'code'),
    f('title', 'Title', true, 'The course title.', 'name', 'course', 'course title', 'course name'),
    f('provider', 'Provider', true, 'Who offers it.', 'vendor', 'organisation', 'organization', 'publisher'),
    f('kind', 'Kind', false, 'course, certification, lab or reading (default course).', 'type'),
    f('format', 'Format', false, 'self-paced, live-online, in-person or blended (default self-paced).', 'delivery', 'mode'),
    f('hours', 'Hours', true, 'Hours of study, 0 or more; a decimal comma or point as the preview shows.', 'duration', 'duration hours', 'approx hours', 'approximate hours'),
    f('hours_note', 'Hours note', false, 'Free text about the hours.', 'duration note'),
    f('exam_hours', 'Exam hours', false, 'Exam sitting time of a certification, 0 or more; empty if none.', 'exam duration', 'exam time'),
    f('cost', 'Cost', false, 'Price, 0 or more; empty if unknown.', 'price', 'fee'),
    f('currency', 'Currency', false, 'Three-letter code such as USD; empty: the currency chosen in the preview.'),
    f('url', 'URL', true, 'Web address starting with http:// or https://.', 'link', 'website', 'source url'),
    f('level', 'Level', false, 'beginner, intermediate or advanced (default intermediate).', 'difficulty'),
    f('teaches', 'Teaches', false, `Skills it brings learners to: ${LEVEL_LIST}.`, 'skills', 'skills taught'),
    f('requires', 'Requires', false, `Entry levels it needs: ${LEVEL_LIST}.`, 'prerequisites', 'entry requirements'),
  ],
  skills: [
    f('id', 'Id', false, 'Keeps the skill’s id; an existing id updates that skill. Empty: made from the name.', 'skill id'),
    f('name', 'Name', true, 'The skill’s name.', 'skill', 'skill name', 'title'),
    f('category', 'Category', true, 'Category id or name; a new name creates the category.', 'category name', 'group'),
    f('description', 'Description', false, 'What the skill covers.', 'details', 'statement'),
    f('prerequisites', 'Prerequisites', false, `Skills needed first: ${LEVEL_LIST}.`, 'requires'),
    f('refs', 'Framework references', false, 'e.g. “NICE:K0018; OWASP-LLM-2025:LLM01:2025”.', 'framework refs', 'references'),
  ],
  requirements: [
    f('role', 'Role', true, 'Role id or name (the role must exist).', 'role id', 'role name', 'work role'),
    f('skill', 'Skill', true, 'Skill id or name (the skill must exist).', 'skill id', 'skill name'),
    f('level', 'Level', true, '1 (Awareness) to 5 (Expert), or the level’s name.', 'required level', 'target level', 'proficiency'),
    f('importance', 'Importance', false, '1 useful, 2 important, 3 critical, or the word (default 2).', 'priority', 'weight'),
  ],
  members: [
    f('id', 'Id', false, 'Keeps the member’s id; an existing id updates that member. Empty: a new member.', 'member id', 'employee id'),
    f('name', 'Name', true, 'Full name.', 'member', 'full name', 'person', 'employee'),
    f('title', 'Job title', false, 'Their current job title.', 'job title', 'position'),
    f('current_role', 'Current role', false, 'Role id or name.', 'current role id', 'role'),
    f('target_role', 'Target role', false, 'Role id or name.', 'target role id', 'target'),
    f('weekly_hours', 'Weekly learning hours', false, 'Hours a week for learning, 0 to 80 (default 4).', 'hours per week', 'weekly hours'),
    f('start_date', 'Start date', false, DATE_HINT, 'start', 'starts on'),
    f('notes', 'Notes', false, 'Free text.', 'comments', 'note'),
  ],
  ratings: [
    f('member', 'Member', true, 'Member id or name (the member must exist).', 'member id', 'member name', 'name', 'person'),
    f('skill', 'Skill', true, 'Skill id or name (the skill must exist).', 'skill id', 'skill name'),
    f('level', 'Level', true, '0 (None) to 5 (Expert), or the level’s name.', 'rating', 'proficiency', 'score'),
    f('source', 'Source', false, 'self, manager, assessment or course (default self).', 'rated by', 'rater'),
    f('rated_on', 'Rated on', true, DATE_HINT, 'date', 'rating date', 'assessed on'),
    f('evidence', 'Evidence', false, 'Free text.', 'comment', 'notes', 'note'),
  ],
};

/** Field key → column index in the file, or null for "not in this file". */
export const csvMapping = z.record(z.string(), z.number().int().min(0).nullable());
export type CsvMapping = z.infer<typeof csvMapping>;

/** A header as compared for mapping and layouts: no case, spaces, underscores or punctuation. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Files with the same columns in the same order share a layout, and so a remembered mapping. */
export function csvLayoutKey(headers: readonly string[]): string {
  return headers.map(normalizeHeader).join('|');
}

/** A first mapping from the header names: each field takes the first column whose name it answers to. */
export function guessCsvMapping(entity: CsvEntity, headers: readonly string[]): CsvMapping {
  const normalized = headers.map(normalizeHeader);
  const taken = new Set<number>();
  const mapping: CsvMapping = {};
  // Exact keys first, so a "name" column goes to the name field before another field's alias claims it.
  const passes = [(field: CsvField) => [field.key], (field: CsvField) => [field.label, ...field.aliases]];
  for (const names of passes) {
    for (const field of CSV_FIELDS[entity]) {
      if (mapping[field.key] !== undefined && mapping[field.key] !== null) continue;
      const wanted = names(field).map(normalizeHeader);
      const index = normalized.findIndex((h, i) => !taken.has(i) && wanted.includes(h));
      mapping[field.key] = index >= 0 ? index : null;
      if (index >= 0) taken.add(index);
    }
  }
  return mapping;
}

/** One problem with one row: the row as a spreadsheet numbers it (the header is row 1), the column, the reason. */
export const csvProblem = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type CsvProblem = z.infer<typeof csvProblem>;

/** How many problems a preview lists; the rest are counted per kind. */
export const PREVIEW_PROBLEMS = 200;

/** Problems of one kind (the same column and reason, values aside): how many, with the first as an example. */
export const csvProblemKind = z.object({ column: z.string(), example: z.string(), count: z.number().int() });
export type CsvProblemKind = z.infer<typeof csvProblemKind>;

export const CSV_MAPPING_SOURCES = ['remembered', 'guessed', 'given'] as const;

export const csvPreview = z.object({
  entity: z.enum(CSV_ENTITIES),
  layoutKey: z.string(),
  delimiter: z.string(),
  headers: z.array(z.string()),
  rowCount: z.number().int(),
  sampleRows: z.array(z.array(z.string())),
  mapping: csvMapping,
  mappingSource: z.enum(CSV_MAPPING_SOURCES),
  /** How numbers, dates and left-out values were read, as given, remembered for the layout, or detected. */
  options: resolvedCsvOptions,
  /** The choices for unknown values the file was read with (given, or remembered for the layout). */
  values: csvChoices.shape.values,
  /** Each distinct value the catalog does not know, once, most rows first (at most PREVIEW_PROBLEMS). */
  unknownValues: z.array(unknownValue),
  /** Every entry of each kind among the unknown values, for mapping a value to any of them. */
  entries: catalogEntries,
  /** Categories a created skill can go in. */
  categories: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The first problems by row (at most PREVIEW_PROBLEMS). */
  problems: z.array(csvProblem),
  /** Every problem counted, and counted per kind (most frequent first). */
  problemCount: z.number().int(),
  problemKinds: z.array(csvProblemKind),
  /** Rows that would be imported, and of those how many add and how many update. */
  validRows: z.number().int(),
  toAdd: z.number().int(),
  toUpdate: z.number().int(),
  /** Things the import will do besides the rows, e.g. categories it creates. */
  notes: z.array(z.string()),
});
export type CsvPreview = z.infer<typeof csvPreview>;

export const csvImportResult = z.object({
  entity: z.enum(CSV_ENTITIES),
  added: z.number().int(),
  updated: z.number().int(),
  /** Rows that matched a stored record holding the same values already. */
  unchanged: z.number().int(),
  /** Rows left out because of a problem. */
  skipped: z.number().int(),
  notes: z.array(z.string()),
});
export type CsvImportResult = z.infer<typeof csvImportResult>;

/** A CSV file to save: a name to suggest and its text. */
export const exportedFile = z.object({ fileName: z.string(), content: z.string(), rows: z.number().int() });
export type ExportedFile = z.infer<typeof exportedFile>;

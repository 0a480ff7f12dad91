import { z } from 'zod';
import { entityId } from '../domain/ids';
import { DATE_ORDERS, DECIMAL_MARKS } from './cell-formats';
import { matchKey } from './value-matching';

/**
 * What the user decides in a CSV preview besides the column mapping: how the file writes numbers and dates,
 * what it leaves out (a skill's level, a cost's currency), and what each value the catalog does not know
 * means. Remembered with the column mapping for files laid out the same way.
 */

/** Values a file names that are looked up in the catalog or team. */
export const VALUE_KINDS = ['skill', 'role', 'member', 'provider'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

export const VALUE_KIND_LABELS: Record<ValueKind, string> = { skill: 'skill', role: 'role', member: 'member', provider: 'provider' };

/** An unknown value is taken as an existing entry, created as written, or its rows are left out. */
export const valueChoice = z.discriminatedUnion('action', [
  z.object({ action: z.literal('map'), id: z.string().trim().min(1).max(300) }).strict(),
  z.object({ action: z.literal('create') }).strict(),
  z.object({ action: z.literal('skip') }).strict(),
]);
export type ValueChoice = z.infer<typeof valueChoice>;

/** The key a written value's choice is stored under: its kind and the value without case or punctuation. */
export function valueChoiceKey(kind: ValueKind, written: string): string {
  return `${kind}:${matchKey(written)}`;
}

export const valueChoices = z
  .record(z.string().max(400), valueChoice)
  .refine((r) => Object.keys(r).length <= 5000, 'At most 5,000 value choices.');
export type ValueChoices = z.infer<typeof valueChoices>;

/** A skill written without a level: the level chosen, or "course" (from the course's level). */
export const skillLevelDefault = z.union([z.literal('course'), z.number().int().min(1).max(5)]);
export type SkillLevelDefault = z.infer<typeof skillLevelDefault>;

export const csvOptions = z
  .object({
    decimal: z.enum(DECIMAL_MARKS).optional(),
    dateOrder: z.enum(DATE_ORDERS).nullable().optional(),
    /** The currency of a cost whose row names none. */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'Currency is a three-letter code such as USD.')
      .nullable()
      .optional(),
    skillLevel: skillLevelDefault.optional(),
    /** The category skills created from a file's unknown values go in. */
    newSkillCategory: entityId.nullable().optional(),
  })
  .strict();
export type CsvOptions = z.infer<typeof csvOptions>;

export const csvChoices = z.object({ options: csvOptions.default({}), values: valueChoices.default({}) }).strict();
export type CsvChoices = z.infer<typeof csvChoices>;

/** The options as the preview read the file with them: each one set, detected or by default. */
export const resolvedCsvOptions = z.object({
  decimal: z.enum(DECIMAL_MARKS),
  dateOrder: z.enum(DATE_ORDERS).nullable(),
  currency: z.string().nullable(),
  skillLevel: skillLevelDefault,
  newSkillCategory: z.string().nullable(),
});
export type ResolvedCsvOptions = z.infer<typeof resolvedCsvOptions>;

/** A value the catalog does not know, once however many rows write it: its closest entries and the choice made. */
export const unknownValue = z.object({
  key: z.string(),
  kind: z.enum(VALUE_KINDS),
  /** As the file first writes it. */
  value: z.string(),
  column: z.string(),
  rows: z.number().int(),
  suggestions: z.array(z.object({ id: z.string(), name: z.string(), score: z.number() })),
  /** Rows wait for a choice (skills, roles, members); a new provider is kept as written unless mapped. */
  blocking: z.boolean(),
  choice: valueChoice.nullable(),
});
export type UnknownValue = z.infer<typeof unknownValue>;

/** Every entry a value of each kind listed in the preview can be mapped to, by name: the catalog's, not only the closest. */
const catalogEntryList = z.array(z.object({ id: z.string(), name: z.string() }));
export const catalogEntries = z.object({
  skill: catalogEntryList.optional(),
  role: catalogEntryList.optional(),
  member: catalogEntryList.optional(),
  provider: catalogEntryList.optional(),
});
export type CatalogEntries = z.infer<typeof catalogEntries>;

/** Which of the file settings matter for what a file holds. */
export const CSV_SETTINGS = {
  courses: ['decimal', 'currency', 'skillLevel'],
  skills: ['skillLevel'],
  requirements: [],
  members: ['decimal', 'dateOrder'],
  ratings: ['dateOrder'],
} as const satisfies Record<string, readonly (keyof ResolvedCsvOptions)[]>;

/** The level a course teaches a skill written without one: Basic, Intermediate or Advanced by the course's level. */
export const COURSE_LEVEL_TEACHES = { beginner: 2, intermediate: 3, advanced: 4 } as const;

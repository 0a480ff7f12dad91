import { z } from 'zod';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILE_LABEL } from './text-file';
import { importance, targetLevel } from './proficiency';
import { niceVersionDiff } from './nice-diff';

/** Where a work role stands in this data file before an import. */
export const NICE_ROLE_STATUSES = ['new', 'imported', 'edited', 'deleted'] as const;
export type NiceRoleStatus = (typeof NICE_ROLE_STATUSES)[number];

export const niceRoleSummary = z.object({
  id: z.string(),
  name: z.string(),
  definition: z.string(),
  category: z.string(),
  knowledge: z.number().int(),
  skills: z.number().int(),
  tasks: z.number().int(),
  status: z.enum(NICE_ROLE_STATUSES),
});
export type NiceRoleSummary = z.infer<typeof niceRoleSummary>;

/** What a NICE file holds, how its roles stand in this store, and how it differs from the imported version. */
export const niceInspection = z.object({
  document: z.object({ id: z.string(), name: z.string(), version: z.string(), website: z.string() }),
  categories: z.array(z.object({ id: z.string(), name: z.string(), description: z.string(), roleCount: z.number().int() })),
  roles: z.array(niceRoleSummary),
  statementCounts: z.object({ knowledge: z.number().int(), skill: z.number().int(), task: z.number().int() }),
  imported: z.object({ version: z.string(), importedAt: z.string() }).nullable(),
  /** Null when no version was imported before (nothing to compare with). */
  diff: niceVersionDiff.nullable(),
});
export type NiceInspection = z.infer<typeof niceInspection>;

export const niceImportRequest = z
  .object({
    content: z.string().min(1, 'The file is empty.').max(MAX_IMPORT_FILE_BYTES, `The file is larger than ${MAX_IMPORT_FILE_LABEL}.`),
    roleIds: z.array(z.string().min(1)).min(1, 'Pick at least one work role to import.').max(500),
    level: targetLevel,
    importance: importance.default(2),
  })
  .strict();

const tally = z.object({ added: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

export const niceImportReport = z.object({
  version: z.string(),
  categories: tally,
  skills: tally.extend({
    /** Statement skills the user edited (left as they are) or deleted (not brought back). */
    keptEdited: z.number().int(),
    keptDeleted: z.number().int(),
  }),
  roles: tally.extend({ keptEdited: z.number().int() }),
  requirements: z.object({ added: z.number().int(), removed: z.number().int() }),
  addedRoles: z.array(z.string()),
  updatedRoles: z.array(z.string()),
  /** True when the file changed nothing in the store (a re-import of the same version). */
  nothingChanged: z.boolean(),
});
export type NiceImportReport = z.infer<typeof niceImportReport>;

import { z } from 'zod';
import { NICE_FRAMEWORK_CODE } from './nice-catalog';
import { entityId, recordVersion } from './ids';
import { importance, targetLevel, type Importance, type TargetLevel } from './proficiency';

/**
 * Setting many requirement levels of a role at once: an imported NICE work role asks “level 3, important” of every
 * statement, which the user then tunes by statement type (knowledge / skill) or by skill category. Tasks are not
 * requirements (an import makes them the role's responsibilities), so they cannot be picked.
 */
export const STATEMENT_TYPES = ['knowledge', 'skill'] as const;
export type StatementType = (typeof STATEMENT_TYPES)[number];

export const STATEMENT_TYPE_LABELS: Record<StatementType, string> = {
  knowledge: 'NICE knowledge statements',
  skill: 'NICE skill statements',
};

/** The NICE statement type of a skill, from its framework reference (K0674 → knowledge, S0012 → skill). */
export function statementTypeOf(refs: readonly { framework: string; id: string }[]): StatementType | null {
  for (const ref of refs) {
    if (ref.framework !== NICE_FRAMEWORK_CODE) continue;
    if (/^K\d/.test(ref.id)) return 'knowledge';
    if (/^S\d/.test(ref.id)) return 'skill';
  }
  return null;
}

export const requirementSelection = z.discriminatedUnion('by', [
  z.object({ by: z.literal('statementType'), statementType: z.enum(STATEMENT_TYPES) }).strict(),
  z.object({ by: z.literal('category'), category: entityId }).strict(),
]);
export type RequirementSelection = z.infer<typeof requirementSelection>;

export const requirementLevelsUpdate = z
  .object({
    id: entityId,
    select: requirementSelection,
    level: targetLevel.optional(),
    importance: importance.optional(),
  })
  .strict()
  .refine((v) => v.level !== undefined || v.importance !== undefined, {
    message: 'Choose a level or an importance to set.',
    path: ['level'],
  });

export const roleArchiveUpdate = z.object({ id: entityId, archived: z.boolean(), version: recordVersion }).strict();

/** What a bulk change reads of each requirement. */
export interface SelectableRequirement {
  skill: string;
  level: TargetLevel;
  importance: Importance;
  skillCategory: string;
  statementType: StatementType | null;
}

export function selects(selection: RequirementSelection, q: Pick<SelectableRequirement, 'skillCategory' | 'statementType'>): boolean {
  return selection.by === 'category' ? q.skillCategory === selection.category : q.statementType === selection.statementType;
}

/** The requirements a bulk change would change: those selected whose level or importance differs from the new one. */
export function requirementsToChange<Q extends SelectableRequirement>(
  requirements: readonly Q[],
  selection: RequirementSelection,
  set: { level?: TargetLevel; importance?: Importance },
): Q[] {
  return requirements.filter(
    (q) =>
      selects(selection, q) &&
      ((set.level !== undefined && q.level !== set.level) || (set.importance !== undefined && q.importance !== set.importance)),
  );
}

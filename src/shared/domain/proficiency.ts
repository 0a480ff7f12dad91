import { z } from 'zod';

/** The planner's proficiency scale: the US OPM one, 0–5. DoD 8140's Basic/Intermediate/Advanced map to 2/3/4. */
export const PROFICIENCY_LABELS = ['None', 'Awareness', 'Basic', 'Intermediate', 'Advanced', 'Expert'] as const;

export type ProficiencyLevel = 0 | 1 | 2 | 3 | 4 | 5;
/** A level something must reach or brings someone to: never 0. */
export type TargetLevel = 1 | 2 | 3 | 4 | 5;

export const proficiencyLevel = z
  .number({ error: 'Level must be a number from 0 (None) to 5 (Expert).' })
  .int('Level must be a whole number from 0 to 5.')
  .min(0, 'Level must be at least 0 (None).')
  .max(5, 'Level must be at most 5 (Expert).') as unknown as z.ZodType<ProficiencyLevel, number>;

export const targetLevel = z
  .number({ error: 'Level must be a number from 1 (Awareness) to 5 (Expert).' })
  .int('Level must be a whole number from 1 to 5.')
  .min(1, 'Level must be at least 1 (Awareness).')
  .max(5, 'Level must be at most 5 (Expert).') as unknown as z.ZodType<TargetLevel, number>;

export function proficiencyLabel(level: number): string {
  return PROFICIENCY_LABELS[level] ?? `Level ${level}`;
}

/** Importance of a role requirement. */
export const IMPORTANCE_LABELS = { 1: 'Useful', 2: 'Important', 3: 'Critical' } as const;
export type Importance = 1 | 2 | 3;
export const importance = z
  .number({ error: 'Importance must be 1 (useful), 2 (important) or 3 (critical).' })
  .int()
  .min(1, 'Importance must be 1 (useful), 2 (important) or 3 (critical).')
  .max(3, 'Importance must be 1 (useful), 2 (important) or 3 (critical).') as unknown as z.ZodType<Importance, number>;

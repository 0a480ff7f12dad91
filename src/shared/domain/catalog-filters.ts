import { z } from 'zod';
import { COURSE_FORMATS, COURSE_KINDS, COURSE_LEVELS, type FrameworkRef } from './catalog';
import { entityId } from './ids';
import { matchesSearch } from './search';

const amount = z.number({ error: 'Cost must be a number.' }).finite().min(0, 'Cost cannot be negative.');

/** What the course list can be narrowed by; every field is optional, and all given ones must hold. */
export const courseFilters = z
  .object({
    search: z.string().trim().max(200).optional(),
    provider: z.string().trim().min(1).max(200).optional(),
    kind: z.enum(COURSE_KINDS).optional(),
    format: z.enum(COURSE_FORMATS).optional(),
    level: z.enum(COURSE_LEVELS).optional(),
    /** Courses teaching this skill. */
    skill: entityId.optional(),
    costMin: amount.optional(),
    costMax: amount.optional(),
  })
  .strict()
  .refine((f) => f.costMin === undefined || f.costMax === undefined || f.costMin <= f.costMax, {
    path: ['costMax'],
    message: 'The highest cost must not be below the lowest.',
  })
  .default({});
export type CourseFilters = NonNullable<z.input<typeof courseFilters>>;

/** What the skill list can be narrowed by. */
export const skillFilters = z
  .object({
    search: z.string().trim().max(200).optional(),
    category: entityId.optional(),
    /** Skills the role requires. */
    role: entityId.optional(),
    /** 'taught': at least one course teaches it; 'untaught': none does. */
    coverage: z.enum(['taught', 'untaught']).optional(),
  })
  .strict()
  .default({});
export type SkillFilters = NonNullable<z.input<typeof skillFilters>>;

/** The fields of a skill the skill filters look at. */
export interface FilterableSkill {
  name: string;
  description: string;
  category: string;
  categoryName: string;
  refs: readonly FrameworkRef[];
  requiredBy: readonly string[];
  taughtBy: number;
}

/** Whether a skill passes the filters; the API and the skills screen use the same test. */
export function skillMatches(s: FilterableSkill, f: z.output<typeof skillFilters>): boolean {
  return (
    (!f.category || s.category === f.category) &&
    (!f.role || s.requiredBy.includes(f.role)) &&
    (!f.coverage || (f.coverage === 'taught') === s.taughtBy > 0) &&
    matchesSearch(f.search, s.name, s.description, s.categoryName, ...s.refs.map((r) => r.id))
  );
}

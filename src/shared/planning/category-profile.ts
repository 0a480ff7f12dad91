import type { RoleFit } from './readiness';

export interface CategoryPoint {
  categoryId: string;
  categoryName: string;
  /** How many of the role's required skills fall in this category. */
  skills: number;
  /** Mean required level of those skills. */
  required: number;
  /** Mean effective level of those skills (never rated counts as 0; above the requirement counts as it is). */
  current: number;
}

/**
 * A member's fit for a role summed up by skill category, for the radar chart: per category that holds at
 * least one requirement (in the given category order), the mean required level against the mean level.
 */
export function categoryProfile(
  fit: RoleFit,
  categoryOf: (skillId: string) => string | undefined,
  categories: readonly { id: string; name: string }[],
): CategoryPoint[] {
  const sums = new Map<string, { skills: number; required: number; current: number }>();
  for (const row of fit.requirements) {
    const category = categoryOf(row.skillId);
    if (category === undefined) continue;
    const sum = sums.get(category) ?? { skills: 0, required: 0, current: 0 };
    sum.skills++;
    sum.required += row.required;
    sum.current += row.level ?? 0;
    sums.set(category, sum);
  }
  return categories.flatMap((c) => {
    const sum = sums.get(c.id);
    if (!sum) return [];
    return [{ categoryId: c.id, categoryName: c.name, skills: sum.skills, required: sum.required / sum.skills, current: sum.current / sum.skills }];
  });
}

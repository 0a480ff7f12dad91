import type { RequirementFit, RoleFit } from './readiness';

/** How much a gap weighs: levels short × importance (a critical skill two levels short weighs 6). */
export function gapWeight(row: Pick<RequirementFit, 'gap' | 'importance'>): number {
  return row.gap * row.importance;
}

/**
 * The biggest gaps first: by levels short × importance, then by importance, then by skill name (so the
 * order is the same every time). Met requirements are not gaps.
 */
export function biggestGaps(fit: RoleFit, skillName: (skillId: string) => string, count = Infinity): RequirementFit[] {
  return fit.requirements
    .filter((r) => r.gap > 0)
    .sort(
      (a, b) =>
        gapWeight(b) - gapWeight(a) ||
        b.importance - a.importance ||
        skillName(a.skillId).localeCompare(skillName(b.skillId)),
    )
    .slice(0, count);
}

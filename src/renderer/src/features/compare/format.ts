import { PROFICIENCY_LABELS, IMPORTANCE_LABELS, type Importance } from '../../../../shared/domain/proficiency';
import type { RatingSource } from '../../../../shared/domain/team';
import { readinessPercent } from '../../../../shared/planning/readiness';

export const SOURCE_LABELS: Record<RatingSource, string> = {
  manager: 'Manager',
  assessment: 'Assessment',
  course: 'Course completion',
  self: 'Self',
};

/** “58%”, or an em dash for a role without requirements. */
export function percent(readiness: number | null): string {
  return readiness === null ? '—' : `${readinessPercent(readiness)}%`;
}

/** “3 · Intermediate”; “Not rated” for a skill without a rating. */
export function levelText(level: number | null): string {
  return level === null ? 'Not rated' : `${level} · ${PROFICIENCY_LABELS[level] ?? ''}`;
}

export function importanceText(importance: number): string {
  return IMPORTANCE_LABELS[importance as Importance] ?? String(importance);
}

/** Role options for a Choice, by name. */
export function roleOptions(roles: readonly { id: string; name: string }[]) {
  return roles.map((r) => ({ value: r.id, label: r.name }));
}

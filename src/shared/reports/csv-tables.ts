import type { CsvCell } from '../domain/csv-text';
import { IMPORTANCE_LABELS } from '../domain/proficiency';
import { NOT_RATED, NOT_REQUIRED, type Heatmap } from '../planning/heatmap';
import { readinessPercent, type RoleFit } from '../planning/readiness';

export interface CsvTable {
  headers: string[];
  rows: CsvCell[][];
}

/**
 * The team heatmap as a spreadsheet, in the order shown: a row per member with their readiness and levels short,
 * then per skill the effective level and the gap ("" where the skill is not required, level "" where not rated).
 */
export function heatmapTable(
  map: Heatmap,
  rowOrder: readonly number[],
  columnOrder: readonly number[],
  memberName: (id: string) => string,
  skillName: (id: string) => string,
): CsvTable {
  const columns = map.skillIds.length;
  const headers = [
    'Member',
    'Readiness %',
    'Levels short',
    ...columnOrder.flatMap((c) => [`${skillName(map.skillIds[c]!)}: level`, `${skillName(map.skillIds[c]!)}: gap`]),
  ];
  const rows = rowOrder.map((r) => {
    const readiness = map.readiness[r];
    return [
      memberName(map.memberIds[r]!),
      readiness === null || readiness === undefined ? '' : readinessPercent(readiness),
      map.rowShort[r]!,
      ...columnOrder.flatMap((c) => {
        const i = r * columns + c;
        return [map.level[i] === NOT_RATED ? '' : map.level[i]!, map.gap[i] === NOT_REQUIRED ? '' : map.gap[i]!];
      }),
    ];
  });
  return { headers, rows };
}

/** A member's gap table against a role: one row per required skill, biggest gaps first as the screen sorts them. */
export function gapTable(fit: RoleFit, skillName: (id: string) => string, categoryOf: (id: string) => string): CsvTable {
  return {
    headers: ['Skill', 'Category', 'Importance', 'Required level', 'Effective level', 'Gap', 'Stale'],
    rows: fit.requirements.map((r) => [
      skillName(r.skillId),
      categoryOf(r.skillId),
      IMPORTANCE_LABELS[r.importance],
      r.required,
      r.level ?? '',
      r.gap,
      r.stale ? 'yes' : '',
    ]),
  };
}

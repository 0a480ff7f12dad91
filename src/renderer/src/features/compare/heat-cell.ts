import { NOT_RATED, NOT_REQUIRED, type Heatmap } from '../../../../shared/planning/heatmap';
import { PROFICIENCY_LABELS } from '../../../../shared/domain/proficiency';

/** The colour class of a cell: met, 1, 2, 3+ levels short, or not required. */
export function heatClass(gap: number): string {
  if (gap === NOT_REQUIRED) return 'na';
  if (gap === 0) return 'met';
  return `g${Math.min(gap, 3)}`;
}

/** The cell in words, for its tooltip. */
export function heatTitle(map: Heatmap, index: number, member: string, skill: string): string {
  const level = map.level[index]!;
  const gap = map.gap[index]!;
  const have = level === NOT_RATED ? 'not rated' : `level ${level} (${PROFICIENCY_LABELS[level]})`;
  const need =
    gap === NOT_REQUIRED ? 'not required' : gap === 0 ? `requires ${map.required[index]}: met` : `requires ${map.required[index]}: ${gap} short`;
  return `${member} · ${skill}: ${have}, ${need}${map.stale[index] ? ' · stale rating' : ''}`;
}

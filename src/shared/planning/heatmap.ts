import type { RoleRequirement } from '../domain/catalog';
import { readiness as readinessFor, type LevelsBySkill } from './readiness';
import type { RoleProfile } from './role-fit';

/** One member as a heatmap row, measured against `role` (the chosen role, or their own target role; null: none). */
export interface HeatmapRow {
  memberId: string;
  levels: LevelsBySkill;
  role: RoleProfile | null;
}

/**
 * Members × skills. Cells are stored row-major in typed arrays (index = row × columns + column), so a
 * 200 × 100 map is a few small buffers rather than 20,000 objects.
 */
export interface Heatmap {
  memberIds: string[];
  skillIds: string[];
  /** Effective level; -1 where the member has no rating. */
  level: Int8Array;
  /** Required level for this row's role; 0 where its role does not require the skill. */
  required: Int8Array;
  /** Levels short (a never-rated skill counts as level 0); -1 where not required. */
  gap: Int8Array;
  /** 1 where the effective rating is stale. */
  stale: Uint8Array;
  /** Σ levels short per row, and per column. */
  rowShort: Int32Array;
  columnShort: Int32Array;
  /** How many members are short of each column's skill. */
  columnMembersShort: Int32Array;
  /** Each row's readiness for its role (readiness.ts); null without a role or requirements. */
  readiness: (number | null)[];
}

export const NOT_RATED = -1;
export const NOT_REQUIRED = -1;

function requirementIndex(role: RoleProfile): Map<string, RoleRequirement> {
  return new Map(role.requirements.map((q) => [q.skill, q]));
}

export function buildHeatmap(skillIds: readonly string[], rows: readonly HeatmapRow[]): Heatmap {
  const columns = skillIds.length;
  const size = rows.length * columns;
  const level = new Int8Array(size);
  const required = new Int8Array(size);
  const gap = new Int8Array(size);
  const stale = new Uint8Array(size);
  const rowShort = new Int32Array(rows.length);
  const columnShort = new Int32Array(columns);
  const columnMembersShort = new Int32Array(columns);
  const readiness: (number | null)[] = [];
  // Rows measured against the same role share one lookup table.
  const indexes = new Map<RoleProfile, Map<string, RoleRequirement>>();

  rows.forEach((row, r) => {
    let index: Map<string, RoleRequirement> | undefined;
    if (row.role) {
      index = indexes.get(row.role);
      if (!index) indexes.set(row.role, (index = requirementIndex(row.role)));
    }
    readiness.push(row.role ? readinessFor(row.role.requirements, row.levels) : null);
    const base = r * columns;
    for (let c = 0; c < columns; c++) {
      const skillId = skillIds[c]!;
      const known = row.levels.get(skillId);
      const have = known ? known.level : NOT_RATED;
      level[base + c] = have;
      stale[base + c] = known?.stale ? 1 : 0;
      const q = index?.get(skillId);
      if (!q) {
        gap[base + c] = NOT_REQUIRED;
        continue;
      }
      const short = Math.max(0, q.level - Math.max(have, 0));
      required[base + c] = q.level;
      gap[base + c] = short;
      rowShort[r]! += short;
      columnShort[c]! += short;
      if (short > 0) columnMembersShort[c]!++;
    }
  });
  return {
    memberIds: rows.map((r) => r.memberId),
    skillIds: [...skillIds],
    level,
    required,
    gap,
    stale,
    rowShort,
    columnShort,
    columnMembersShort,
    readiness,
  };
}

/** The skills of every role, once each, in the given catalog order: the columns of the “all roles” map. */
export function skillsOfRoles(roles: readonly RoleProfile[], catalogOrder: readonly string[]): string[] {
  const required = new Set(roles.flatMap((r) => r.requirements.map((q) => q.skill)));
  return catalogOrder.filter((id) => required.has(id));
}

export type RowSort = { by: 'name' } | { by: 'short' } | { by: 'readiness' } | { by: 'skill'; skillId: string };
export type SortDirection = 'asc' | 'desc';

/**
 * The order to show rows in, as row indexes. Sorting by a skill sorts by its gap (rows where the skill is
 * not required come below every gap, ascending); rows without readiness come last either way. Ties go by
 * member name.
 */
export function orderRows(
  map: Heatmap,
  sort: RowSort,
  direction: SortDirection,
  memberName: (memberId: string) => string,
): number[] {
  const sign = direction === 'asc' ? 1 : -1;
  const column = sort.by === 'skill' ? map.skillIds.indexOf(sort.skillId) : -1;
  const columns = map.skillIds.length;
  const byName = (a: number, b: number) => memberName(map.memberIds[a]!).localeCompare(memberName(map.memberIds[b]!));
  const key = (r: number): number | null => {
    switch (sort.by) {
      case 'short':
        return map.rowShort[r]!;
      case 'readiness':
        return map.readiness[r]!;
      case 'skill':
        return column < 0 ? null : map.gap[r * columns + column]!;
      default:
        return 0;
    }
  };
  return map.memberIds
    .map((_, r) => r)
    .sort((a, b) => {
      if (sort.by === 'name') return sign * byName(a, b) || a - b;
      const ka = key(a);
      const kb = key(b);
      if (ka === null || kb === null) return ka === kb ? byName(a, b) : ka === null ? 1 : -1;
      return sign * (ka - kb) || byName(a, b);
    });
}

export type ColumnSort = 'catalog' | 'short' | 'name';

/** The order to show columns in: as given (catalog order), by levels short (most first), or by skill name. */
export function orderColumns(map: Heatmap, sort: ColumnSort, skillName: (skillId: string) => string): number[] {
  const columns = map.skillIds.map((_, c) => c);
  if (sort === 'catalog') return columns;
  const byName = (a: number, b: number) => skillName(map.skillIds[a]!).localeCompare(skillName(map.skillIds[b]!));
  if (sort === 'name') return columns.sort(byName);
  return columns.sort((a, b) => map.columnShort[b]! - map.columnShort[a]! || byName(a, b));
}

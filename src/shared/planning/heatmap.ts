import { levelMatrix, readinessOfRow, roleVector, UNRATED, type LevelMatrix, type RoleVector } from './level-matrix';
import type { LevelsBySkill } from './readiness';
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

/**
 * The map for rows measured against their roles. The rows' levels are put into a level matrix first (one pass
 * over each member's ratings), then the gap kernel below does the rest; a caller building several maps of one
 * team (one per role) builds the matrix once and calls heatmapOf.
 */
export function buildHeatmap(skillIds: readonly string[], rows: readonly HeatmapRow[]): Heatmap {
  // Readiness counts every requirement of a row's role, shown as a column or not: the matrix holds those skills too.
  const shown = new Set(skillIds);
  const extra = new Set<string>();
  for (const row of rows) for (const q of row.role?.requirements ?? []) if (!shown.has(q.skill)) extra.add(q.skill);
  const matrix = levelMatrix([...skillIds, ...extra], rows.map((r) => r.levels));
  return heatmapOf(matrix, skillIds, rows.map((r) => r.memberId), rows.map((r) => r.role));
}

/** What the kernel needs of a role: its required level per shown column (0: not required), and its requirements. */
interface RoleColumns {
  requiredAt: Int8Array;
  vector: RoleVector;
}

function roleColumns(role: RoleProfile, shownColumnOf: ReadonlyMap<string, number>, columns: number, matrix: LevelMatrix): RoleColumns {
  const requiredAt = new Int8Array(columns);
  // As a lookup by skill would: a skill listed twice is required at its last level.
  for (const q of role.requirements) {
    const c = shownColumnOf.get(q.skill);
    if (c !== undefined) requiredAt[c] = q.level;
  }
  return { requiredAt, vector: roleVector(role.requirements, matrix.columnOf) };
}

/**
 * THE GAP KERNEL: row r of the map is row r of `matrix`, measured against `roles[r]` over the `skillIds` columns.
 * Typed arrays in, typed arrays out; the only per-cell work is integer arithmetic.
 */
export function heatmapOf(
  matrix: LevelMatrix,
  skillIds: readonly string[],
  memberIds: readonly string[],
  roles: readonly (RoleProfile | null)[],
): Heatmap {
  const columns = skillIds.length;
  const rowCount = memberIds.length;
  const size = rowCount * columns;
  const level = new Int8Array(size);
  const required = new Int8Array(size);
  const gap = new Int8Array(size);
  const stale = new Uint8Array(size);
  const rowShort = new Int32Array(rowCount);
  const columnShort = new Int32Array(columns);
  const columnMembersShort = new Int32Array(columns);
  const readiness: (number | null)[] = new Array<number | null>(rowCount);
  // Where each shown column sits in the matrix (-1: a skill the matrix does not hold, never rated).
  const source = new Int32Array(columns);
  const shownColumnOf = new Map<string, number>();
  skillIds.forEach((id, c) => {
    source[c] = matrix.columnOf.get(id) ?? -1;
    if (!shownColumnOf.has(id)) shownColumnOf.set(id, c);
  });
  // Rows measured against the same role share its columns.
  const byRole = new Map<RoleProfile, RoleColumns>();

  for (let r = 0; r < rowCount; r++) {
    const role = roles[r] ?? null;
    let measured: RoleColumns | undefined;
    if (role) {
      measured = byRole.get(role);
      if (!measured) byRole.set(role, (measured = roleColumns(role, shownColumnOf, columns, matrix)));
    }
    const base = r * columns;
    const from = r * matrix.width;
    const requiredAt = measured?.requiredAt;
    let short = 0;
    for (let c = 0; c < columns; c++) {
      const s = source[c]!;
      const have = s < 0 ? UNRATED : matrix.level[from + s]!;
      level[base + c] = have;
      stale[base + c] = s < 0 ? 0 : matrix.stale[from + s]!;
      const q = requiredAt ? requiredAt[c]! : 0;
      if (q === 0) {
        gap[base + c] = NOT_REQUIRED;
        continue;
      }
      const cellShort = have > 0 ? (q > have ? q - have : 0) : q;
      required[base + c] = q;
      gap[base + c] = cellShort;
      short += cellShort;
      columnShort[c]! += cellShort;
      if (cellShort > 0) columnMembersShort[c]!++;
    }
    rowShort[r] = short;
    readiness[r] = measured ? readinessOfRow(matrix, r, measured.vector) : null;
  }
  return {
    memberIds: [...memberIds],
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

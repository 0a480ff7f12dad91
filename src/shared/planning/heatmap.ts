import { levelMatrix, roleVector, type LevelMatrix } from './level-matrix';
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

/**
 * What the kernel needs of a role, worked out once per map: the shown columns it requires (ascending, each once)
 * with their levels, and its requirements as matrix columns with each one's readiness term for every level.
 */
interface RoleColumns {
  /** The level each shown column needs (0: not required). */
  requiredAt: Int8Array;
  /** Shown columns the role requires, and the level each needs (a skill listed twice: its last level). */
  columns: Int32Array;
  need: Int8Array;
  /** Per requirement, in the role's order: its matrix column (-1: never rated) and weight. */
  source: Int32Array;
  weight: number;
  /**
   * terms[i × LEVELS + have] = importance × min(have, required) ÷ required for requirement i: the very float
   * readiness.ts adds for that level, so summing them in the role's order gives its result to the bit.
   */
  terms: Float64Array;
}

/** Levels 0–5: a table row per requirement. */
const LEVELS = 6;

function roleColumns(role: RoleProfile, shownColumnOf: ReadonlyMap<string, number>, columns: number, matrix: LevelMatrix): RoleColumns {
  const requiredAt = new Int8Array(columns);
  for (const q of role.requirements) {
    const c = shownColumnOf.get(q.skill);
    if (c !== undefined) requiredAt[c] = q.level;
  }
  let count = 0;
  for (let c = 0; c < columns; c++) if (requiredAt[c]! > 0) count++;
  const shown = new Int32Array(count);
  const need = new Int8Array(count);
  for (let c = 0, k = 0; c < columns; c++) {
    if (requiredAt[c]! > 0) {
      shown[k] = c;
      need[k++] = requiredAt[c]!;
    }
  }
  const vector = roleVector(role.requirements, matrix.columnOf);
  const n = vector.column.length;
  const terms = new Float64Array(n * LEVELS);
  let weight = 0;
  for (let i = 0; i < n; i++) {
    const q = vector.required[i]!;
    const w = vector.importance[i]!;
    weight += w;
    for (let have = 0; have < LEVELS; have++) terms[i * LEVELS + have] = (w * (have < q ? have : q)) / q;
  }
  return { requiredAt, columns: shown, need, source: vector.column, weight, terms };
}

/**
 * THE GAP KERNEL: row r of the map is row r of `matrix`, measured against `roles[r]` over the `skillIds` columns.
 * Typed arrays in, typed arrays out. Per row: the levels and staleness copied (one block copy when the shown
 * columns are the matrix's first ones, else a gather), then only the role's required columns visited for gaps
 * and totals, and readiness a sum of table lookups (no division per cell).
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
  const gap = new Int8Array(size).fill(NOT_REQUIRED);
  const stale = new Uint8Array(size);
  const rowShort = new Int32Array(rowCount);
  const columnShort = new Int32Array(columns);
  const columnMembersShort = new Int32Array(columns);
  const readiness: (number | null)[] = new Array<number | null>(rowCount).fill(null);
  // Where each shown column sits in the matrix (-1: a skill the matrix does not hold, never rated).
  const source = new Int32Array(columns);
  const shownColumnOf = new Map<string, number>();
  let prefix = columns <= matrix.width;
  skillIds.forEach((id, c) => {
    const s = matrix.columnOf.get(id) ?? -1;
    source[c] = s;
    if (s !== c) prefix = false;
    if (!shownColumnOf.has(id)) shownColumnOf.set(id, c);
  });
  const width = matrix.width;
  const levels = matrix.level;
  const stales = matrix.stale;
  // Rows measured against the same role share its columns.
  const byRole = new Map<RoleProfile, RoleColumns>();

  for (let r = 0; r < rowCount; r++) {
    const base = r * columns;
    const from = r * width;
    const role = roles[r];
    let measured: RoleColumns | undefined;
    if (role) {
      measured = byRole.get(role);
      if (!measured) byRole.set(role, (measured = roleColumns(role, shownColumnOf, columns, matrix)));
    }
    if (!measured || measured.columns.length * 2 < columns) {
      // Few of the shown columns required (or none): copy the row, then visit the required columns alone.
      if (prefix) {
        level.set(levels.subarray(from, from + columns), base);
        stale.set(stales.subarray(from, from + columns), base);
      } else {
        for (let c = 0; c < columns; c++) {
          const s = source[c]!;
          if (s < 0) level[base + c] = -1; // never rated (UNRATED; a literal: an imported binding is a getter in some loaders)
          else {
            level[base + c] = levels[from + s]!;
            stale[base + c] = stales[from + s]!;
          }
        }
      }
      if (!measured) continue;
      const { columns: at, need } = measured;
      let short = 0;
      for (let k = 0; k < at.length; k++) {
        const c = at[k]!;
        const q = need[k]!;
        const have = level[base + c]!;
        const cellShort = have > 0 ? (q > have ? q - have : 0) : q;
        required[base + c] = q;
        gap[base + c] = cellShort;
        short += cellShort;
        if (cellShort > 0) {
          columnShort[c]! += cellShort;
          columnMembersShort[c]!++;
        }
      }
      rowShort[r] = short;
    } else {
      // Most shown columns required (a map of one role's skills): one pass does the copy and the gaps.
      const requiredAt = measured.requiredAt;
      let short = 0;
      for (let c = 0; c < columns; c++) {
        const s = source[c]!;
        const i = base + c;
        let have = -1;
        if (s >= 0) {
          have = levels[from + s]!;
          stale[i] = stales[from + s]!;
        }
        level[i] = have;
        const q = requiredAt[c]!;
        if (q === 0) continue;
        const cellShort = have > 0 ? (q > have ? q - have : 0) : q;
        required[i] = q;
        gap[i] = cellShort;
        short += cellShort;
        columnShort[c]! += cellShort;
        columnMembersShort[c]! += cellShort > 0 ? 1 : 0;
      }
      rowShort[r] = short;
    }
    if (measured.weight === 0) continue;
    const { source: req, terms } = measured;
    let earned = 0;
    for (let i = 0; i < req.length; i++) {
      const s = req[i]!;
      const rated = s < 0 ? 0 : levels[from + s]!;
      earned += terms[i * LEVELS + (rated > 0 ? rated : 0)]!;
    }
    readiness[r] = earned / measured.weight;
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

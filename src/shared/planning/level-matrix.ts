import type { RoleRequirement } from '../domain/catalog';
import type { LevelsBySkill } from './readiness';

/**
 * The gap kernel's input: a team's effective levels as a members × skills matrix of small integers, row-major
 * in typed arrays (index = row × width + skill column). Built once per team (one pass over each member's ratings),
 * then every heatmap and readiness figure over it is array arithmetic, without a Map lookup per cell.
 */
export interface LevelMatrix {
  skillIds: readonly string[];
  /** Column of each skill (its first place in `skillIds`). */
  columnOf: ReadonlyMap<string, number>;
  rows: number;
  width: number;
  /** Effective level; -1 where the member has no rating. */
  level: Int8Array;
  /** 1 where the effective rating is stale. */
  stale: Uint8Array;
}

export const UNRATED = -1;

export function levelMatrix(skillIds: readonly string[], members: readonly LevelsBySkill[]): LevelMatrix {
  const columnOf = new Map<string, number>();
  skillIds.forEach((id, c) => {
    if (!columnOf.has(id)) columnOf.set(id, c);
  });
  const width = skillIds.length;
  const level = new Int8Array(members.length * width).fill(UNRATED);
  const stale = new Uint8Array(members.length * width);
  members.forEach((levels, r) => {
    const base = r * width;
    for (const [skillId, known] of levels) {
      const c = columnOf.get(skillId);
      if (c === undefined) continue;
      level[base + c] = known.level;
      stale[base + c] = known.stale ? 1 : 0;
    }
  });
  return { skillIds, columnOf, rows: members.length, width, level, stale };
}

/** A role's requirements as positions in a matrix: the column (-1 when the matrix has no such skill), level, weight. */
export interface RoleVector {
  column: Int32Array;
  required: Int8Array;
  importance: Int8Array;
}

export function roleVector(requirements: readonly RoleRequirement[], columnOf: ReadonlyMap<string, number>): RoleVector {
  const n = requirements.length;
  const vector = { column: new Int32Array(n), required: new Int8Array(n), importance: new Int8Array(n) };
  requirements.forEach((q, i) => {
    vector.column[i] = columnOf.get(q.skill) ?? -1;
    vector.required[i] = q.level;
    vector.importance[i] = q.importance;
  });
  return vector;
}

/**
 * Readiness of one matrix row for a role: the definition in readiness.ts, term for term and in the same order
 * (so the float result is the same to the last bit). A skill never rated counts as 0; null without requirements.
 */
export function readinessOfRow(matrix: LevelMatrix, row: number, role: RoleVector): number | null {
  const { column, required, importance } = role;
  const base = row * matrix.width;
  let weight = 0;
  let earned = 0;
  for (let i = 0; i < column.length; i++) {
    const c = column[i]!;
    const rated = c < 0 ? UNRATED : matrix.level[base + c]!;
    const have = rated < 0 ? 0 : rated;
    const q = required[i]!;
    const w = importance[i]!;
    weight += w;
    earned += (w * (have < q ? have : q)) / q;
  }
  return weight === 0 ? null : earned / weight;
}

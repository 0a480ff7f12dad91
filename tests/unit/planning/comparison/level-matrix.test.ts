import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProficiencyLevel } from '../../../../src/shared/domain/proficiency';
import { buildHeatmap, heatmapOf, type Heatmap, type HeatmapRow } from '../../../../src/shared/planning/heatmap';
import { levelMatrix, readinessOfRow, roleVector } from '../../../../src/shared/planning/level-matrix';
import { readiness, type KnownLevel } from '../../../../src/shared/planning/readiness';
import type { RoleProfile } from '../../../../src/shared/planning/role-fit';
import { levels, M1, M2, R, role } from './fixtures';

/**
 * The heatmap as it was computed before the typed-array kernel: a Map lookup per cell and readiness() per row.
 * Kept here, written out on its own, as the reference the kernel must match cell for cell and bit for bit.
 */
function mapLoopHeatmap(skillIds: readonly string[], rows: readonly HeatmapRow[]) {
  return rows.map((row) => {
    const index = new Map((row.role?.requirements ?? []).map((q) => [q.skill, q]));
    const cells = skillIds.map((skillId) => {
      const known = row.levels.get(skillId);
      const have = known ? known.level : -1;
      const q = row.role ? index.get(skillId) : undefined;
      return { level: have, stale: known?.stale ? 1 : 0, required: q ? q.level : 0, gap: q ? Math.max(0, q.level - Math.max(have, 0)) : -1 };
    });
    return { cells, readiness: row.role ? readiness(row.role.requirements, row.levels) : null };
  });
}

function asRows(map: Heatmap) {
  const columns = map.skillIds.length;
  return map.memberIds.map((_, r) => ({
    cells: map.skillIds.map((_, c) => {
      const i = r * columns + c;
      return { level: map.level[i]!, stale: map.stale[i]!, required: map.required[i]!, gap: map.gap[i]! };
    }),
    readiness: map.readiness[r]!,
  }));
}

describe('the level matrix behind the heatmap and readiness', () => {
  it('holds each member’s level and staleness by skill column, -1 where never rated, worked by hand', () => {
    const matrix = levelMatrix(['a', 'b', 'c', 'd'], [M1, M2]);
    expect([...matrix.level]).toEqual([2, 3, -1, 5, 4, 1, 3, -1]);
    expect([...matrix.stale]).toEqual([0, 0, 0, 1, 1, 0, 0, 0]);
  });

  it('gives readiness as the definition does: 3.5 / 6 for M1 and 5 / 6 for M2 against R', () => {
    const matrix = levelMatrix(['a', 'b', 'c', 'd'], [M1, M2]);
    const vector = roleVector(R.requirements, matrix.columnOf);
    expect(readinessOfRow(matrix, 0, vector)).toBe(3.5 / 6);
    expect(readinessOfRow(matrix, 1, vector)).toBe(5 / 6);
    expect(readinessOfRow(matrix, 0, roleVector([], matrix.columnOf))).toBeNull();
  });

  it('counts a requirement the map does not show in readiness, though it has no column', () => {
    // Shown: a and b only. c (required at 3, useful) is not a column, yet M2's 3 of 3 still earns its weight.
    const map = buildHeatmap(['a', 'b'], [{ memberId: 'm2', levels: M2, role: R }]);
    expect(map.readiness).toEqual([5 / 6]);
    expect([...map.rowShort]).toEqual([1]);
  });

  it('builds one map per role from one matrix of the team', () => {
    const S = role('s', 'Scientist', [['d', 2, 1], ['a', 5, 2]]);
    const matrix = levelMatrix(['a', 'b', 'c', 'd'], [M1, M2]);
    const forR = heatmapOf(matrix, ['a', 'b', 'c'], ['m1', 'm2'], [R, R]);
    const forS = heatmapOf(matrix, ['a', 'd'], ['m1', 'm2'], [S, S]);
    expect([...forR.rowShort]).toEqual([5, 1]);
    // S: M1 a 2 of 5 → 3 short, d 5 of 2 → met; M2 a 4 of 5 → 1 short, d never rated → 2 short.
    expect([...forS.gap]).toEqual([3, 0, 1, 2]);
    // M1: (2 × 2/5 + 1 × 1) / 3 = 0.6; M2: (2 × 4/5 + 0) / 3.
    expect(forS.readiness).toEqual([(2 * 2) / 5 / 3 + 1 / 3, (2 * 4) / 5 / 3]);
    expect(forS.readiness[0]).toBe(readiness(S.requirements, M1));
  });

  it('matches the Map-per-cell computation on random teams, cell for cell and readiness to the bit', () => {
    const skills = ['a', 'b', 'c', 'd', 'e', 'f'];
    const level = fc.integer({ min: 0, max: 5 }) as fc.Arbitrary<ProficiencyLevel>;
    const known = fc.record({ level, stale: fc.boolean() });
    const member = fc.dictionary(fc.constantFrom(...skills, 'z'), known, { maxKeys: 7 }).map((d) => new Map<string, KnownLevel>(Object.entries(d)));
    const requirement = fc.tuple(fc.constantFrom(...skills, 'y'), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3 }));
    const arbitraryRole = fc.array(requirement, { maxLength: 6 }).map((qs) => role('r', 'R', qs));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(member, fc.option(fc.nat({ max: 2 }), { nil: null })), { maxLength: 8 }),
        fc.array(arbitraryRole, { minLength: 3, maxLength: 3 }),
        fc.subarray(skills),
        (members, roles: RoleProfile[], columns) => {
          const rows: HeatmapRow[] = members.map(([levels, r], i) => ({ memberId: `m${i}`, levels, role: r === null ? null : roles[r]! }));
          expect(asRows(buildHeatmap(columns, rows))).toEqual(mapLoopHeatmap(columns, rows));
        },
      ),
    );
  });

  it('reads a member without ratings as never rated everywhere', () => {
    const map = buildHeatmap(['a'], [{ memberId: 'm', levels: levels({}), role: R }]);
    expect([...map.level]).toEqual([-1]);
    expect([...map.gap]).toEqual([4]);
    expect(map.readiness).toEqual([0]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProficiencyLevel } from '../../../../src/shared/domain/proficiency';
import { buildHeatmap, heatmapOf, type Heatmap, type HeatmapRow } from '../../../../src/shared/planning/heatmap';
import { levelMatrix, readinessOfRow, roleVector } from '../../../../src/shared/planning/level-matrix';
import { readiness, type KnownLevel } from '../../../../src/shared/planning/readiness';
import type { RoleProfile } from '../../../../src/shared/planning/role-fit';
import { levels, M1, M2, R, role } from './fixtures';

/**
 * An independent naive oracle: per row and shown skill, a plain lookup of the member's level and the role's
 * requirement (the last one listed for a skill), and readiness written out from its definition (readiness.ts's
 * formula, not its code): Σ importance × min(level, required) ÷ required ÷ Σ importance, in the role's order.
 */
function naiveHeatmap(skillIds: readonly string[], rows: readonly HeatmapRow[]) {
  return rows.map((row) => {
    const requirementOf = (skillId: string) => {
      let found: { level: number; importance: number } | undefined;
      for (const q of row.role?.requirements ?? []) if (q.skill === skillId) found = q;
      return found;
    };
    const cells = skillIds.map((skillId) => {
      const known = row.levels.get(skillId);
      const have = known ? known.level : -1;
      const q = requirementOf(skillId);
      return { level: have, stale: known?.stale ? 1 : 0, required: q ? q.level : 0, gap: q ? Math.max(0, q.level - Math.max(have, 0)) : -1 };
    });
    let readinessOfRow: number | null = null;
    if (row.role && row.role.requirements.length > 0) {
      let weight = 0;
      let earned = 0;
      for (const q of row.role.requirements) {
        const have = row.levels.get(q.skill)?.level ?? 0;
        weight += q.importance;
        earned += (q.importance * Math.min(have, q.level)) / q.level;
      }
      readinessOfRow = earned / weight;
    }
    return { cells, readiness: readinessOfRow };
  });
}

/** The oracle's totals: Σ gap per row and per column, and how many rows are short per column. */
function naiveTotals(oracle: ReturnType<typeof naiveHeatmap>, columns: number) {
  const rowShort = oracle.map((row) => row.cells.reduce((sum, cell) => sum + Math.max(cell.gap, 0), 0));
  const columnShort = Array.from({ length: columns }, (_, c) => oracle.reduce((sum, row) => sum + Math.max(row.cells[c]!.gap, 0), 0));
  const columnMembersShort = Array.from({ length: columns }, (_, c) => oracle.filter((row) => row.cells[c]!.gap > 0).length);
  return { rowShort, columnShort, columnMembersShort };
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

  const SKILLS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const level = fc.integer({ min: 0, max: 5 }) as fc.Arbitrary<ProficiencyLevel>;
  const known = fc.record({ level, stale: fc.boolean() });
  const member = fc.dictionary(fc.constantFrom(...SKILLS, 'z'), known, { maxKeys: 9 }).map((d) => new Map<string, KnownLevel>(Object.entries(d)));
  const requirement = fc.tuple(fc.constantFrom(...SKILLS, 'y'), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 3 }));
  const arbitraryRole = fc.array(requirement, { maxLength: 9 }).map((qs) => role('r', 'R', qs));
  const team = fc.array(fc.tuple(member, fc.option(fc.nat({ max: 2 }), { nil: null })), { maxLength: 8 });

  function expectLikeOracle(map: Heatmap, columns: readonly string[], rows: HeatmapRow[]) {
    const oracle = naiveHeatmap(columns, rows);
    expect(asRows(map)).toEqual(oracle);
    const totals = naiveTotals(oracle, columns.length);
    expect([...map.rowShort]).toEqual(totals.rowShort);
    expect([...map.columnShort]).toEqual(totals.columnShort);
    expect([...map.columnMembersShort]).toEqual(totals.columnMembersShort);
  }

  it('matches a naive oracle on random teams, cell for cell, totals, and readiness to the bit', () => {
    fc.assert(
      fc.property(team, fc.array(arbitraryRole, { minLength: 3, maxLength: 3 }), fc.subarray(SKILLS), (members, roles: RoleProfile[], columns) => {
        const rows: HeatmapRow[] = members.map(([levels, r], i) => ({ memberId: `m${i}`, levels, role: r === null ? null : roles[r]! }));
        expectLikeOracle(buildHeatmap(columns, rows), columns, rows);
      }),
    );
  });

  it('matches the oracle per role over one matrix of the team, with shown columns in any order or the matrix’s own', () => {
    fc.assert(
      fc.property(
        team,
        arbitraryRole,
        fc.shuffledSubarray([...SKILLS, 'x']),
        fc.boolean(),
        (members, r: RoleProfile, shuffled, matrixOrder) => {
          const matrix = levelMatrix(SKILLS, members.map(([levels]) => levels));
          // The matrix's first columns in its order (a block copy per row), or any columns in any order (a gather).
          const columns = matrixOrder ? SKILLS.slice(0, shuffled.length) : shuffled;
          const rows: HeatmapRow[] = members.map(([levels, pick], i) => ({ memberId: `m${i}`, levels, role: pick === null ? null : r }));
          const map = heatmapOf(matrix, columns, rows.map((row) => row.memberId), rows.map((row) => row.role));
          // Readiness counts requirements the matrix lacks ('y') as never rated, as the oracle does.
          expectLikeOracle(map, columns, rows);
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

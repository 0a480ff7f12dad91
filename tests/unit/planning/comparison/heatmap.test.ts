import { describe, expect, it } from 'vitest';
import { buildHeatmap, orderColumns, orderRows, skillsOfRoles, type Heatmap } from '../../../../src/shared/planning/heatmap';
import { M1, M2, nameOf, R, role } from './fixtures';

/** The map as rows of [level, required, gap, stale] per cell, readable in a test. */
function cells(map: Heatmap): [number, number, number, number][][] {
  const columns = map.skillIds.length;
  return map.memberIds.map((_, r) =>
    map.skillIds.map((_, c) => {
      const i = r * columns + c;
      return [map.level[i]!, map.required[i]!, map.gap[i]!, map.stale[i]!];
    }),
  );
}

describe('team heatmap against one role', () => {
  const map = buildHeatmap(['a', 'b', 'c', 'd'], [
    { memberId: 'm1', levels: M1, role: R },
    { memberId: 'm2', levels: M2, role: R },
  ]);

  it('holds level, requirement, gap and staleness per cell, worked by hand', () => {
    expect(cells(map)).toEqual([
      // a: 2 of 4 → 2 short · b: 3 of 2 → met · c: never rated of 3 → 3 short · d: 5, not required, stale
      [[2, 4, 2, 0], [3, 2, 0, 0], [-1, 3, 3, 0], [5, 0, -1, 1]],
      // a: 4 (stale) of 4 → met · b: 1 of 2 → 1 short · c: 3 of 3 → met · d: never rated, not required
      [[4, 4, 0, 1], [1, 2, 1, 0], [3, 3, 0, 0], [-1, 0, -1, 0]],
    ]);
  });

  it('totals the levels short per row and per column, and counts who is short', () => {
    expect([...map.rowShort]).toEqual([5, 1]);
    expect([...map.columnShort]).toEqual([2, 1, 3, 0]);
    expect([...map.columnMembersShort]).toEqual([1, 1, 1, 0]);
    expect(map.readiness.map((r) => Math.round(r! * 1000) / 1000)).toEqual([0.583, 0.833]);
  });

  it('sorts rows by total, by readiness, by one skill’s gap, and by name', () => {
    const name = (id: string) => nameOf(id);
    expect(orderRows(map, { by: 'short' }, 'desc', name)).toEqual([0, 1]);
    expect(orderRows(map, { by: 'short' }, 'asc', name)).toEqual([1, 0]);
    expect(orderRows(map, { by: 'readiness' }, 'desc', name)).toEqual([1, 0]);
    expect(orderRows(map, { by: 'skill', skillId: 'b' }, 'desc', name)).toEqual([1, 0]);
    expect(orderRows(map, { by: 'skill', skillId: 'c' }, 'desc', name)).toEqual([0, 1]);
    expect(orderRows(map, { by: 'name' }, 'desc', name)).toEqual([1, 0]);
  });

  it('sorts columns by levels short or by name, or keeps the catalog order', () => {
    expect(orderColumns(map, 'short', nameOf)).toEqual([2, 0, 1, 3]);
    expect(orderColumns(map, 'catalog', nameOf)).toEqual([0, 1, 2, 3]);
    // Attack trees, Basics, Cloud, Detection
    expect(orderColumns(map, 'name', nameOf)).toEqual([0, 1, 2, 3]);
  });

  it('breaks ties in a sort by member name', () => {
    const tied = buildHeatmap(['a'], [
      { memberId: 'm3', levels: M1, role: R },
      { memberId: 'm1', levels: M1, role: R },
    ]);
    expect(orderRows(tied, { by: 'short' }, 'desc', nameOf)).toEqual([1, 0]); // Mia before Ola
  });
});

describe('team heatmap with each member against their own target role', () => {
  const S = role('s', 'Scientist', [['d', 2, 1]]);
  const map = buildHeatmap(skillsOfRoles([R, S], ['d', 'c', 'b', 'a', 'z']), [
    { memberId: 'm1', levels: M1, role: S },
    { memberId: 'm3', levels: M2, role: null },
  ]);

  it('takes every role’s skills once, in catalog order', () => {
    expect(map.skillIds).toEqual(['d', 'c', 'b', 'a']);
  });

  it('measures a row only where its own role requires the skill; a member without a target role has no gaps', () => {
    expect(cells(map)).toEqual([
      [[5, 2, 0, 1], [-1, 0, -1, 0], [3, 0, -1, 0], [2, 0, -1, 0]],
      [[-1, 0, -1, 0], [3, 0, -1, 0], [1, 0, -1, 0], [4, 0, -1, 1]],
    ]);
    expect(map.readiness).toEqual([1, null]);
    expect([...map.rowShort]).toEqual([0, 0]);
  });

  it('puts rows without readiness last whichever way readiness is sorted', () => {
    expect(orderRows(map, { by: 'readiness' }, 'desc', nameOf)).toEqual([0, 1]);
    expect(orderRows(map, { by: 'readiness' }, 'asc', nameOf)).toEqual([0, 1]);
  });

  it('is empty for an empty team', () => {
    const empty = buildHeatmap(['a'], []);
    expect(empty.memberIds).toEqual([]);
    expect([...empty.columnShort]).toEqual([0]);
  });
});

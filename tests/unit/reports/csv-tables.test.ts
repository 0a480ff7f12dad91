import { describe, expect, it } from 'vitest';
import { buildHeatmap } from '../../../src/shared/planning/heatmap';
import { roleFit } from '../../../src/shared/planning/readiness';
import { gapTable, heatmapTable } from '../../../src/shared/reports/csv-tables';

const role = { id: 'r', name: 'Red teamer', requirements: [{ skill: 'a', level: 4, importance: 3 }, { skill: 'b', level: 2, importance: 1 }] } as const;
const levels = new Map([['a', { level: 2, stale: true }]] as const);

describe('CSV tables of the comparisons', () => {
  it('writes the heatmap in the shown order, with blanks for not rated and not required', () => {
    const map = buildHeatmap(['a', 'b', 'c'], [
      { memberId: 'm1', levels, role },
      { memberId: 'm2', levels: new Map(), role: null },
    ]);
    const table = heatmapTable(map, [0, 1], [1, 0], (id) => ({ m1: 'Ada', m2: 'Bo' })[id]!, (id) => id.toUpperCase());
    expect(table.headers).toEqual(['Member', 'Readiness %', 'Levels short', 'B: level', 'B: gap', 'A: level', 'A: gap']);
    // Ada: a at 2 of 4 (gap 2), b not rated (gap 2); readiness (3 × 2/4 + 0) / 4 = 37.5 % → 37.
    expect(table.rows).toEqual([
      ['Ada', 37, 4, '', 2, 2, 2],
      ['Bo', '', 0, '', '', '', ''],
    ]);
  });

  it('writes a member’s gap table against a role', () => {
    const table = gapTable(roleFit(role.requirements, levels), (id) => id.toUpperCase(), () => 'Offence');
    expect(table.rows).toEqual([
      ['A', 'Offence', 'Critical', 4, 2, 2, 'yes'],
      ['B', 'Offence', 'Useful', 2, '', 2, ''],
    ]);
  });
});

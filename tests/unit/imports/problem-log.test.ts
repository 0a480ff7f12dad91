import { describe, expect, it } from 'vitest';
import { kindOf, ProblemLog } from '../../../src/main/services/imports/csv/problem-log';

describe('the problems of a CSV preview', () => {
  it('keeps the first 200 by row and counts every one, per kind', () => {
    const log = new ProblemLog();
    // Found out of row order, as cross-row checks report late: 3 million problems.
    for (let row = 3_000_001; row >= 2; row--) {
      log.push({ row, column: row % 2 ? 'rated_on' : 'member', message: row % 2 ? `A rating cannot be dated in the future (2999-01-0${row % 9})` : `Unknown member “m${row}”` });
    }
    expect(log.count).toBe(3_000_000);
    const first = log.first();
    expect(first).toHaveLength(200);
    expect(first.map((p) => p.row)).toEqual(Array.from({ length: 200 }, (_, i) => i + 2));
    expect(log.perKind().map((k) => [k.column, k.count])).toEqual([
      ['member', 1_500_000],
      ['rated_on', 1_500_000],
    ]);
  }, 60_000);

  it('tells kinds apart by column and reason, values aside', () => {
    expect(kindOf('Unknown skill “x”: no skill has this id or name.')).toBe(kindOf('Unknown skill “y”: no skill has this id or name.'));
    expect(kindOf('Level must be 0 to 5; got “9”.')).not.toBe(kindOf('Unknown skill “9”.'));
  });
});

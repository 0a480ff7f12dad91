import { describe, expect, it } from 'vitest';
import { rankRoles } from '../../../../src/shared/planning/role-fit';
import { DEFAULT_THRESHOLDS, levels, M1, M2, nameOf, R, role } from './fixtures';

describe('best fit: every role ranked by readiness', () => {
  it('ranks by readiness, with the band and the top three gaps of each role', () => {
    // For M2: R = 5/6 (83 %, nearly ready). S needs a at 5 (critical) and d at 2 (useful):
    // a 4/5 × 3 = 2.4, d 0 → 2.4 / 4 = 60 %.
    const S = role('s', 'Scientist', [['a', 5, 3], ['d', 2, 1]]);
    const ranking = rankRoles([S, R], M2, DEFAULT_THRESHOLDS, nameOf);
    expect(ranking.map((r) => [r.roleName, Math.round(r.fit.readiness! * 1000) / 1000, r.band])).toEqual([
      ['Red teamer', 0.833, 'nearly-ready'],
      ['Scientist', 0.6, 'not-ready'],
    ]);
    // Gaps of S: a 1 short × critical 3 = 3 weighs more than d 2 short × useful 1 = 2.
    expect(ranking[1]!.topGaps.map((g) => [g.skillId, g.level, g.required])).toEqual([['a', 4, 5], ['d', null, 2]]);
  });

  it('keeps at most three gaps per role', () => {
    const big = role('big', 'Big', [['a', 5, 1], ['b', 5, 1], ['c', 5, 1], ['d', 5, 1]]);
    expect(rankRoles([big], new Map(), DEFAULT_THRESHOLDS, nameOf)[0]!.topGaps).toHaveLength(3);
  });

  it('breaks a readiness tie by fewer levels to learn, then by role name', () => {
    // Member: a 1, b 2, c 1, d 1.
    //   X needs a at 2 (useful): 1/2 → 50 %, 1 level short.
    //   Y needs b at 4 (important): 2/4 → 50 %, 2 levels short.
    //   Beta needs c at 2, Alpha needs d at 2: both 50 %, 1 level short → Alpha before Beta, both before Y.
    const member = levels({ a: 1, b: 2, c: 1, d: 1 });
    const roles = [
      role('y', 'Y', [['b', 4, 2]]),
      role('beta', 'Beta', [['c', 2, 1]]),
      role('x', 'X', [['a', 2, 1]]),
      role('alpha', 'Alpha', [['d', 2, 1]]),
    ];
    expect(rankRoles(roles, member, DEFAULT_THRESHOLDS, nameOf).map((r) => r.roleName)).toEqual(['Alpha', 'Beta', 'X', 'Y']);
  });

  it('puts roles without requirements last, unmeasured', () => {
    const ranking = rankRoles([role('empty', 'Aardvark', []), R], M1, DEFAULT_THRESHOLDS, nameOf);
    expect(ranking.map((r) => [r.roleName, r.band])).toEqual([
      ['Red teamer', 'not-ready'],
      ['Aardvark', 'unmeasured'],
    ]);
  });
});

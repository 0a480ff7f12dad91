import { describe, expect, it } from 'vitest';
import type { Rating } from '../../../../src/shared/domain/team';
import { roleCoverage } from '../../../../src/shared/planning/coverage';
import { staleRatings, teamLevels } from '../../../../src/shared/planning/team-levels';
import { DEFAULT_THRESHOLDS, M1, M2, R, role } from './fixtures';

describe('role coverage', () => {
  // S needs a at 5 (critical) and d at 2 (useful). M1: a 2/5 × 3 = 1.2 + d 1 → 2.2/4 = 55 %.
  // M2: a 4/5 × 3 = 2.4 + d 0 → 60 %. Nobody has a at 5 (M2 is closest with 4); M1 has d at 5.
  const S = role('s', 'Scientist', [['a', 5, 3], ['d', 2, 1]]);
  const team = [
    { id: 'm1', levels: M1 },
    { id: 'm2', levels: M2 },
  ];

  it('counts ready, nearly ready and not ready members per role, whatever they target', () => {
    const [r, s] = roleCoverage([R, S], team, DEFAULT_THRESHOLDS);
    expect(r).toMatchObject({ roleId: 'r', measured: true, ready: [], nearlyReady: ['m2'], notReady: ['m1'], blindSpots: [] });
    expect(s).toMatchObject({ ready: [], nearlyReady: [], notReady: ['m1', 'm2'] });
    // With thresholds at 80 % / 50 %, M2 (83 %) is ready for R, and M1 (58 %) nearly.
    expect(roleCoverage([R], team, { readyAt: 0.8, nearlyReadyAt: 0.5 })[0]).toMatchObject({ ready: ['m2'], nearlyReady: ['m1'] });
  });

  it('lists the skills nobody has at the required level, naming who is closest', () => {
    const [, s] = roleCoverage([R, S], team, DEFAULT_THRESHOLDS);
    expect(s!.blindSpots).toEqual([{ skillId: 'a', required: 5, importance: 3, closest: { memberId: 'm2', level: 4 } }]);
  });

  it('makes every requirement a blind spot for an empty team, and measures nothing for a role without requirements', () => {
    const [r, empty] = roleCoverage([R, role('e', 'Empty', [])], [], DEFAULT_THRESHOLDS);
    expect(r!.blindSpots.map((b) => [b.skillId, b.closest])).toEqual([['a', null], ['b', null], ['c', null]]);
    expect(empty).toEqual({ roleId: 'e', roleName: 'Empty', measured: false, ready: [], nearlyReady: [], notReady: [], blindSpots: [] });
  });
});

describe('team levels and the re-assessment list', () => {
  let id = 1;
  const rating = (memberId: string, skillId: string, level: Rating['level'], source: Rating['source'], ratedOn: string): Rating => ({
    id: id++,
    memberId,
    skillId,
    level,
    source,
    ratedOn,
    evidence: '',
  });
  const ratings = [
    rating('m1', 'a', 3, 'manager', '2024-01-10'), // stale, effective → listed
    rating('m1', 'b', 2, 'manager', '2024-02-01'), // stale, replaced by the newer one below → history
    rating('m1', 'b', 3, 'assessment', '2026-09-01'),
    rating('m2', 'a', 4, 'self', '2023-06-30'), // stale self rating, effective (nothing validated) → listed
    rating('m2', 'c', 1, 'self', '2026-10-01'),
  ];

  it('derives each member’s effective levels from the whole history', () => {
    const levels = teamLevels(ratings, '2026-11-25', 18);
    expect([...levels.keys()]).toEqual(['m1', 'm2']);
    expect(levels.get('m1')!.get('b')).toMatchObject({ level: 3, stale: false });
    expect(levels.get('m2')!.get('a')).toMatchObject({ level: 4, stale: true, source: 'self' });
  });

  it('lists the stale effective ratings, oldest first', () => {
    expect(staleRatings(teamLevels(ratings, '2026-11-25', 18))).toEqual([
      { memberId: 'm2', skillId: 'a', level: 4, source: 'self', ratedOn: '2023-06-30' },
      { memberId: 'm1', skillId: 'a', level: 3, source: 'manager', ratedOn: '2024-01-10' },
    ]);
  });

  it('follows the stale-after setting', () => {
    expect(staleRatings(teamLevels(ratings, '2026-11-25', 48))).toEqual([]);
  });
});

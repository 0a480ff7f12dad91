import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CandidateCache, memberCandidates, teamCandidates } from '../../../../src/shared/planning/team-budget/candidates';
import { arbitraryProblem } from '../paths/random-catalog';
import { course, member } from './fixtures';

describe("the team's candidates, generated together", () => {
  // s1 to 3: c1 ($300, 10 h) or c2 (free, 40 h); s2 to 2: only c3, which publishes no price; s3 to 2: c4 in EUR.
  const catalog = [
    course('c1', { s1: 3 }, 300, 10),
    course('c2', { s1: 3 }, 0, 40),
    course('c3', { s2: 2 }, null),
    course('c4', { s3: 2 }, 200, 5, { currency: 'EUR' }),
  ];
  const skills = ['s1', 's2', 's3'].map((id) => ({ id, prerequisites: [] }));
  const role: [string, number, number][] = [
    ['s1', 3, 3],
    ['s2', 2, 2],
    ['s3', 2, 1],
  ];

  it('gives each member the cheapest courses, names the unpriced and other-currency ones, and reuses the cache', () => {
    const novice = member('a', role);
    const twin = member('b', role);
    const expert = member('c', role, { s1: 3 });
    const cache = new CandidateCache();
    const [a, b, c] = teamCandidates(cache, [novice, twin, expert], skills, catalog, 'USD');
    // Lowest cost first: the free c2 rather than c1; c3 has no price and c4 is in euros, so neither is chosen.
    expect(a!.courses.map((x) => x.id)).toEqual(['c2']);
    expect(a!.open.map((o) => `${o.skill}:${o.reason}`)).toEqual(['s2:unpriced', 's3:other-currency']);
    expect(a!.unpricedLeftOut).toEqual(['c3']);
    // The same role and levels: one answer, generated once.
    expect(b).toBe(a);
    expect(c!.courses).toEqual([]);
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 1, misses: 2 });

    const again = teamCandidates(cache, [expert, novice], skills, catalog, 'USD');
    expect(again).toEqual([c, a]);
    expect({ hits: cache.hits, misses: cache.misses }).toEqual({ hits: 3, misses: 2 });
  });

  it('equals generating each member alone, whatever the catalog, roles and levels', () => {
    fc.assert(
      fc.property(
        arbitraryProblem({ maxCourses: 10 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        (problem, levelRows) => {
          const members = levelRows.map((row) => ({
            requirements: problem.roleNeeds,
            levels: new Map(row.map((level, i) => [`s${i}`, level])),
          }));
          const courses = problem.courses.map((c) => ({ ...c, currency: c.cost ? 'USD' : null }));
          const together = teamCandidates(new CandidateCache(), members, problem.skills, courses, 'USD');
          expect(together).toEqual(members.map((m) => memberCandidates(m.requirements, m.levels, problem.skills, courses, 'USD')));
        },
      ),
      { numRuns: 150 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GenerationLimits } from '../../../../src/shared/domain/plan';
import { chooseCourses, chooseCoursesForTeam } from '../../../../src/shared/planning/path-generation';
import type { CourseFacts, SkillFacts } from '../../../../src/shared/planning/path-needs';
import { arbitraryProblem } from './random-catalog';

const levels = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 6, maxLength: 6 }).map((ls) => new Map(ls.map((l, i) => [`s${i}`, l])));

describe('plans for a whole team', () => {
  it('gives every member the plan they get alone, whatever their role and levels (and members alike share it)', () => {
    fc.assert(
      fc.property(
        arbitraryProblem({ maxCourses: 12 }),
        arbitraryProblem({ maxCourses: 1 }),
        fc.array(fc.tuple(levels, fc.boolean()), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(0, 20),
        (problem, other, team, exactLimit) => {
          // Two roles over one catalog; every other member is a copy of the one before (same role and levels).
          const roles = [problem.roleNeeds, other.roleNeeds];
          const members = team.flatMap(([current, second], i) => {
            const member = { roleNeeds: roles[second ? 1 : 0]!, current: i === 0 ? problem.current : current };
            return i % 2 ? [member, { ...member, current: new Map(member.current) }] : [member];
          });
          const shared = { skills: problem.skills, courses: problem.courses, limits: problem.limits, exactLimit };
          const alone = members.map((m) => chooseCourses({ ...shared, roleNeeds: m.roleNeeds, current: m.current }));
          expect(chooseCoursesForTeam(shared, members)).toEqual(alone);
        },
      ),
    );
  });

  it('keeps the reasons for open gaps per member: an entry loop, a limit, a level already reached', () => {
    // c1 and c2 each need what the other teaches (a loop); c3 is from an excluded provider; c4 teaches b.
    const course = (id: string, provider: string, teaches: [string, number][], requires: [string, number][]): CourseFacts => ({
      id,
      provider,
      hours: 10,
      cost: 100,
      teaches: teaches.map(([skill, level]) => ({ skill, level: level as 1 })),
      requires: requires.map(([skill, level]) => ({ skill, level: level as 1 })),
    });
    const courses = [
      course('c1', 'A', [['a', 3], ['x', 2]], [['y', 2]]),
      course('c2', 'A', [['y', 2]], [['x', 2]]),
      course('c3', 'Shut', [['c', 3]], []),
      course('c4', 'A', [['b', 3]], []),
    ];
    const skills: SkillFacts[] = ['a', 'b', 'c', 'x', 'y'].map((id) => ({ id, prerequisites: [] }));
    const limits: GenerationLimits = { objective: 'hours', budgetCap: null, budgetCurrency: null, freeOnly: false, excludedProviders: ['shut'], assumedPrices: {} };
    const role = [
      { skill: 'a', level: 3, importance: 3 },
      { skill: 'b', level: 3, importance: 2 },
      { skill: 'c', level: 3, importance: 1 },
    ];
    const [novice, expertInB, knowsY] = chooseCoursesForTeam({ skills, courses, limits }, [
      { roleNeeds: role, current: new Map() },
      { roleNeeds: role, current: new Map([['b', 3]]) },
      { roleNeeds: role, current: new Map([['y', 2]]) },
    ]);
    const reasons = (open: { skill: string; reason: string }[]) => open.map((o) => `${o.skill}:${o.reason}`);
    // a: only c1 teaches it, and c1 waits on c2, which waits on c1.
    expect(reasons(novice!.open)).toEqual(['a:unreachable', 'c:excluded-provider']);
    expect(novice!.courses.map((c) => c.id)).toEqual(['c4']);
    expect(reasons(expertInB!.open)).toEqual(['a:unreachable', 'c:excluded-provider']);
    expect(expertInB!.courses).toEqual([]);
    // Already at y 2, c1's entry need is met: the loop is gone for this member alone.
    expect(reasons(knowsY!.open)).toEqual(['c:excluded-provider']);
    expect(knowsY!.courses.map((c) => c.id)).toEqual(['c1', 'c4']);
  });
});

import { describe, expect, it } from 'vitest';
import type { GenerationLimits } from '../../../../src/shared/domain/plan';
import { chooseCourses, type PathProblem } from '../../../../src/shared/planning/path-generation';
import type { CourseFacts } from '../../../../src/shared/planning/path-needs';

const limits = (l: Partial<GenerationLimits> = {}): GenerationLimits => ({
  objective: 'hours',
  budgetCap: null,
  budgetCurrency: null,
  freeOnly: false,
  excludedProviders: [],
  assumedPrices: {},
  ...l,
});

function course(id: string, hours: number, cost: number | null, teaches: [string, number][], requires: [string, number][] = [], provider = 'Acme'): CourseFacts {
  const at = ([skill, level]: [string, number]) => ({ skill, level: level as 1 | 2 | 3 | 4 | 5 });
  return { id, provider, hours, cost, teaches: teaches.map(at), requires: requires.map(at) };
}

function problem(p: Partial<PathProblem> & Pick<PathProblem, 'courses'>): PathProblem {
  return {
    roleNeeds: [
      { skill: 'threat-modelling', level: 3, importance: 3 },
      { skill: 'red-teaming', level: 2, importance: 2 },
    ],
    current: new Map(),
    skills: [
      { id: 'threat-modelling', prerequisites: [] },
      { id: 'red-teaming', prerequisites: [] },
      { id: 'python', prerequisites: [] },
    ],
    limits: limits(),
    ...p,
  };
}

const ids = (choice: ReturnType<typeof chooseCourses>) => choice.courses.map((c) => c.id).sort();

describe('choosing courses for a member’s gaps (hand-worked)', () => {
  const three = [
    course('tm-only', 10, 0, [['threat-modelling', 3]]),
    course('both', 15, 500, [['threat-modelling', 3], ['red-teaming', 2]]),
    course('rt-only', 8, 100, [['red-teaming', 2]]),
  ];

  it('fewest hours: one 15 h course beats 10 h + 8 h', () => {
    const choice = chooseCourses(problem({ courses: three }));
    expect(ids(choice)).toEqual(['both']);
    expect(choice.totalHours).toBe(15);
    expect(choice.method).toBe('exact');
    expect(choice.open).toEqual([]);
  });

  it('lowest cost: the free course and the 100 course beat one course at 500', () => {
    const choice = chooseCourses(problem({ courses: three, limits: limits({ objective: 'cost' }) }));
    expect(ids(choice)).toEqual(['rt-only', 'tm-only']);
    expect(choice.budgetSpent).toBe(100);
  });

  it('leaves out a gap the member has already reached', () => {
    const choice = chooseCourses(problem({ courses: three, current: new Map([['red-teaming', 2]]) }));
    expect(ids(choice)).toEqual(['tm-only']);
  });

  it('a course below the required level does not close the gap', () => {
    const choice = chooseCourses(problem({ courses: [course('intro', 2, 0, [['threat-modelling', 2], ['red-teaming', 2]])] }));
    expect(choice.closed.map((c) => `${c.skill}@${c.level}`)).toEqual(['red-teaming@2']);
    expect(choice.open).toEqual([{ skill: 'threat-modelling', level: 3, origin: 'role', reason: 'no-course', leftOut: [] }]);
  });

  it('adds the catalog prerequisites of a gap’s skill, and closes them too', () => {
    const choice = chooseCourses(
      problem({
        roleNeeds: [{ skill: 'threat-modelling', level: 3, importance: 3 }],
        skills: [
          { id: 'threat-modelling', prerequisites: [{ skill: 'python', level: 2 }] },
          { id: 'python', prerequisites: [] },
        ],
        courses: [course('tm', 10, 0, [['threat-modelling', 3]]), course('py', 6, 0, [['python', 2]])],
      }),
    );
    expect(ids(choice)).toEqual(['py', 'tm']);
    expect(choice.fixed.map((n) => `${n.skill}@${n.level}:${n.origin}`)).toEqual(['threat-modelling@3:role', 'python@2:prerequisite']);
  });

  it('meets a chosen course’s entry requirement with an earlier course', () => {
    const choice = chooseCourses(
      problem({
        roleNeeds: [{ skill: 'threat-modelling', level: 3, importance: 3 }],
        current: new Map([['python', 1]]),
        courses: [course('tm', 10, 0, [['threat-modelling', 3]], [['python', 2]]), course('py', 6, 0, [['python', 2]])],
      }),
    );
    expect(choice.courses.map((c) => c.id)).toEqual(['py', 'tm']);
    expect(choice.entryProviders).toEqual([{ courseId: 'tm', skill: 'python', level: 2, providerId: 'py' }]);
    expect(choice.closed).toContainEqual({ skill: 'python', level: 2, origin: 'entry', courseIds: ['py'] });
  });

  it('prefers a course without entry requirements when that is cheaper overall', () => {
    const choice = chooseCourses(
      problem({
        roleNeeds: [{ skill: 'threat-modelling', level: 3, importance: 3 }],
        courses: [
          course('tm-advanced', 8, 0, [['threat-modelling', 3]], [['python', 2]]),
          course('py', 6, 0, [['python', 2]]),
          course('tm-from-scratch', 12, 0, [['threat-modelling', 3]]),
        ],
      }),
    );
    expect(ids(choice)).toEqual(['tm-from-scratch']);
  });

  it('an entry requirement no course teaches becomes an open need for a milestone', () => {
    const choice = chooseCourses(
      problem({
        roleNeeds: [{ skill: 'threat-modelling', level: 3, importance: 3 }],
        courses: [course('tm', 10, 0, [['threat-modelling', 3]], [['python', 2]])],
      }),
    );
    expect(ids(choice)).toEqual(['tm']);
    expect(choice.open).toEqual([{ skill: 'python', level: 2, origin: 'entry', reason: 'no-course', leftOut: [], forCourseId: 'tm' }]);
  });

  it('free only and excluded providers: the gap left says the limits are why', () => {
    const courses = [course('paid', 5, 300, [['threat-modelling', 3]]), course('rt', 4, 0, [['red-teaming', 2]], [], 'Shunned')];
    const free = chooseCourses(problem({ courses, limits: limits({ freeOnly: true }) }));
    expect(free.open.find((o) => o.skill === 'threat-modelling')?.reason).toBe('free-only');
    const excluded = chooseCourses(problem({ courses, limits: limits({ excludedProviders: ['shunned'] }) }));
    expect(ids(excluded)).toEqual(['paid']);
    expect(excluded.open).toEqual([
      { skill: 'red-teaming', level: 2, origin: 'role', reason: 'excluded-provider', leftOut: [{ courseId: 'rt', reason: 'excluded-provider' }] },
    ]);
  });

  it('under a budget, closes the most important gaps it can afford and says which it left for the budget', () => {
    const courses = [course('tm', 10, 400, [['threat-modelling', 3]]), course('rt', 8, 300, [['red-teaming', 2]])];
    const choice = chooseCourses(problem({ courses, limits: limits({ budgetCap: 500 }) }));
    expect(ids(choice)).toEqual(['tm']); // importance 3 beats importance 2
    expect(choice.open).toEqual([{ skill: 'red-teaming', level: 2, origin: 'role', reason: 'budget', leftOut: [] }]);
    expect(chooseCourses(problem({ courses, limits: limits({ budgetCap: 700 }) })).open).toEqual([]);
  });

  it('under a budget a course without a published price is not chosen', () => {
    const choice = chooseCourses(problem({ courses: [course('tm', 10, null, [['threat-modelling', 3], ['red-teaming', 2]])], limits: limits({ budgetCap: 5000 }) }));
    expect(choice.courses).toEqual([]);
    expect(choice.open.map((o) => o.reason)).toEqual(['unpriced', 'unpriced']);
    expect(choice.unpricedLeftOut).toEqual(['tm']);
  });

  it('for lowest cost, an unpublished price counts as the dearest published one', () => {
    const courses = [
      course('unpriced', 5, null, [['threat-modelling', 3], ['red-teaming', 2]]),
      course('tm', 10, 200, [['threat-modelling', 3]]),
      course('rt', 10, 250, [['red-teaming', 2]]),
    ];
    // The unpriced course counts as 250: cheaper than 200 + 250.
    const choice = chooseCourses(problem({ courses, limits: limits({ objective: 'cost' }) }));
    expect(ids(choice)).toEqual(['unpriced']);
    expect(choice.budgetSpent).toBe(0);
  });

  it('courses whose entry requirements wait on each other are unreachable', () => {
    const choice = chooseCourses(
      problem({
        roleNeeds: [{ skill: 'threat-modelling', level: 3, importance: 3 }],
        courses: [
          course('a', 5, 0, [['threat-modelling', 3], ['python', 2]], [['red-teaming', 2]]),
          course('b', 5, 0, [['red-teaming', 2]], [['python', 2]]),
        ],
      }),
    );
    expect(choice.courses).toEqual([]);
    expect(choice.open).toEqual([{ skill: 'threat-modelling', level: 3, origin: 'role', reason: 'unreachable', leftOut: [] }]);
  });

  it('uses the exact search up to 20 candidates and says when it used the heuristic above that', () => {
    const skills = Array.from({ length: 25 }, (_, i) => ({ id: `s${i}`, prerequisites: [] }));
    const roleNeeds = skills.map((s) => ({ skill: s.id, level: 2, importance: 2 }));
    // 25 courses, each the only one teaching its skill: none dominates another.
    const courses = skills.map((s, i) => course(`c${i}`, 3 + i, 0, [[s.id, 2]]));
    const exact = chooseCourses({ roleNeeds: roleNeeds.slice(0, 20), current: new Map(), skills, courses: courses.slice(0, 20), limits: limits() });
    expect(exact.method).toBe('exact');
    expect(exact.candidateCount).toBe(20);
    const heuristic = chooseCourses({ roleNeeds, current: new Map(), skills, courses, limits: limits() });
    expect(heuristic.method).toBe('heuristic');
    expect(heuristic.candidateCount).toBe(25);
    expect(heuristic.courses).toHaveLength(25);
    expect(heuristic.open).toEqual([]);
  });

  it('drops a course another one makes pointless before counting candidates', () => {
    const choice = chooseCourses(
      problem({
        courses: [
          course('better', 5, 0, [['threat-modelling', 3], ['red-teaming', 2]]),
          course('worse', 6, 0, [['threat-modelling', 3]]),
        ],
      }),
    );
    expect(choice.candidateCount).toBe(1);
    expect(ids(choice)).toEqual(['better']);
  });
});

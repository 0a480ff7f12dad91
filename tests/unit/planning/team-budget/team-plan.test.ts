import { describe, expect, it } from 'vitest';
import { budgetPeriods, cumulativeCapacity } from '../../../../src/shared/planning/team-budget/periods';
import { planTeam } from '../../../../src/shared/planning/team-budget/team-plan';
import { course, member, problem } from './fixtures';

describe('budget periods and hours', () => {
  it('cuts the horizon into calendar quarters or years, the first from today and the last to the horizon’s end', () => {
    expect(budgetPeriods('2026-11-30', 12, 'quarter')).toEqual([
      { label: '2026-Q4', start: '2026-11-30', end: '2026-12-31' },
      { label: '2027-Q1', start: '2027-01-01', end: '2027-03-31' },
      { label: '2027-Q2', start: '2027-04-01', end: '2027-06-30' },
      { label: '2027-Q3', start: '2027-07-01', end: '2027-09-30' },
      { label: '2027-Q4', start: '2027-10-01', end: '2027-11-29' },
    ]);
    expect(budgetPeriods('2026-11-30', 12, 'year')).toEqual([
      { label: '2026', start: '2026-11-30', end: '2026-12-31' },
      { label: '2027', start: '2027-01-01', end: '2027-11-29' },
    ]);
  });

  it('counts weekly hours / 5 per working day, cumulatively, from the member’s start and outside blackouts', () => {
    const periods = budgetPeriods('2027-01-01', 6, 'quarter');
    // 64 working days in 2027-Q1, 65 in Q2 (counted on a calendar).
    expect(cumulativeCapacity(periods, 5, null, [])).toEqual([64, 129]);
    // Starting 1 April: nothing in Q1. A blackout over 5–9 April (Mon–Fri) takes 5 days.
    expect(cumulativeCapacity(periods, 5, '2027-04-01', [{ startsOn: '2027-04-05', endsOn: '2027-04-09' }])).toEqual([0, 60]);
  });
});

describe('planning a small team within a budget (worked by hand)', () => {
  // A needs s1 at 3 (critical) and s2 at 2 (useful); B has s1 at 1 and needs it at 3 (critical).
  // c1 teaches s1 to 3 for $1,000; c2 teaches s2 to 2 for free.
  const a = member('a', [
    ['s1', 3, 3],
    ['s2', 2, 1],
  ]);
  const b = member('b', [['s1', 3, 3]], { s1: 1 });
  const catalog = [course('c1', { s1: 3 }, 1000), course('c2', { s2: 2 }, 0, 5)];

  it('buys one $1,000 course per quarter: A in the first, B in the second, the free course too', () => {
    const plan = planTeam(problem([a, b], catalog));
    expect(plan.method).toBe('exact');
    expect(plan.spend).toEqual([
      { period: '2027-Q1', amount: 1000, currency: 'USD' },
      { period: '2027-Q2', amount: 1000, currency: 'USD' },
    ]);
    const [pa, pb] = plan.members;
    // A: 0 → 1; B: (3 × 1/3) / 3 = 1/3 → 1.
    expect(pa!.readinessBefore).toBe(0);
    expect(pa!.readinessAfter).toBeCloseTo(1, 9);
    expect(pb!.readinessBefore).toBeCloseTo(1 / 3, 9);
    expect(pb!.readinessAfter).toBeCloseTo(1, 9);
    expect(pa!.courses.map((c) => c.courseId).sort()).toEqual(['c1', 'c2']);
    expect(pa!.cost + pb!.cost).toBe(2000);
    expect(pa!.hours).toBe(15);
    expect(plan.unplaced).toEqual([]);
  });

  it('with $500 a quarter buys only the free course and says the rest did not fit the budget', () => {
    const plan = planTeam(problem([a, b], catalog, { budget: { amount: 500, currency: 'USD', per: 'quarter' } }));
    expect(plan.spend.map((s) => s.amount)).toEqual([0, 0]);
    expect(plan.members[0]!.courses.map((c) => c.courseId)).toEqual(['c2']);
    // A: only s2 reached: 1/4.
    expect(plan.members[0]!.readinessAfter).toBeCloseTo(0.25, 9);
    expect(plan.unplaced).toEqual([
      { memberId: 'a', skill: 's1', skillName: 's1', required: 3, reached: 0, reason: 'budget', courseIds: ['c1'] },
      { memberId: 'b', skill: 's1', skillName: 's1', required: 3, reached: 1, reason: 'budget', courseIds: ['c1'] },
    ]);
  });

  it('a zero budget buys no paid course, only free ones', () => {
    const plan = planTeam(problem([a, b], catalog, { budget: { amount: 0, currency: 'USD', per: 'year' } }));
    expect(plan.totalSpend).toBe(0);
    expect(plan.members.flatMap((m) => m.courses).every((c) => c.courseId === 'c2')).toBe(true);
  });

  it('within one quarter gives the one affordable seat to the bigger readiness gain (A: 0.75 against B: 0.67)', () => {
    const plan = planTeam(problem([a, b], catalog, { horizonMonths: 3 }));
    expect(plan.members[0]!.courses.map((c) => c.courseId).sort()).toEqual(['c1', 'c2']);
    expect(plan.members[1]!.courses).toEqual([]);
    expect(plan.unplaced).toEqual([{ memberId: 'b', skill: 's1', skillName: 's1', required: 3, reached: 1, reason: 'budget', courseIds: ['c1'] }]);
  });

  it('books both into one shared class at the cohort price and says what that saved', () => {
    const led = [course('c1', { s1: 3 }, 1000, 10, { sessions: [] }), catalog[1]!];
    const plan = planTeam(
      problem([a, b], led, { horizonMonths: 3, budget: { amount: 1500, currency: 'USD', per: 'quarter' }, cohortOffers: [{ courseId: 'c1', price: 1500, seats: 4 }] }),
    );
    expect(plan.spend).toEqual([{ period: '2027-Q1', amount: 1500, currency: 'USD' }]);
    expect(plan.sharedClasses).toEqual([
      { courseId: 'c1', title: 'Course c1', period: '2027-Q1', memberIds: ['a', 'b'], classes: 1, cost: 1500, saved: 500, session: null },
    ]);
    expect(plan.saved).toBe(500);
    expect(plan.members.map((m) => m.cost)).toEqual([750, 750]);
  });

  it('a course longer than the member’s hours is left out for hours, not budget', () => {
    // 1 hour a week: 12.8 h in Q1, 25.8 h by the end of Q2; c1 takes 40 h.
    const slow = member('a', [['s1', 3, 3]], {}, 1);
    const plan = planTeam(problem([slow], [course('c1', { s1: 3 }, 100, 40)]));
    expect(plan.members[0]!.courses).toEqual([]);
    expect(plan.unplaced).toEqual([{ memberId: 'a', skill: 's1', skillName: 's1', required: 3, reached: 0, reason: 'hours', courseIds: ['c1'] }]);
  });

  it('never counts a course without a published price as free, and names gaps no course teaches', () => {
    const c = member('c', [
      ['s3', 2, 2],
      ['s4', 1, 1],
    ]);
    const plan = planTeam(problem([c], [course('c4', { s3: 2 }, null)], { budget: { amount: 100000, currency: 'USD', per: 'quarter' } }));
    expect(plan.members[0]!.courses).toEqual([]);
    expect(plan.totalSpend).toBe(0);
    expect(plan.unplaced).toEqual([
      { memberId: 'c', skill: 's3', skillName: 's3', required: 2, reached: 0, reason: 'unpriced', courseIds: ['c4'] },
      { memberId: 'c', skill: 's4', skillName: 's4', required: 1, reached: 0, reason: 'no-course', courseIds: [] },
    ]);
  });

  it('leaves out courses priced in another currency than the budget', () => {
    const c = member('c', [['s3', 2, 2]]);
    const plan = planTeam(problem([c], [course('eu', { s3: 2 }, 50, 10, { currency: 'EUR' })]));
    expect(plan.members[0]!.courses).toEqual([]);
    expect(plan.unplaced[0]!.reason).toBe('other-currency');
  });
});

describe('priorities', () => {
  // s1 at 2 is critical (3); s2 and s3 at 1 are important (2): weight 7. One $100 purchase in one quarter.
  const m = member('m', [
    ['s1', 2, 3],
    ['s2', 1, 2],
    ['s3', 1, 2],
  ]);
  const courses = [course('crit', { s1: 2 }, 100), course('wide', { s2: 1, s3: 1 }, 100)];
  const base = { horizonMonths: 3, budget: { amount: 100, currency: 'USD', per: 'quarter' as const } };

  it('readiness takes the course gaining most readiness (4/7 against 3/7)', () => {
    const plan = planTeam(problem([m], courses, { ...base, priority: 'readiness' }));
    expect(plan.members[0]!.courses.map((c) => c.courseId)).toEqual(['wide']);
    expect(plan.members[0]!.readinessAfter).toBeCloseTo(4 / 7, 9);
  });

  it('critical closes the critical gap first', () => {
    const plan = planTeam(problem([m], courses, { ...base, priority: 'critical' }));
    expect(plan.members[0]!.courses.map((c) => c.courseId)).toEqual(['crit']);
    expect(plan.members[0]!.readinessAfter).toBeCloseTo(3 / 7, 9);
  });

  it('coverage closes the team’s blind spot (a skill nobody on the team has) first', () => {
    // A needs s1 (critical) and s2; a teammate without a target role already has s1, nobody has s2.
    const a = member('a', [
      ['s1', 1, 3],
      ['s2', 1, 1],
    ]);
    const input = problem([a], [course('c1', { s1: 1 }, 100), course('c2', { s2: 1 }, 100)], {
      ...base,
      priority: 'coverage',
      teamLevels: [a.levels, new Map([['s1', 2]])],
    });
    const plan = planTeam(input);
    expect(plan.blindSpots).toEqual([{ skill: 's2', skillName: 's2', level: 1, closed: true }]);
    expect(plan.members[0]!.courses.map((c) => c.courseId)).toEqual(['c2']);
    expect(planTeam({ ...input, priority: 'readiness' }).members[0]!.courses.map((c) => c.courseId)).toEqual(['c1']);
  });
});

describe('entry requirements', () => {
  it('takes a course that needs another in the same or a later period, never before', () => {
    // adv requires s1 at 2, which basic teaches. $600 each, $600 a quarter: basic in Q1, adv in Q2.
    const m = member('m', [['s2', 3, 3]]);
    const basic = course('basic', { s1: 2 }, 600);
    const adv = course('adv', { s2: 3 }, 600, 10, { requires: [{ skill: 's1', level: 2 }] });
    const plan = planTeam(problem([m], [adv, basic], { budget: { amount: 600, currency: 'USD', per: 'quarter' } }));
    expect(plan.members[0]!.courses.map((c) => [c.courseId, c.period])).toEqual([
      ['basic', '2027-Q1'],
      ['adv', '2027-Q2'],
    ]);
    expect(plan.members[0]!.readinessAfter).toBe(1);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SkillAtLevel } from '../../../../src/shared/domain/catalog';
import { solveExact } from '../../../../src/shared/planning/team-budget/exact';
import { solveHeuristic } from '../../../../src/shared/planning/team-budget/heuristic';
import type { TeamItem, TeamModel, TeamPriority } from '../../../../src/shared/planning/team-budget/model';
import { solveTeam } from '../../../../src/shared/planning/team-budget/solve';
import { bruteForceBest, scoreAssignment } from './brute-force';

const SKILLS = ['s0', 's1', 's2', 's3'];
const level = fc.integer({ min: 1, max: 4 });

/** A random small team: 1–3 members, at most 7 candidate items, 1–3 periods, prices and budgets in $50 steps. */
const teamModel: fc.Arbitrary<TeamModel> = fc
  .record({
    members: fc.array(
      fc.record({
        requirements: fc.uniqueArray(fc.record({ skill: fc.constantFrom(...SKILLS), level, importance: fc.integer({ min: 1, max: 3 }) }), {
          minLength: 1,
          maxLength: 3,
          selector: (r) => r.skill,
        }),
        levels: fc.dictionary(fc.constantFrom(...SKILLS), fc.integer({ min: 0, max: 3 }), { maxKeys: 2 }),
        perPeriodHours: fc.constantFrom(5, 10, 20, 40),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    items: fc.array(
      fc.record({
        member: fc.nat(2),
        course: fc.constantFrom('a', 'b', 'c', 'd'),
        hours: fc.constantFrom(5, 10, 15),
        teaches: fc.uniqueArray(fc.record({ skill: fc.constantFrom(...SKILLS), level }), { minLength: 1, maxLength: 2, selector: (t) => t.skill }),
        needsEarlier: fc.boolean(),
      }),
      { minLength: 1, maxLength: 7 },
    ),
    prices: fc.record({ a: fc.constantFrom(0, 50, 100, 150), b: fc.constantFrom(0, 50, 100), c: fc.constantFrom(50, 100, 200), d: fc.constantFrom(0, 100) }),
    cohortOnC: fc.option(fc.record({ price: fc.constantFrom(100, 150, 250), seats: fc.integer({ min: 2, max: 3 }) }), { nil: undefined }),
    seatsOnD: fc.option(fc.array(fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }), { minLength: 3, maxLength: 3 }), { nil: undefined }),
    periodCount: fc.integer({ min: 1, max: 3 }),
    budget: fc.constantFrom(0, 50, 100, 150, 200, 300),
    priority: fc.constantFrom<TeamPriority>('readiness', 'critical', 'coverage'),
    spots: fc.uniqueArray(fc.record({ skill: fc.constantFrom(...SKILLS), level }), { maxLength: 2, selector: (s) => s.skill }),
  })
  .map((r) => {
    const memberCount = r.members.length;
    const items: TeamItem[] = [];
    // One item per (member, course); an item may need the member's previous item (a provider).
    const seen = new Set<string>();
    for (const it of r.items) {
      const member = it.member % memberCount;
      if (seen.has(`${member}:${it.course}`)) continue;
      seen.add(`${member}:${it.course}`);
      const previous = items.map((x, i) => ({ x, i })).filter(({ x }) => x.member === member).at(-1);
      items.push({
        member,
        courseId: it.course,
        hours: it.hours,
        price: r.prices[it.course as keyof typeof r.prices],
        teaches: it.teaches as SkillAtLevel[],
        providers: it.needsEarlier && previous ? [previous.i] : [],
      });
    }
    // Items grouped by member, providers first (the order the solver is given).
    const order = items.map((_, i) => i).sort((a, b) => items[a]!.member - items[b]!.member || a - b);
    const renumber = new Map(order.map((old, k) => [old, k]));
    const sorted = order.map((old) => ({ ...items[old]!, providers: items[old]!.providers.map((p) => renumber.get(p)!) }));
    return {
      members: r.members.map((m, i) => ({
        id: `m${i}`,
        requirements: m.requirements,
        levels: new Map(Object.entries(m.levels)),
        capacity: Array.from({ length: r.periodCount }, (_, q) => m.perPeriodHours * (q + 1)),
      })),
      items: sorted,
      periodCount: r.periodCount,
      budget: r.budget,
      priority: r.priority,
      cohorts: new Map(r.cohortOnC ? [['c', r.cohortOnC]] : []),
      seats: new Map(r.seatsOnD ? [['d', r.seatsOnD.slice(0, r.periodCount)]] : []),
      blindSpots: r.spots,
    } satisfies TeamModel;
  });

const close = (a: number, b: number, tol = 1e-6) => Math.abs(a - b) <= tol;

describe('team solver against brute force on random small teams', () => {
  it('the exact search finds the best value brute force finds, with a placement that keeps every rule', () => {
    fc.assert(
      fc.property(teamModel, (model) => {
        const best = bruteForceBest(model);
        const exact = solveExact(model, null)!;
        expect(exact).not.toBeNull();
        const checked = scoreAssignment(model, exact.placement);
        expect(checked, 'the exact placement breaks a rule').not.toBeNull();
        expect(close(checked!.primary, best.primary, 1e-6)).toBe(true);
        expect(close(checked!.gain, best.gain, 1e-6)).toBe(true);
        expect(close(checked!.spend, best.spend, 0.01)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the heuristic keeps every rule and never claims more than the optimum; solveTeam says which method answered', () => {
    fc.assert(
      fc.property(teamModel, (model) => {
        const best = bruteForceBest(model);
        const h = solveHeuristic(model);
        const checked = scoreAssignment(model, h.placement);
        expect(checked).not.toBeNull();
        expect(checked!.primary).toBeLessThanOrEqual(best.primary + 1e-6);
        expect(close(checked!.spend, h.value.spend, 0.01)).toBe(true);
        expect(solveTeam(model, 0).method).toBe('heuristic');
        expect(solveTeam(model).method).toBe('exact');
      }),
      { numRuns: 200 },
    );
  });

  it('no period spends more than its budget, and a zero budget buys nothing priced', () => {
    fc.assert(
      fc.property(teamModel, (model) => {
        const s = solveTeam(model);
        for (let q = 0; q < model.periodCount; q++) {
          const spend = model.items.reduce((n, it, i) => n + (s.placement[i] === q ? it.price : 0), 0);
          // Seat prices summed bound what a period pays (shared classes only lower it).
          if (!model.cohorts.size) expect(spend).toBeLessThanOrEqual(model.budget);
        }
        if (model.budget === 0) expect(model.items.every((it, i) => s.placement[i] === -1 || it.price === 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

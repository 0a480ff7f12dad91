import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectExact } from '../../../../src/shared/planning/exact-selection';
import { selectHeuristic } from '../../../../src/shared/planning/heuristic-selection';
import { chooseCourses } from '../../../../src/shared/planning/path-generation';
import type { SelectionModel } from '../../../../src/shared/planning/selection-model';
import { arbitraryProblem, bestByBruteForce, bruteScore, closableRoleNeeds, lexLess } from './random-catalog';

const teaches = (c: { teaches: readonly { skill: string; level: number }[] }, n: { skill: string; level: number }) =>
  c.teaches.some((t) => t.skill === n.skill && t.level >= n.level);

// Hundreds of brute-force searches: seconds on a loaded two-core machine.
describe('path generation against brute force on random small catalogs', { timeout: 60_000 }, () => {
  it('without a budget: as good as the best of every subset, feasible, and every closable gap closed', () => {
    fc.assert(
      fc.property(arbitraryProblem({ maxCourses: 9 }), (problem) => {
        const choice = chooseCourses(problem);
        expect(choice.method).toBe('exact');
        const ours = bruteScore(problem, choice.courses);
        expect(ours, 'the chosen courses are a feasible selection').not.toBeNull();
        expect(ours).toEqual(bestByBruteForce(problem));
        for (const need of closableRoleNeeds(problem)) {
          expect(choice.courses.some((c) => teaches(c, need)), `${need.skill}@${need.level} is closed`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('under a budget cap: covers as much weight as the best subset within the cap, as cheaply', () => {
    fc.assert(
      fc.property(arbitraryProblem({ maxCourses: 8, budget: true }), (problem) => {
        const choice = chooseCourses(problem);
        const ours = bruteScore(problem, choice.courses);
        expect(ours).not.toBeNull();
        expect(ours).toEqual(bestByBruteForce(problem));
        expect(choice.budgetSpent).toBeLessThanOrEqual(problem.limits.budgetCap!);
      }),
      { numRuns: 300 },
    );
  });

  it('the heuristic (forced by a limit of 0) stays feasible and closes every closable gap without a budget', () => {
    fc.assert(
      fc.property(arbitraryProblem({ maxCourses: 12 }), (problem) => {
        const choice = chooseCourses({ ...problem, exactLimit: 0 });
        expect(choice.method === 'heuristic' || choice.candidateCount === 0).toBe(true);
        const ours = bruteScore(problem, choice.courses);
        expect(ours).not.toBeNull();
        for (const need of closableRoleNeeds(problem)) expect(choice.courses.some((c) => teaches(c, need))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

/** Random selection models, including entry needs that wait on each other (which the catalogs above exclude). */
const arbitraryModel: fc.Arbitrary<SelectionModel> = fc
  .record({
    needCount: fc.integer({ min: 1, max: 7 }),
    courses: fc.array(
      fc.record({
        covers: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        requires: fc.array(fc.nat(), { maxLength: 2 }),
        primary: fc.integer({ min: 1, max: 30 }),
        secondary: fc.integer({ min: 0, max: 30 }),
        budgetCost: fc.integer({ min: 0, max: 10 }),
      }),
      { minLength: 1, maxLength: 10 },
    ),
    fixed: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 5 }),
    budget: fc.option(fc.integer({ min: 0, max: 25 }), { nil: null }),
  })
  .map((r) => {
    const n = r.needCount;
    const uniq = (xs: number[]) => [...new Set(xs.map((x) => x % n))];
    return {
      needCount: n,
      budget: r.budget,
      courses: r.courses.map((c, i) => ({ ...c, id: `c${i}`, covers: uniq(c.covers), requires: uniq(c.requires) })),
      fixed: [...new Map(r.fixed.map(([need, weight]) => [need % n, weight])).entries()].map(([need, weight]) => ({ need, weight })),
    };
  });

// The rules of a selection model restated plainly for the oracle, independent of selection-model.ts.

/** Whether the chosen courses can all be taken in some order where each course's entry needs are covered by earlier ones: a search over the sets of courses taken so far. */
function canBeOrdered(model: SelectionModel, chosen: readonly number[]): boolean {
  const full = (1 << chosen.length) - 1;
  const seen = new Set<number>([0]);
  const queue = [0];
  while (queue.length > 0) {
    const taken = queue.pop()!;
    if (taken === full) return true;
    const have = new Set(chosen.filter((_, k) => taken & (1 << k)).flatMap((i) => model.courses[i]!.covers));
    chosen.forEach((i, k) => {
      const next = taken | (1 << k);
      if (!(taken & (1 << k)) && !seen.has(next) && model.courses[i]!.requires.every((n) => have.has(n))) {
        seen.add(next);
        queue.push(next);
      }
    });
  }
  return false;
}

/** Within the budget, every role need covered when there is no budget, and an order exists. */
function feasible(model: SelectionModel, chosen: readonly number[]): boolean {
  const spent = chosen.reduce((sum, i) => sum + model.courses[i]!.budgetCost, 0);
  if (model.budget !== null && spent > model.budget) return false;
  const covered = new Set(chosen.flatMap((i) => model.courses[i]!.covers));
  if (model.budget === null && !model.fixed.every((f) => covered.has(f.need))) return false;
  return canBeOrdered(model, chosen);
}

/** [-covered role weight, Σ primary, Σ secondary, number of courses]: smaller is better, in that order. */
function score(model: SelectionModel, chosen: readonly number[]): [number, number, number, number] {
  const covered = new Set(chosen.flatMap((i) => model.courses[i]!.covers));
  const weight = model.fixed.filter((f) => covered.has(f.need)).reduce((sum, f) => sum + f.weight, 0);
  const sum = (key: 'primary' | 'secondary') => chosen.reduce((total, i) => total + model.courses[i]![key], 0);
  return [-weight, sum('primary'), sum('secondary'), chosen.length];
}

describe('the exact search against brute force on random selection models', { timeout: 60_000 }, () => {
  it('finds a selection exactly as good as the best feasible subset (or none when there is none)', () => {
    fc.assert(
      fc.property(arbitraryModel, (model) => {
        const all = model.courses.map((_, i) => i);
        let best: [number, number, number, number] | null = null;
        for (let mask = 0; mask < 1 << all.length; mask++) {
          const chosen = all.filter((i) => mask & (1 << i));
          if (!feasible(model, chosen)) continue;
          const s = score(model, chosen);
          if (!best || lexLess(s, best)) best = s;
        }
        const found = selectExact(model, all, null);
        if (best === null) expect(found).toBeNull();
        else {
          expect(found).not.toBeNull();
          expect(feasible(model, found!.order)).toBe(true);
          expect(canBeOrdered(model, found!.order)).toBe(true);
          expect([...found!.score]).toEqual(best);
          expect(score(model, found!.order)).toEqual(best);
        }
        // The heuristic is never better than the optimum, and is feasible whenever it claims full coverage.
        const h = selectHeuristic(model, all);
        if (best && feasible(model, h.order)) expect(lexLess(score(model, h.order), best)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});

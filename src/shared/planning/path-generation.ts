import type { CourseLeftOutReason, GenerationLimits, NeedOrigin, OpenGapReason } from '../domain/plan';
import { EXACT_SEARCH_LIMIT, selectExact } from './exact-selection';
import { selectHeuristic } from './heuristic-selection';
import {
  analyseNeeds,
  needKey,
  outsideLimits,
  priceOf,
  teachesAtLeast,
  type CourseFacts,
  type CurrentLevels,
  type Need,
  type RoleNeed,
  type SkillFacts,
} from './path-needs';
import { isFeasible, undominatedCourses, type SelectionCourse, type SelectionModel } from './selection-model';

export interface PathProblem {
  /** The target role's requirements. */
  roleNeeds: readonly RoleNeed[];
  /** The member's effective level per skill (missing: 0). */
  current: CurrentLevels;
  skills: readonly SkillFacts[];
  courses: readonly CourseFacts[];
  limits: GenerationLimits;
  /** Candidates up to this count get the exact search (default 20). */
  exactLimit?: number;
}

export interface ClosedNeed {
  skill: string;
  level: number;
  origin: NeedOrigin;
  /** Chosen courses that teach it to that level. */
  courseIds: string[];
}

export interface OpenNeed {
  skill: string;
  level: number;
  origin: NeedOrigin;
  reason: OpenGapReason;
  /** Courses that teach it but the limits left out, each with why. */
  leftOut: { courseId: string; reason: CourseLeftOutReason }[];
  /** For an entry need: the chosen course that needs it. */
  forCourseId?: string;
}

export interface PathChoice {
  method: 'exact' | 'heuristic';
  /** Courses the search chose among (after limits, relevance and dominance). */
  candidateCount: number;
  /** Chosen courses in an order that meets every entry requirement. */
  courses: CourseFacts[];
  /** Role needs and their prerequisites (fixed), and entry needs of the chosen courses, that are closed. */
  closed: ClosedNeed[];
  open: OpenNeed[];
  /** Role needs and prerequisites, closed or not: the skills the plan is about. */
  fixed: Need[];
  /** For each chosen course's entry need: the earlier course that meets it (null: a milestone must). */
  entryProviders: { courseId: string; skill: string; level: number; providerId: string | null }[];
  totalHours: number;
  /** What the chosen courses spend of the cap: published prices in the cap's currency and assumed prices. */
  budgetSpent: number;
  /** Courses without a published or assumed price that teach a need, left out because a cap is set. */
  unpricedLeftOut: string[];
}

/**
 * The currency of the cap: the one given, else the one currency the priced courses use; null when no course
 * has a price; 'ambiguous' when they use several and none was given.
 */
export function budgetCurrencyOf(courses: readonly Pick<CourseFacts, 'cost' | 'currency'>[], limits: GenerationLimits): string | null | 'ambiguous' {
  if (limits.budgetCurrency) return limits.budgetCurrency;
  const used = new Set(courses.filter((c) => c.cost !== null && c.cost > 0 && c.currency).map((c) => c.currency!));
  return used.size === 0 ? null : used.size === 1 ? [...used][0]! : 'ambiguous';
}

const toUnits = (value: number) => Math.round(value * 100);

/**
 * Chooses the courses that close the member's gaps for the target role: every gap some course within the
 * limits can close, the catalog prerequisites of those skills, and the entry requirements of the chosen
 * courses. Objective: fewest hours (then lowest cost) or lowest cost (then fewest hours), then fewest courses.
 * A course with no published price counts at the price the user assumed for it (`limits.assumedPrices`); without
 * one, for the cost objective, as the dearest published price among the courses within the limits (a cautious
 * guess), and under a budget cap it is not chosen at all, since its price cannot be checked (and it is named).
 */
export function chooseCourses(problem: PathProblem): PathChoice {
  const { current } = problem;
  const currency = budgetCurrencyOf(problem.courses, problem.limits);
  if (currency === 'ambiguous') throw new Error('The catalog prices courses in several currencies: give the budget’s currency.');
  const limits = { ...problem.limits, budgetCurrency: currency };
  const analysis = analyseNeeds(problem.roleNeeds, current, problem.skills, problem.courses, limits);

  // Number the closable needs: fixed ones and every usable course's entry needs.
  const index = new Map<string, number>();
  const needs: Need[] = [];
  const number = (n: Need) => {
    const key = needKey(n.skill, n.level);
    if (!index.has(key)) {
      index.set(key, needs.length);
      needs.push(n);
    }
    return index.get(key)!;
  };
  const fixed = analysis.fixed.filter((n) => analysis.closable(n.skill, n.level)).map((n) => ({ need: number(n), weight: n.weight }));
  for (const c of analysis.usable) for (const e of analysis.entryNeeds.get(c.id)!) if (analysis.closable(e.skill, e.level)) number(e);

  const published = problem.courses
    .filter((c) => outsideLimits(c, limits) === null)
    .map((c) => c.cost)
    .filter((c): c is number => c !== null);
  const unpricedGuess = published.length ? Math.max(...published) : 0;
  // Needs by skill, so a course's covered needs come from what it teaches rather than a scan of every need.
  const needsOfSkill = new Map<string, number[]>();
  needs.forEach((n, i) => needsOfSkill.set(n.skill, [...(needsOfSkill.get(n.skill) ?? []), i]));
  const coversOf = (c: CourseFacts) =>
    [...new Set(c.teaches.flatMap((t) => (needsOfSkill.get(t.skill) ?? []).filter((i) => needs[i]!.level <= t.level)))].sort((a, b) => a - b);
  const courses: SelectionCourse[] = analysis.usable.map((c) => {
    const hours = toUnits(c.hours + (c.examHours ?? 0));
    const price = priceOf(c, limits);
    const cost = toUnits(price ?? unpricedGuess);
    return {
      id: c.id,
      covers: coversOf(c),
      requires: analysis.entryNeeds
        .get(c.id)!
        .filter((e) => analysis.closable(e.skill, e.level))
        .map((e) => index.get(needKey(e.skill, e.level))!),
      primary: limits.objective === 'hours' ? hours : cost,
      secondary: limits.objective === 'hours' ? cost : hours,
      budgetCost: toUnits(price ?? 0),
    };
  });
  const model: SelectionModel = {
    needCount: needs.length,
    fixed,
    courses,
    budget: limits.budgetCap === null ? null : toUnits(limits.budgetCap),
  };

  const candidates = undominatedCourses(model);
  const exactLimit = problem.exactLimit ?? EXACT_SEARCH_LIMIT;
  const heuristic = selectHeuristic(model, candidates);
  const method = candidates.length <= exactLimit ? 'exact' : 'heuristic';
  const selection =
    method === 'exact' ? (selectExact(model, candidates, isFeasible(model, heuristic.order) ? heuristic : null) ?? heuristic) : heuristic;

  const chosen = selection.order.map((i) => analysis.usable[i]!);
  return describeChoice({ ...problem, limits }, analysis, chosen, method, candidates.length);
}

function describeChoice(
  problem: PathProblem,
  analysis: ReturnType<typeof analyseNeeds>,
  chosen: CourseFacts[],
  method: PathChoice['method'],
  candidateCount: number,
): PathChoice {
  const closers = (n: { skill: string; level: number }) => chosen.filter((c) => teachesAtLeast(c, n.skill, n.level)).map((c) => c.id);
  const closed: ClosedNeed[] = [];
  const open: OpenNeed[] = [];
  const seen = new Set<string>();
  for (const n of analysis.fixed) {
    seen.add(needKey(n.skill, n.level));
    const ids = closers(n);
    if (ids.length) closed.push({ skill: n.skill, level: n.level, origin: n.origin, courseIds: ids });
    else open.push({ skill: n.skill, level: n.level, origin: n.origin, ...analysis.openReason(n.skill, n.level) });
  }
  const entryProviders: PathChoice['entryProviders'] = [];
  chosen.forEach((course, position) => {
    for (const e of analysis.entryNeeds.get(course.id) ?? []) {
      const provider = chosen.slice(0, position).find((c) => teachesAtLeast(c, e.skill, e.level)) ?? null;
      entryProviders.push({ courseId: course.id, skill: e.skill, level: e.level, providerId: provider?.id ?? null });
      const key = needKey(e.skill, e.level);
      if (seen.has(key)) continue;
      seen.add(key);
      if (provider) closed.push({ skill: e.skill, level: e.level, origin: 'entry', courseIds: closers(e) });
      else open.push({ skill: e.skill, level: e.level, origin: 'entry', ...analysis.openReason(e.skill, e.level), forCourseId: course.id });
    }
  });
  return {
    method,
    candidateCount,
    courses: chosen,
    closed,
    open,
    fixed: analysis.fixed,
    entryProviders,
    totalHours: chosen.reduce((sum, c) => sum + c.hours + (c.examHours ?? 0), 0),
    budgetSpent: chosen.reduce((sum, c) => sum + (priceOf(c, problem.limits) ?? 0), 0),
    unpricedLeftOut: problem.courses
      .filter((c) => outsideLimits(c, problem.limits) === 'unpriced' && analysis.fixed.some((n) => teachesAtLeast(c, n.skill, n.level)))
      .map((c) => c.id),
  };
}

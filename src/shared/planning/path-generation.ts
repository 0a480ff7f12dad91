import type { CourseLeftOutReason, GenerationLimits, NeedOrigin, OpenGapReason } from '../domain/plan';
import { EXACT_SEARCH_LIMIT, selectExact } from './exact-selection';
import { selectHeuristic } from './heuristic-selection';
import { budgetCurrencyOf, pathCatalog, type PathCatalog } from './path-catalog';
import { analyseNeeds, needKey, priceOf, teachesAtLeast, type CourseFacts, type CurrentLevels, type Need, type RoleNeed, type SkillFacts } from './path-needs';
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

export { budgetCurrencyOf };

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
  return chooseFromCatalog(pathCatalog(problem.skills, problem.courses, problem.limits), problem.roleNeeds, problem.current, problem.exactLimit);
}

/** chooseCourses over a catalog already indexed (path-catalog.ts): what a team's members share. */
export function chooseFromCatalog(catalog: PathCatalog, roleNeeds: readonly RoleNeed[], current: CurrentLevels, exactLimit = EXACT_SEARCH_LIMIT): PathChoice {
  const { limits } = catalog;
  const analysis = analyseNeeds(roleNeeds, current, catalog);

  // Number the closable needs: fixed ones and every usable course's entry needs.
  const index = new Map<number, number>();
  const needs: Need[] = [];
  const number = (n: Need) => {
    const id = catalog.needId(n.skill, n.level);
    let i = index.get(id);
    if (i === undefined) {
      index.set(id, (i = needs.length));
      needs.push(n);
    }
    return i;
  };
  const fixed = analysis.fixed.filter((n) => analysis.closable(n.skill, n.level)).map((n) => ({ need: number(n), weight: n.weight }));
  for (const c of analysis.usable) for (const e of analysis.entryNeeds.get(c.id)!) if (analysis.closable(e.skill, e.level)) number(e);

  const unpricedGuess = catalog.unpricedGuess;
  // Needs by skill, so a course's covered needs come from what it teaches rather than a scan of every need.
  const needsOfSkill = new Map<string, number[]>();
  needs.forEach((n, i) => {
    const list = needsOfSkill.get(n.skill);
    if (list) list.push(i);
    else needsOfSkill.set(n.skill, [i]);
  });
  // A course's covered needs, each once, ascending.
  const marked = new Uint8Array(needs.length);
  const coversOf = (c: CourseFacts) => {
    const covers: number[] = [];
    for (const t of c.teaches) {
      const ofSkill = needsOfSkill.get(t.skill);
      if (!ofSkill) continue;
      for (const i of ofSkill) {
        if (needs[i]!.level <= t.level && !marked[i]) {
          marked[i] = 1;
          // Kept ascending as it grows (a handful of needs: cheaper than sorting after).
          let at = covers.length;
          covers.push(i);
          while (at > 0 && covers[at - 1]! > i) {
            covers[at] = covers[at - 1]!;
            at--;
          }
          covers[at] = i;
        }
      }
    }
    for (const i of covers) marked[i] = 0;
    return covers;
  };
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
        .map((e) => index.get(catalog.needId(e.skill, e.level))!),
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
  const heuristic = selectHeuristic(model, candidates);
  const method = candidates.length <= exactLimit ? 'exact' : 'heuristic';
  const selection =
    method === 'exact' ? (selectExact(model, candidates, isFeasible(model, heuristic.order) ? heuristic : null) ?? heuristic) : heuristic;

  const chosen = selection.order.map((i) => analysis.usable[i]!);
  return describeChoice(catalog, analysis, chosen, method, candidates.length);
}

function describeChoice(
  catalog: PathCatalog,
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
    budgetSpent: chosen.reduce((sum, c) => sum + (priceOf(c, catalog.limits) ?? 0), 0),
    unpricedLeftOut: catalog.unpriced.filter((c) => analysis.fixed.some((n) => teachesAtLeast(c, n.skill, n.level))).map((c) => c.id),
  };
}

/** One member of a team to plan for: their target role's requirements and their current levels. */
export interface TeamMemberProblem {
  roleNeeds: readonly RoleNeed[];
  current: CurrentLevels;
}

/**
 * chooseCourses for every member of a team against one catalog and one set of limits, each result the same as
 * planning that member alone. What does not depend on the member is done once: the limits settled and the
 * catalog indexed by skill taught (path-catalog.ts); members of the same role with the same levels (say, new
 * hires without ratings) share one answer (the same object: read it, do not change it).
 */
export function chooseCoursesForTeam(
  shared: { skills: readonly SkillFacts[]; courses: readonly CourseFacts[]; limits: GenerationLimits; exactLimit?: number },
  members: readonly TeamMemberProblem[],
): PathChoice[] {
  const catalog = pathCatalog(shared.skills, shared.courses, shared.limits);
  const roleKeys = new Map<readonly RoleNeed[], number>();
  const answers = new Map<string, PathChoice>();
  return members.map(({ roleNeeds, current }) => {
    if (!roleKeys.has(roleNeeds)) roleKeys.set(roleNeeds, roleKeys.size);
    const levels = [...current].filter(([, level]) => level > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const key = JSON.stringify([roleKeys.get(roleNeeds), levels]);
    let answer = answers.get(key);
    if (!answer) answers.set(key, (answer = chooseFromCatalog(catalog, roleNeeds, current, shared.exactLimit)));
    return answer;
  });
}

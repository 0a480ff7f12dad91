import fc from 'fast-check';
import type { SkillAtLevel } from '../../../../src/shared/domain/catalog';
import type { GenerationLimits } from '../../../../src/shared/domain/plan';
import type { PathProblem } from '../../../../src/shared/planning/path-generation';
import type { CourseFacts, SkillFacts } from '../../../../src/shared/planning/path-needs';

type Level = SkillAtLevel['level'];

/**
 * Small random planning problems. Skills are numbered; a skill's prerequisites are lower-numbered skills and a
 * course only requires skills numbered below every skill it teaches, so entry requirements can never wait on
 * each other in a loop: every gap some course within the limits teaches is closable.
 */
export function arbitraryProblem(options: { maxCourses: number; budget?: boolean }): fc.Arbitrary<PathProblem> {
  const skillCount = 6;
  const level = fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<Level>;
  const course = fc.record({
    teachesFrom: fc.integer({ min: 1, max: skillCount - 1 }),
    teaches: fc.array(fc.tuple(fc.nat(), level), { minLength: 1, maxLength: 3 }),
    requires: fc.array(fc.tuple(fc.nat(), level), { maxLength: 2 }),
    hours: fc.integer({ min: 1, max: 40 }),
    cost: fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 1, max: 20 }).map((n) => n * 50)),
    provider: fc.constantFrom('Alpha', 'Beta', 'Gamma'),
  });
  return fc
    .record({
      prerequisites: fc.array(fc.tuple(fc.integer({ min: 1, max: skillCount - 1 }), fc.nat(), level), { maxLength: 4 }),
      roleNeeds: fc.array(fc.tuple(fc.nat(), level, fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 5 }),
      current: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: skillCount, maxLength: skillCount }),
      courses: fc.array(course, { minLength: 1, maxLength: options.maxCourses }),
      objective: fc.constantFrom('hours' as const, 'cost' as const),
      // Free courses only in about 3 problems of 10, drawn by fast-check (seeded, so a failure replays and shrinks).
      freeOnly: fc.integer({ min: 0, max: 9 }).map((n) => n < 3),
      excluded: fc.subarray(['Alpha', 'Beta', 'Gamma'], { maxLength: 1 }),
      budgetCap: options.budget ? fc.integer({ min: 0, max: 20 }).map((n) => n * 50) : fc.constant(null),
    })
    .map((r) => {
      const id = (i: number) => `s${i}`;
      const skills: SkillFacts[] = Array.from({ length: skillCount }, (_, i) => ({
        id: id(i),
        prerequisites: dedupe(r.prerequisites.filter(([s]) => s === i).map(([, p, l]) => ({ skill: id(p % i), level: l }))),
      }));
      const courses: CourseFacts[] = r.courses.map((c, i) => ({
        id: `c${i}`,
        provider: c.provider,
        hours: c.hours,
        cost: c.cost,
        teaches: dedupe(c.teaches.map(([s, l]) => ({ skill: id(c.teachesFrom + (s % (skillCount - c.teachesFrom))), level: l }))),
        requires: dedupe(c.requires.map(([s, l]) => ({ skill: id(s % c.teachesFrom), level: l }))),
      }));
      const roleNeeds = dedupe(r.roleNeeds.map(([s, l]) => ({ skill: id(s % skillCount), level: l }))).map((n, i) => ({
        ...n,
        importance: r.roleNeeds[i % r.roleNeeds.length]![2],
      }));
      const limits: GenerationLimits = {
        objective: r.objective,
        budgetCap: r.budgetCap,
        budgetCurrency: null,
        freeOnly: r.freeOnly,
        excludedProviders: r.excluded,
        assumedPrices: {},
      };
      return {
        roleNeeds,
        current: new Map(r.current.map((l, i) => [id(i), l])),
        skills,
        courses,
        limits,
      } satisfies PathProblem;
    });
}

function dedupe(list: SkillAtLevel[]): SkillAtLevel[] {
  const best = new Map<string, SkillAtLevel>();
  for (const x of list) if ((best.get(x.skill)?.level ?? 0) < x.level) best.set(x.skill, x);
  return [...best.values()];
}

// ---------------------------------------------------------------------------------------------------------------
// A deliberately plain restatement of the rules, independent of the implementation, for brute force.

interface NeedRow {
  skill: string;
  level: number;
  weight: number;
}

const teaches = (c: CourseFacts, n: { skill: string; level: number }) => c.teaches.some((t) => t.skill === n.skill && t.level >= n.level);

/** Seeds plus, transitively, the prerequisites of their skills, minus what the member already has. */
export function needsOf(problem: PathProblem, seeds: NeedRow[]): NeedRow[] {
  const out: NeedRow[] = [];
  const visit = (skill: string, level: number, weight: number) => {
    if ((problem.current.get(skill) ?? 0) >= level) return;
    const found = out.find((n) => n.skill === skill && n.level === level);
    if (found && found.weight >= weight) return;
    if (found) found.weight = weight;
    else out.push({ skill, level, weight });
    for (const p of problem.skills.find((s) => s.id === skill)?.prerequisites ?? []) visit(p.skill, p.level, weight);
  };
  for (const s of seeds) visit(s.skill, s.level, s.weight);
  return out;
}

export function inLimits(problem: PathProblem): CourseFacts[] {
  const { limits } = problem;
  return problem.courses.filter(
    (c) =>
      !limits.excludedProviders.includes(c.provider) &&
      (!limits.freeOnly || c.cost === 0) &&
      (limits.budgetCap === null || (c.cost !== null && c.cost <= limits.budgetCap)),
  );
}

/** The role's needs (and their prerequisites) that some course within the limits teaches. */
export function closableRoleNeeds(problem: PathProblem): NeedRow[] {
  const pool = inLimits(problem);
  return needsOf(problem, problem.roleNeeds.map((r) => ({ skill: r.skill, level: r.level, weight: r.importance }))).filter((n) =>
    pool.some((c) => teaches(c, n)),
  );
}

/** [-covered weight, primary, secondary, count] of a selection, or null when it is not feasible. */
export function bruteScore(problem: PathProblem, chosen: CourseFacts[]): [number, number, number, number] | null {
  const pool = inLimits(problem);
  const { limits } = problem;
  // Entry needs: met by another chosen course taught earlier; by construction an order always exists, so
  // "some other chosen course teaches it" is the whole condition. Needs no course in the pool teaches are milestones.
  for (const c of chosen) {
    const entry = needsOf(problem, c.requires.map((r) => ({ ...r, weight: 1 })));
    for (const e of entry) {
      if (!pool.some((p) => teaches(p, e))) continue;
      if (!chosen.some((o) => o !== c && teaches(o, e))) return null;
    }
  }
  const role = closableRoleNeeds(problem);
  const covered = role.filter((n) => chosen.some((c) => teaches(c, n)));
  if (limits.budgetCap === null && covered.length < role.length) return null;
  if (limits.budgetCap !== null && chosen.reduce((s, c) => s + (c.cost ?? 0), 0) > limits.budgetCap) return null;
  const published = pool.map((c) => c.cost).filter((c): c is number => c !== null);
  const guess = published.length ? Math.max(...published) : 0;
  const hours = chosen.reduce((s, c) => s + Math.round(c.hours * 100), 0);
  const cost = chosen.reduce((s, c) => s + Math.round((c.cost ?? guess) * 100), 0);
  const weight = covered.reduce((s, n) => s + n.weight, 0);
  return limits.objective === 'hours' ? [-weight, hours, cost, chosen.length] : [-weight, cost, hours, chosen.length];
}

export function bestByBruteForce(problem: PathProblem): [number, number, number, number] | null {
  const pool = inLimits(problem);
  let best: [number, number, number, number] | null = null;
  for (let mask = 0; mask < 1 << pool.length; mask++) {
    const chosen = pool.filter((_, i) => mask & (1 << i));
    const score = bruteScore(problem, chosen);
    if (score && (!best || lexLess(score, best))) best = score;
  }
  return best;
}

export function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

import { afterAll, expect, it } from 'vitest';
import type { SkillAtLevel } from '../../src/shared/domain/catalog';
import type { GenerationLimits } from '../../src/shared/domain/plan';
import { chooseCourses, chooseCoursesForTeam, type PathProblem } from '../../src/shared/planning/path-generation';
import type { CourseFacts, RoleNeed, SkillFacts } from '../../src/shared/planning/path-needs';
import { compare, printTable, type ComparisonResult } from './support/compare';

const results: ComparisonResult[] = [];
afterAll(() => printTable(results));

/** A deterministic pseudo-random sequence, so every run times the same catalog. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}
const level = (r: () => number) => (1 + Math.floor(r() * 5)) as SkillAtLevel['level'];

/** 120 skills (prerequisites on lower-numbered ones), 2,000 courses teaching 1–4 skills and requiring 0–2. */
function catalog(courseCount: number) {
  const r = random(7);
  const skills: SkillFacts[] = Array.from({ length: 120 }, (_, i) => ({
    id: `s${i}`,
    prerequisites: i > 10 && r() < 0.4 ? [{ skill: `s${Math.floor(r() * i)}`, level: level(r) }] : [],
  }));
  const courses: CourseFacts[] = Array.from({ length: courseCount }, (_, i) => {
    const taught = new Map<string, SkillAtLevel['level']>();
    for (let k = 1 + Math.floor(r() * 4); k > 0; k--) taught.set(`s${Math.floor(r() * 120)}`, level(r));
    return {
      id: `c${i}`,
      provider: `Provider ${i % 60}`,
      hours: 2 + Math.floor(r() * 60),
      cost: r() < 0.3 ? 0 : r() < 0.2 ? null : 50 * Math.floor(r() * 40),
      teaches: [...taught].map(([skill, l]) => ({ skill, level: l })),
      requires: r() < 0.4 ? [{ skill: `s${Math.floor(r() * 120)}`, level: Math.min(3, level(r)) as SkillAtLevel['level'] }] : [],
    };
  });
  const role: RoleNeed[] = Array.from({ length: 25 }, (_, i) => ({ skill: `s${(i * 7) % 120}`, level: 3 + (i % 3), importance: 1 + (i % 3) }));
  return { skills, courses, role };
}

function members(count: number) {
  const r = random(11);
  return Array.from({ length: count }, () => new Map(Array.from({ length: 120 }, (_, i) => [`s${i}`, Math.floor(r() * 4)] as const)));
}

/**
 * The baseline: textbook greedy set cover of the same role gaps (most newly closed gaps per hour), ignoring
 * prerequisites, entry requirements, limits and exactness: the least any path generator has to do.
 */
function greedyCover(role: readonly RoleNeed[], current: ReadonlyMap<string, number>, courses: readonly CourseFacts[]): string[] {
  let open = role.filter((n) => (current.get(n.skill) ?? 0) < n.level);
  const chosen: string[] = [];
  while (open.length > 0) {
    let best: CourseFacts | null = null;
    let bestScore = 0;
    for (const c of courses) {
      const closes = open.filter((n) => c.teaches.some((t) => t.skill === n.skill && t.level >= n.level)).length;
      if (closes / (c.hours + 1) > bestScore) {
        best = c;
        bestScore = closes / (c.hours + 1);
      }
    }
    if (!best) break;
    chosen.push(best.id);
    open = open.filter((n) => !best.teaches.some((t) => t.skill === n.skill && t.level >= n.level));
  }
  return chosen;
}

const LIMITS: GenerationLimits = { objective: 'hours', budgetCap: null, budgetCurrency: null, freeOnly: false, excludedProviders: [], assumedPrices: {} };

it('path generation for one member against 2,000 courses, and for a team of 200, against greedy set cover', () => {
  const { skills, courses, role } = catalog(2000);
  const [one] = members(1);
  const team = members(200);
  const problem = (current: ReadonlyMap<string, number>): PathProblem => ({ roleNeeds: role, current, skills, courses, limits: LIMITS });
  const forTeam = () => chooseCoursesForTeam({ skills, courses, limits: LIMITS }, team.map((current) => ({ roleNeeds: role, current })));

  const single = chooseCourses(problem(one!));
  console.log(`one member: ${single.method} search over ${single.candidateCount} candidates, ${single.courses.length} courses, ${single.open.length} gaps open`);
  const alone = team.map((m) => chooseCourses(problem(m)));
  console.log(`team of 200: ${alone.filter((c) => c.method === 'exact').length} exact, ${alone.filter((c) => c.method === 'heuristic').length} heuristic`);
  expect(single.courses.length).toBeGreaterThan(0);
  // The team's plans are the ones each member gets alone.
  expect(forTeam()).toEqual(alone);

  results.push(
    compare({
      name: 'generate a path: 1 member, 2,000 courses',
      baseline: { label: 'greedy set cover of the role gaps', prepare: () => () => void greedyCover(role, one!, courses) },
      subject: { label: 'chooseCourses (prerequisites, entry needs, exact ≤ 20)', prepare: () => () => void chooseCourses(problem(one!)) },
      rounds: 7,
    }),
    compare({
      name: 'generate paths: team of 200, 2,000 courses',
      baseline: { label: 'greedy set cover × 200', prepare: () => () => team.forEach((m) => greedyCover(role, m, courses)) },
      subject: { label: 'chooseCoursesForTeam (catalog indexed once)', prepare: () => () => void forTeam() },
      rounds: 5,
    }),
    compare({
      name: 'the same team, against planning each member alone',
      baseline: { label: 'chooseCourses × 200, one at a time', prepare: () => () => team.forEach((m) => chooseCourses(problem(m))) },
      subject: { label: 'chooseCoursesForTeam (catalog indexed once)', prepare: () => () => void forTeam() },
      rounds: 5,
    }),
  );
  // The goal is absolute (≤ 2 s for the team); printed beside the ratios.
  console.log(`team of 200: ${(results.at(-2)!.subjectMs / 1000).toFixed(2)} s (median)`);
});

import { afterAll, expect, it } from 'vitest';
import type { SkillAtLevel } from '../../src/shared/domain/catalog';
import { teamBudgetService } from '../../src/main/services/plans/team-budget-service';
import { CandidateCache, memberCandidates } from '../../src/shared/planning/team-budget/candidates';
import { budgetPeriods, cumulativeCapacity } from '../../src/shared/planning/team-budget/periods';
import { planTeam, type TeamCourse, type TeamMemberInput, type TeamPlanInput } from '../../src/shared/planning/team-budget/team-plan';
import { readinessOf } from '../../src/shared/planning/team-budget/model';
import { apiOnFile } from '../support/api-on-file';
import { compare, printTable, type ComparisonResult } from './support/compare';
import { between, seeded } from './support/random';

const results: ComparisonResult[] = [];
afterAll(() => printTable(results));

/**
 * The baseline: what a planner does without a team solver. Each member's plan is generated alone (the same
 * path generation, uncached), then bought member by member in that order, each course in the first period
 * whose budget and the member's hours still allow it (after the courses it needs). No trade-off between members.
 */
function greedyBaseline(input: TeamPlanInput): { gained: number; spend: number } {
  const periods = budgetPeriods(input.today, input.horizonMonths, input.budget.per);
  const spend = periods.map(() => 0);
  let gained = 0;
  for (const m of input.members) {
    const choice = memberCandidates(m.requirements, m.levels, input.skills, input.courses, input.budget.currency);
    const capacity = cumulativeCapacity(periods, m.weeklyHours, m.startDate, m.blackouts);
    const hours = periods.map(() => 0);
    const boughtIn = new Map<string, number>();
    const after = new Map(m.levels);
    for (const c of choice.courses) {
      const needs = choice.entryProviders.filter((e) => e.courseId === c.id && e.providerId).map((e) => boughtIn.get(e.providerId!));
      if (needs.some((p) => p === undefined)) continue;
      const h = c.hours + (c.examHours ?? 0);
      for (let p = Math.max(0, ...(needs as number[])); p < periods.length; p++) {
        const fits = spend[p]! + (c.cost ?? 0) <= input.budget.amount && hours.every((x, q) => q < p || x + h <= capacity[q]!);
        if (!fits) continue;
        spend[p]! += c.cost ?? 0;
        for (let q = p; q < periods.length; q++) hours[q]! += h;
        boughtIn.set(c.id, p);
        for (const t of c.teaches) if ((after.get(t.skill) ?? 0) < t.level) after.set(t.skill, t.level);
        break;
      }
    }
    gained += readinessOf(m.requirements, (s) => after.get(s) ?? 0) - readinessOf(m.requirements, (s) => m.levels.get(s) ?? 0);
  }
  return { gained, spend: spend.reduce((a, b) => a + b, 0) };
}

/** 120 skills, 2,000 courses (USD prices, some free, some unpriced), 4 roles of 25 requirements, 50 members. */
function syntheticTeam(): TeamPlanInput {
  const r = seeded(16);
  const level = () => between(r, 1, 5) as SkillAtLevel['level'];
  const skills = Array.from({ length: 120 }, (_, i) => ({
    id: `s${i}`,
    prerequisites: i > 10 && r() < 0.3 ? [{ skill: `s${Math.floor(r() * i)}`, level: between(r, 1, 3) as SkillAtLevel['level'] }] : [],
  }));
  const courses: TeamCourse[] = Array.from({ length: 2000 }, (_, i) => {
    const taught = new Map<string, SkillAtLevel['level']>();
    for (let k = between(r, 1, 4); k > 0; k--) taught.set(`s${Math.floor(r() * 120)}`, level());
    const roll = r();
    const cost = roll < 0.25 ? 0 : roll < 0.35 ? null : 50 * between(r, 1, 40);
    return {
      id: `c${i}`,
      title: `Course ${i}`,
      provider: `Provider ${i % 60}`,
      hours: between(r, 2, 60),
      examHours: null,
      cost,
      currency: cost ? 'USD' : null,
      teaches: [...taught].map(([skill, l]) => ({ skill, level: l })),
      requires: r() < 0.3 ? [{ skill: `s${Math.floor(r() * 120)}`, level: between(r, 1, 3) as SkillAtLevel['level'] }] : [],
      sessions: [],
    };
  });
  const roles = Array.from({ length: 4 }, (_, k) =>
    Array.from({ length: 25 }, (_, i) => ({ skill: `s${(i * 7 + k * 13) % 120}`, level: 3 + ((i + k) % 3), importance: 1 + ((i + k) % 3) })),
  );
  const members: TeamMemberInput[] = Array.from({ length: 50 }, (_, i) => ({
    id: `m${i}`,
    name: `Member ${i}`,
    weeklyHours: between(r, 2, 8),
    startDate: null,
    blackouts: [],
    roleName: `Role ${i % 4}`,
    requirements: roles[i % 4]!,
    levels: new Map(Array.from({ length: 120 }, (_, s) => [`s${s}`, between(r, 0, 3)] as const)),
  }));
  return {
    today: '2026-11-30',
    budget: { amount: 5000, currency: 'USD', per: 'quarter' },
    horizonMonths: 12,
    priority: 'readiness',
    members,
    teamLevels: members.map((m) => m.levels),
    skills,
    courses,
    cohortOffers: [],
  };
}

it('the demo team at 5,000 USD a quarter: first run, what-if with cached candidates, and the greedy baseline', () => {
  const t = apiOnFile();
  try {
    const service = teamBudgetService(t.store.db);
    const request = { budget: { amount: 5000, currency: 'USD', per: 'quarter' as const }, horizonMonths: 12, priority: 'readiness' as const, cohortOffers: [] };
    const input = service.inputFor(request).input;
    const warm = new CandidateCache();
    planTeam(input, warm);
    const team = planTeam(input, new CandidateCache());
    const base = greedyBaseline(input);
    console.log(
      `demo team: ${team.method}; readiness gained ${team.readinessGained.toFixed(3)} for $${team.totalSpend} (greedy baseline ${base.gained.toFixed(3)} for $${base.spend})`,
    );
    expect(team.readinessGained).toBeGreaterThanOrEqual(base.gained - 1e-9);
    results.push(
      compare({
        name: 'demo team, first run (candidates computed)',
        baseline: { label: 'greedy: members planned alone, bought in order', prepare: () => () => void greedyBaseline(input) },
        subject: { label: 'planTeam, empty candidate cache', prepare: () => () => void planTeam(input, new CandidateCache()) },
        rounds: 7,
      }),
      compare({
        name: 'demo team, what-if (priority changed, candidates cached)',
        baseline: { label: 'greedy: members planned alone, bought in order', prepare: () => () => void greedyBaseline(input) },
        subject: { label: 'planTeam, warm candidate cache', prepare: () => () => void planTeam({ ...input, priority: 'coverage' }, warm) },
        rounds: 7,
      }),
      compare({
        name: 'demo team, what-if through the API (read the file + solve)',
        baseline: { label: 'greedy: members planned alone, bought in order', prepare: () => () => void greedyBaseline(input) },
        subject: { label: 'plans.generateTeam, cached', prepare: () => () => void t.call('plans.generateTeam', { ...request, priority: 'critical' }) },
        rounds: 7,
      }),
    );
  } finally {
    t.close();
  }
});

it('a team of 50 against 2,000 courses at 5,000 USD a quarter, against the greedy baseline', () => {
  const input = syntheticTeam();
  const team = planTeam(input, new CandidateCache());
  const base = greedyBaseline(input);
  console.log(
    `team of 50: ${team.method}; readiness gained ${team.readinessGained.toFixed(3)} for $${team.totalSpend} (greedy baseline ${base.gained.toFixed(3)} for $${base.spend})`,
  );
  for (const s of team.spend) expect(s.amount).toBeLessThanOrEqual(5000);
  results.push(
    compare({
      name: 'team of 50, 2,000 courses, first run',
      baseline: { label: 'greedy: members planned alone, bought in order', prepare: () => () => void greedyBaseline(input) },
      subject: { label: 'planTeam, empty candidate cache', prepare: () => () => void planTeam(input, new CandidateCache()) },
      rounds: 3,
    }),
  );
});

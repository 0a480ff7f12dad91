import type { TeamPlanRequest, TeamPlanResult } from '../../../shared/api/operations/team-budget';
import { newId } from '../../../shared/domain/ids';
import { DEFAULT_PLAN_SETTINGS, type GenerationLimits } from '../../../shared/domain/plan';
import { chooseCourses } from '../../../shared/planning/path-generation';
import { buildPathGraph } from '../../../shared/planning/path-graph';
import { CandidateCache, teamCandidates } from '../../../shared/planning/team-budget/candidates';
import { planTeam, type TeamMemberInput, type TeamPlanInput } from '../../../shared/planning/team-budget/team-plan';
import { coursesRepository } from '../../db/repositories/courses';
import type { Db } from '../../db/open';
import { DomainError, notFound } from '../errors';
import { localToday } from '../team/clock';
import { generationReport } from './plan-generation-service';
import { planningFacts } from './planning-facts';

/** Members' candidate courses survive between what-ifs on the same data file (dropped when the catalog changes). */
const caches = new WeakMap<Db, CandidateCache>();
const INSTRUCTOR_LED = new Set(['live-online', 'in-person', 'blended']);

/**
 * The team plan within a budget (src/shared/planning/team-budget): `generate` reads the team and the catalog and
 * solves; `apply` solves the same way and writes each member's courses as a new plan variant, in one transaction.
 */
export function teamBudgetService(db: Db, today: () => string = localToday) {
  const facts = planningFacts(db, today);
  const courseRows = coursesRepository(db);
  const cache = caches.get(db) ?? new CandidateCache();
  caches.set(db, cache);

  /** What the pure planner is given: the members to plan with their levels and hours, and the catalog. */
  function inputFor(request: TeamPlanRequest) {
    const all = facts.members.list();
    const chosen = request.memberIds
      ? request.memberIds.map((id, i) => {
          const m = all.find((x) => x.id === id);
          if (!m) throw notFound('Team member', id);
          if (!m.targetRoleId) {
            throw new DomainError('INVALID_INPUT', `${m.name} has no target role; set one on the Team screen or leave them out of the team plan.`, {
              fields: [{ path: ['memberIds', i], message: 'No target role.' }],
            });
          }
          return m;
        })
      : all.filter((m) => m.targetRoleId);
    request.cohortOffers.forEach((offer, i) => {
      const course = courseRows.get(offer.courseId);
      if (!course) throw notFound('Course', offer.courseId);
      if (!INSTRUCTOR_LED.has(course.format) && course.sessions.length === 0) {
        throw new DomainError('INVALID_INPUT', `“${course.title}” is self-paced: a shared-class price is only for an instructor-led course.`, {
          fields: [{ path: ['cohortOffers', i, 'courseId'], message: 'Not an instructor-led course.' }],
        });
      }
    });
    const skills = facts.catalog.skills();
    const courses = facts.catalog.courses();
    const levelsOf = new Map(all.map((m) => [m.id, facts.currentLevels(m.id)]));
    const members: TeamMemberInput[] = chosen.map((m) => {
      const role = facts.catalog.role(m.targetRoleId!);
      if (!role) throw notFound('Role', m.targetRoleId!);
      return {
        id: m.id,
        name: m.name,
        weeklyHours: m.weeklyHours,
        startDate: m.startDate,
        blackouts: facts.blackouts.forMember(m.id),
        roleName: role.name,
        requirements: role.requirements,
        levels: levelsOf.get(m.id)!,
      };
    });
    const input: TeamPlanInput = {
      today: today(),
      budget: request.budget,
      horizonMonths: request.horizonMonths,
      priority: request.priority,
      members,
      teamLevels: [...levelsOf.values()],
      skills,
      courses,
      cohortOffers: request.cohortOffers,
      skillNames: new Map(skills.map((s) => [s.id, s.name])),
    };
    return { input, members, skills, courses };
  }

  function solve(request: TeamPlanRequest) {
    const started = performance.now();
    const { input, members, skills, courses } = inputFor(request);
    const hitsBefore = cache.hits;
    const missesBefore = cache.misses;
    const plan = planTeam(input, cache);
    const timing = { ms: Math.round(performance.now() - started), cachedMembers: cache.hits - hitsBefore, computedMembers: cache.misses - missesBefore };
    return { plan: { ...plan, sharedCandidates: sharedCandidates(input) }, members, skills, courses, timing };
  }

  /** Instructor-led courses that two or more members' candidates include (read from the cache the solve filled). */
  function sharedCandidates(input: TeamPlanInput): TeamPlanResult['sharedCandidates'] {
    const needers = new Map<string, string[]>();
    teamCandidates(cache, input.members, input.skills, input.courses, input.budget.currency).forEach((choice, i) => {
      for (const c of choice.courses) needers.set(c.id, [...(needers.get(c.id) ?? []), input.members[i]!.id]);
    });
    const out: TeamPlanResult['sharedCandidates'] = [];
    for (const [courseId, memberIds] of needers) {
      const course = courseRows.get(courseId);
      if (memberIds.length < 2 || !course || (!INSTRUCTOR_LED.has(course.format) && course.sessions.length === 0)) continue;
      const priced = course.cost !== null && (course.cost === 0 || course.currency === input.budget.currency);
      out.push({ courseId, title: course.title, format: course.format, memberIds, seatPrice: priced ? course.cost : null });
    }
    return out.sort((a, b) => a.title.localeCompare(b.title));
  }

  /** A variant name the member does not use yet: “Team plan 2026-11-30”, then “… (2)”. */
  function freeName(memberId: string, base: string): string {
    const taken = new Set(facts.plans.summaries(memberId).map((p) => p.name.toLowerCase()));
    for (let n = 1; ; n++) {
      const name = n === 1 ? base : `${base} (${n})`;
      if (!taken.has(name.toLowerCase())) return name;
    }
  }

  return {
    /** The planner's input for a request (read in the caller's transaction); benchmarks time the planner on it. */
    inputFor,

    generate(request: TeamPlanRequest): TeamPlanResult {
      return db.transaction(() => {
        const { plan, timing } = solve(request);
        return { today: today(), ...plan, timing };
      }).deferred();
    },

    /**
     * Writes each planned member's courses as a new variant named “Team plan <date>”: the graph path generation
     * builds from exactly those courses (gaps they leave become milestones), with the schedule's dates. A member
     * with no plan yet gets it as the active plan; anyone else keeps their active plan. One transaction.
     */
    apply(request: TeamPlanRequest): TeamPlanResult {
      return db.transaction(() => {
        const { plan, members, skills, courses, timing } = solve(request);
        const byId = new Map(courses.map((c) => [c.id, c]));
        const skillNames = new Map(skills.map((s) => [s.id, s.name]));
        const limits: GenerationLimits = {
          objective: 'cost',
          budgetCap: null,
          budgetCurrency: request.budget.currency,
          freeOnly: false,
          excludedProviders: [],
          assumedPrices: {},
        };
        const out = plan.members.map((row, i) => {
          const member = members[i]!;
          const picked = row.courses.map((c) => byId.get(c.courseId)!);
          const choice = chooseCourses({ roleNeeds: member.requirements, current: member.levels, skills, courses: picked, limits });
          const graph = buildPathGraph(choice, {
            skills,
            skillName: (id) => skillNames.get(id) ?? id,
            courseTitle: (id) => byId.get(id)?.title ?? id,
          });
          const planId = newId('plan');
          const isActive = facts.plans.summaries(member.id).every((p) => !p.isActive);
          const targetRoleId = facts.member(member.id).targetRoleId;
          facts.plans.insert({ id: planId, memberId: member.id, name: freeName(member.id, `Team plan ${today()}`), isActive, targetRoleId, settings: DEFAULT_PLAN_SETTINGS });
          for (const n of graph.nodes) facts.plans.upsertNode(planId, n);
          for (const e of graph.edges) facts.plans.upsertEdge(planId, e);
          facts.plans.markGenerated(planId, generationReport(choice, limits), { ...DEFAULT_PLAN_SETTINGS, limits }, targetRoleId);
          facts.storeSchedule(planId, byId);
          return { ...row, planId };
        });
        return { today: today(), ...plan, members: out, timing };
      })();
    },
  };
}

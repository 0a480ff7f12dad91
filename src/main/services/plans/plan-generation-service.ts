import { newId } from '../../../shared/domain/ids';
import { DEFAULT_PLAN_SETTINGS, type GenerationLimits, type GenerationReport, type Plan } from '../../../shared/domain/plan';
import type { TargetLevel } from '../../../shared/domain/proficiency';
import { budgetCurrencyOf, chooseCourses, type PathChoice } from '../../../shared/planning/path-generation';
import { buildPathGraph } from '../../../shared/planning/path-graph';
import { mergeGeneratedGraph } from '../../../shared/planning/path-merge';
import type { Db } from '../../db/open';
import { DomainError, notFound } from '../errors';
import { localToday } from '../team/clock';
import { planningFacts } from './planning-facts';

export interface GenerateRequest {
  memberId: string;
  planId: string | null;
  limits: GenerationLimits;
  mode: 'replace' | 'merge';
}

/**
 * The limits as generation uses and stores them: the budget's currency named (so assumed prices read in it
 * later), and assumed prices only for courses that exist and publish no price.
 */
function settledLimits(limits: GenerationLimits, courses: readonly { id: string; title: string; cost: number | null }[]): GenerationLimits {
  const currency = budgetCurrencyOf(courses, limits);
  if (currency === 'ambiguous' && (limits.budgetCap !== null || Object.keys(limits.assumedPrices).length > 0)) {
    throw new DomainError('INVALID_INPUT', 'The catalog prices courses in several currencies: choose the currency of the budget and assumed prices.', {
      fields: [{ path: ['limits', 'budgetCurrency'], message: 'Choose the budget’s currency.' }],
    });
  }
  const byId = new Map(courses.map((c) => [c.id, c]));
  for (const id of Object.keys(limits.assumedPrices)) {
    const course = byId.get(id);
    if (!course) throw notFound('Course', id);
    if (course.cost !== null) {
      throw new DomainError('INVALID_INPUT', `“${course.title}” has a published price; an assumed price is only for a course without one.`, {
        fields: [{ path: ['limits', 'assumedPrices', id], message: 'This course has a published price.' }],
      });
    }
  }
  return { ...limits, budgetCurrency: currency === 'ambiguous' ? null : currency };
}

/** What a generation stored with the plan says: method, what was closed, what stays open and why. */
export function generationReport(choice: PathChoice, limits: GenerationLimits): GenerationReport {
  return {
    method: choice.method,
    candidateCount: choice.candidateCount,
    limits,
    closed: choice.closed.map(({ skill, level, origin, courseIds }) => ({ skill, level: level as TargetLevel, origin, courseIds })),
    open: choice.open.map(({ skill, level, origin, reason, leftOut }) => ({ skill, level: level as TargetLevel, origin, reason, leftOut })),
    unpricedLeftOut: choice.unpricedLeftOut,
    courseIds: choice.courses.map((c) => c.id),
    totalHours: choice.totalHours,
    generatedAt: new Date().toISOString(),
  };
}

/**
 * "Generate from gaps": chooses courses for the member's target role (src/shared/planning/path-generation),
 * lays the graph out, and writes it into the plan (a new active "Main plan" when the member has none) with the
 * schedule's dates, in one transaction. `merge` keeps manual nodes and progress; `replace` starts over.
 */
export function planGenerationService(db: Db, today: () => string = localToday) {
  const facts = planningFacts(db, today);
  const { plans, catalog } = facts;

  return {
    generate({ memberId, planId, limits: asked, mode }: GenerateRequest): Plan {
      return db.transaction(() => {
        const member = facts.member(memberId);
        if (!member.targetRoleId) {
          throw new DomainError('INVALID_INPUT', `${member.name} has no target role; set one on the Team screen, then generate the plan.`, {
            fields: [{ path: ['memberId'], message: 'No target role.' }],
          });
        }
        const role = catalog.role(member.targetRoleId);
        if (!role) throw notFound('Role', member.targetRoleId);

        let plan = planId ? plans.get(planId) : plans.activeFor(memberId);
        if (planId && (!plan || plan.memberId !== memberId)) throw notFound('Plan', planId);
        if (!plan) {
          const id = newId('plan');
          const name = plans.summaries(memberId).some((p) => p.name === 'Main plan') ? `Plan ${new Date().toISOString().slice(0, 10)}` : 'Main plan';
          plans.insert({ id, memberId, name, isActive: plans.summaries(memberId).every((p) => !p.isActive), targetRoleId: role.id, settings: DEFAULT_PLAN_SETTINGS });
          plan = plans.get(id)!;
        }

        const skills = catalog.skills();
        const courses = catalog.courses();
        const limits = settledLimits(asked, courses);
        const choice = chooseCourses({
          roleNeeds: role.requirements,
          current: facts.currentLevels(memberId),
          skills,
          courses,
          limits,
        });
        const skillNames = new Map(skills.map((s) => [s.id, s.name]));
        const courseTitles = new Map(courses.map((c) => [c.id, c.title]));
        const generated = buildPathGraph(choice, {
          skills,
          skillName: (id) => skillNames.get(id) ?? id,
          courseTitle: (id) => courseTitles.get(id) ?? id,
        });
        const existing = { nodes: plan.nodes.map(({ startDate: _s, endDate: _e, ...n }) => n), edges: plan.edges };
        const graph = mode === 'merge' ? mergeGeneratedGraph(existing, generated) : generated;

        plans.deleteAllNodes(plan.id);
        for (const n of graph.nodes) plans.upsertNode(plan.id, n);
        for (const e of graph.edges) plans.upsertEdge(plan.id, e);
        plans.markGenerated(plan.id, generationReport(choice, limits), { ...plan.settings, limits }, role.id);
        facts.storeSchedule(plan.id, new Map(courses.map((c) => [c.id, c])));
        return plans.get(plan.id)!;
      })();
    },
  };
}

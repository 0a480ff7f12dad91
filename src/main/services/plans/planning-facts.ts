import type { Plan } from '../../../shared/domain/plan';
import type { Member } from '../../../shared/domain/team';
import { effectiveLevels, type EffectiveLevel } from '../../../shared/planning/effective-level';
import { scheduleNodes, type Teammate } from '../../../shared/planning/plan-effort';
import { scheduleCourses, type Schedule } from '../../../shared/planning/schedule';
import { memberBlackoutsRepository } from '../../db/repositories/member-blackouts';
import { membersRepository } from '../../db/repositories/members';
import { planningCatalogRepository, type PlanningCourse } from '../../db/repositories/planning-catalog';
import { plansRepository } from '../../db/repositories/plans';
import { ratingsRepository } from '../../db/repositories/ratings';
import type { Db } from '../../db/open';
import { notFound } from '../errors';
import { settingsService } from '../settings-service';

/**
 * What the planner reads about members, their levels and the catalog, shared by the plan services. Every
 * function runs inside the caller's transaction.
 */
export function planningFacts(db: Db, today: () => string) {
  const members = membersRepository(db);
  const ratings = ratingsRepository(db);
  const catalog = planningCatalogRepository(db);
  const blackouts = memberBlackoutsRepository(db);
  const plans = plansRepository(db);
  const settings = settingsService(db);

  function member(memberId: string): Member {
    const m = members.get(memberId);
    if (!m) throw notFound('Team member', memberId);
    return m;
  }

  function levels(memberId: string): Map<string, EffectiveLevel> {
    return effectiveLevels(ratings.forMember(memberId), today(), settings.get().staleAfterMonths);
  }

  function currentLevels(memberId: string): Map<string, number> {
    return new Map([...levels(memberId)].map(([skill, l]) => [skill, l.level]));
  }

  /**
   * The plan's dates from the member's hours, start date (today when unset) and blackout periods: courses
   * with their exam parts and sessions, milestones with their effort (hours per level from Settings).
   */
  function schedule(plan: Plan, m: Member, courses: ReadonlyMap<string, PlanningCourse>): Schedule {
    return scheduleCourses({
      nodes: scheduleNodes(plan.nodes, courses, currentLevels(m.id), settings.get().milestoneHoursPerLevel),
      edges: plan.edges,
      weeklyHours: m.weeklyHours,
      startDate: m.startDate ?? today(),
      today: today(),
      blackouts: blackouts.forMember(m.id),
      maxParallel: plan.settings.maxParallel,
    });
  }

  /** Every member with their effective levels, for mentor suggestions. */
  function teammates(): Teammate[] {
    return members.list().map((t) => ({ memberId: t.id, name: t.name, levels: currentLevels(t.id) }));
  }

  /** Recomputes a plan's schedule and writes the dates that changed onto its nodes (reports read them). */
  function storeSchedule(planId: string, courses?: ReadonlyMap<string, PlanningCourse>) {
    const plan = plans.get(planId);
    if (!plan) return;
    const byId = courses ?? new Map(catalog.courses().map((c) => [c.id, c]));
    const dates = schedule(plan, member(plan.memberId), byId).dates;
    for (const n of plan.nodes) {
      const d = dates.get(n.id) ?? { start: null, end: null };
      if (d.start !== n.startDate || d.end !== n.endDate) plans.setDates(n.id, d.start, d.end);
    }
  }

  return { member, levels, currentLevels, schedule, storeSchedule, teammates, settings, catalog, blackouts, plans, members };
}

export type PlanningFacts = ReturnType<typeof planningFacts>;

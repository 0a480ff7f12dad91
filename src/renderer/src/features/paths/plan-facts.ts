import { createContext, useContext, useMemo } from 'react';
import type { PathWorkspace } from '../../../../shared/api/operations/plans';
import { missingEntryLevels, plannedLevels, type MissingEntry } from '../../../../shared/planning/plan-checks';
import { milestoneLevels, scheduleNodes, suggestMentors, type MentorSuggestion } from '../../../../shared/planning/plan-effort';
import { readinessAtPlanEnd, type PlanEndReadiness } from '../../../../shared/planning/plan-readiness';
import { scheduleCourses, type Schedule } from '../../../../shared/planning/schedule';
import { assumedPricesOf, planMoney, type MoneyTotal } from '../../../../shared/reports/money';
import type { ProficiencyLevel } from '../../../../shared/domain/proficiency';
import { usePaths, type PathsCatalog } from '../../store/paths';

type CatalogCourse = PathsCatalog['courses'][number];
type CatalogSkill = PathsCatalog['skills'][number];

/** What the nodes, the timeline and the totals show, derived from the graph, the member and the catalog. */
export interface PlanFacts {
  courses: ReadonlyMap<string, CatalogCourse>;
  skills: ReadonlyMap<string, CatalogSkill>;
  /** The member's effective level per skill (missing: 0). */
  current: ReadonlyMap<string, number>;
  /** The target role's required level per skill. */
  required: ReadonlyMap<string, number>;
  missing: ReadonlyMap<string, MissingEntry[]>;
  /** The level the plan brings each skill node to. */
  planned: ReadonlyMap<string, number>;
  schedule: Schedule;
  /** What the plan's courses cost: the same `planMoney` as the timeline and the PDF. */
  money: MoneyTotal;
  /** Readiness for the target role at plan end: through courses alone, and with the milestones done. */
  readinessAtEnd: PlanEndReadiness;
  /** Per milestone: the levels it closes and the teammates who could mentor it (closest first; none: external). */
  milestones: ReadonlyMap<string, { levels: number; mentors: MentorSuggestion[] }>;
  /** The level a skill node aims at: its own target, else the role's, else one above the current level. */
  targetOf(skillId: string, nodeTarget: number | null): number;
  skillName(id: string): string;
}

export const PlanFactsContext = createContext<PlanFacts | null>(null);

export function usePlanFacts(): PlanFacts {
  const facts = useContext(PlanFactsContext);
  if (!facts) throw new Error('usePlanFacts is used outside the path editor.');
  return facts;
}

/** Recomputed when the graph's content changes (not on every drag frame: positions do not matter here). */
export function useComputedPlanFacts(workspace: PathWorkspace | null, catalog: PathsCatalog | null): PlanFacts | null {
  const structure = usePaths((s) => s.structure);
  return useMemo(() => {
    if (!workspace || !catalog) return null;
    void structure;
    const { nodes, edges } = usePaths.getState();
    const courses = new Map(catalog.courses.map((c) => [c.id, c]));
    const skills = new Map(catalog.skills.map((s) => [s.id, s]));
    const current = new Map(workspace.levels.map((l) => [l.skillId, l.level]));
    const required = new Map((workspace.targetRole?.requirements ?? []).map((r) => [r.skill, r.level]));
    const checked = nodes.map((n) => ({ id: n.id, ...n.data }));
    const plainEdges = edges.map((e) => ({ source: e.source, target: e.target }));
    const stored = new Map((workspace.plan?.nodes ?? []).map((p) => [p.id, p]));
    const withDates = checked.map((n) => ({ ...n, startDate: stored.get(n.id)?.startDate ?? null, endDate: stored.get(n.id)?.endDate ?? null }));
    const schedule = scheduleCourses({
      nodes: scheduleNodes(withDates, courses, current, workspace.milestoneHoursPerLevel),
      edges: plainEdges,
      weeklyHours: workspace.member.weeklyHours,
      startDate: workspace.member.startDate ?? workspace.today,
      today: workspace.today,
      blackouts: workspace.blackouts,
      maxParallel: workspace.plan?.settings.maxParallel ?? 1,
    });
    const known = new Map(workspace.levels.map((l) => [l.skillId, { level: l.level as ProficiencyLevel, stale: l.stale }]));
    const teammates = workspace.teammates.map((t) => ({ ...t, levels: new Map(t.levels.map((l) => [l.skillId, l.level])) }));
    const levels = milestoneLevels(checked, courses, current);
    const milestones = new Map(
      checked
        .filter((n) => n.kind === 'milestone')
        .map((n) => [
          n.id,
          {
            levels: levels.get(n.id) ?? 0,
            mentors: n.milestoneSkillId && n.targetLevel ? suggestMentors(n.milestoneSkillId, n.targetLevel, teammates, workspace.member.id) : [],
          },
        ]),
    );
    return {
      courses,
      skills,
      current,
      required,
      missing: missingEntryLevels(checked, plainEdges, courses, current),
      planned: plannedLevels(checked, plainEdges, courses, current),
      schedule,
      // A course no longer in the catalog has no known price: it counts as unpriced, as in the PDF.
      money: planMoney(
        checked
          .filter((n) => n.kind === 'course')
          .map((n) => {
            const c = courses.get(n.courseId!);
            return { courseId: n.courseId!, title: c?.title ?? n.label, cost: c ? c.cost : null, currency: c?.currency ?? null, status: n.status };
          }),
        workspace.plan ? assumedPricesOf(workspace.plan.settings.limits) : null,
      ),
      readinessAtEnd: readinessAtPlanEnd(workspace.targetRole?.requirements ?? [], known, checked, courses),
      milestones,
      targetOf: (skillId, nodeTarget) => nodeTarget ?? required.get(skillId) ?? Math.min(5, (current.get(skillId) ?? 0) + 1),
      skillName: (id) => skills.get(id)?.name ?? id,
    };
  }, [structure, workspace, catalog]);
}

import type { RoleRequirement, SkillAtLevel } from '../domain/catalog';
import type { ProficiencyLevel } from '../domain/proficiency';
import type { EffortNode } from './plan-effort';
import { readiness, type KnownLevel } from './readiness';

export interface PlanEndReadiness {
  /** Readiness when the plan's courses (not skipped) are done; null for a role without requirements. */
  throughCourses: number | null;
  /** Readiness when its mentoring milestones are done too. */
  withMilestones: number | null;
  /** Milestones (not skipped) that raise a required skill beyond what the courses reach. */
  milestoneCount: number;
}

/**
 * Readiness at plan end, always as two numbers: through courses alone, and with the mentoring milestones
 * done (the work no course covers; it earns readiness only when someone does it). The one computation the
 * editor's summary and the member PDF both show.
 */
export function readinessAtPlanEnd(
  requirements: readonly RoleRequirement[],
  levels: ReadonlyMap<string, KnownLevel>,
  nodes: readonly EffortNode[],
  courses: ReadonlyMap<string, { teaches: readonly SkillAtLevel[] }>,
): PlanEndReadiness {
  const raised = (base: ReadonlyMap<string, KnownLevel>, steps: readonly { skill: string; level: number }[]) => {
    const out = new Map(base);
    for (const s of steps) {
      if ((out.get(s.skill)?.level ?? 0) < s.level) out.set(s.skill, { level: s.level as ProficiencyLevel, stale: false });
    }
    return out;
  };
  const live = nodes.filter((n) => n.status !== 'skipped');
  const byCourses = raised(
    levels,
    live.filter((n) => n.kind === 'course').flatMap((n) => courses.get(n.courseId!)?.teaches ?? []),
  );
  const milestoneSteps = live
    .filter((n) => n.kind === 'milestone' && n.milestoneSkillId && n.targetLevel)
    .map((n) => ({ skill: n.milestoneSkillId!, level: n.targetLevel! }));
  const required = new Set(requirements.map((r) => r.skill));
  const counted = milestoneSteps.filter((s) => required.has(s.skill) && (byCourses.get(s.skill)?.level ?? 0) < s.level);
  return {
    throughCourses: readiness(requirements, byCourses),
    withMilestones: readiness(requirements, raised(byCourses, milestoneSteps)),
    milestoneCount: counted.length,
  };
}

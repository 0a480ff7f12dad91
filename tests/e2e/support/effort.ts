import type { OperationOutput } from '../../../src/shared/api/contract';

type Plan = NonNullable<OperationOutput<'plans.workspace'>['plan']>;
type Course = OperationOutput<'courses.list'>[number];

/**
 * A plan's effort worked out here, apart from the app's own code, from the plan and catalog the API serves:
 * study hours and exam hours of its courses, and each milestone's levels (from the highest of the member's
 * level, the levels the plan's courses teach and lower milestones of the same skill, to its target) × hours.
 */
export function expectedEffort(plan: Plan, courses: ReadonlyMap<string, Course>, levels: ReadonlyMap<string, number>, hoursPerLevel: number) {
  const live = plan.nodes.filter((n) => n.status !== 'skipped');
  const planCourses = live.filter((n) => n.kind === 'course').map((n) => courses.get(n.courseId!)!);
  const taught = new Map<string, number>();
  for (const c of planCourses) for (const t of c.teaches) taught.set(t.skill, Math.max(taught.get(t.skill) ?? 0, t.level));
  const reached = new Map<string, number>();
  const milestoneHours = new Map<string, number>();
  const milestones = live.filter((n) => n.kind === 'milestone' && n.milestoneSkillId && n.targetLevel);
  for (const m of milestones.sort((a, b) => a.targetLevel! - b.targetLevel! || a.id.localeCompare(b.id))) {
    const skill = m.milestoneSkillId!;
    const from = reached.get(skill) ?? Math.max(levels.get(skill) ?? 0, taught.get(skill) ?? 0);
    milestoneHours.set(m.id, Math.max(0, m.targetLevel! - from) * hoursPerLevel);
    reached.set(skill, Math.max(from, m.targetLevel!));
  }
  const study = planCourses.reduce((s, c) => s + c.hours, 0);
  const exam = planCourses.reduce((s, c) => s + (c.examHours ?? 0), 0);
  const milestone = [...milestoneHours.values()].reduce((s, h) => s + h, 0);
  return { study, exam, milestone, total: study + exam + milestone, milestoneHours };
}

/** Readiness (Σ importance × min(level, required) ÷ required ÷ Σ importance) as a floored whole percentage. */
export function expectedReadiness(
  requirements: readonly { skill: string; level: number; importance: number }[],
  levels: ReadonlyMap<string, number>,
): string {
  const weight = requirements.reduce((s, r) => s + r.importance, 0);
  const earned = requirements.reduce((s, r) => s + (r.importance * Math.min(levels.get(r.skill) ?? 0, r.level)) / r.level, 0);
  return `${Math.floor((earned / weight) * 100 + 1e-9)} %`;
}

/** Levels after the plan: the member's, raised by what its courses teach, and optionally by its milestones. */
export function levelsAfter(plan: Plan, courses: ReadonlyMap<string, Course>, levels: ReadonlyMap<string, number>, withMilestones: boolean) {
  const out = new Map(levels);
  const raise = (skill: string, level: number) => out.set(skill, Math.max(out.get(skill) ?? 0, level));
  for (const n of plan.nodes.filter((x) => x.status !== 'skipped')) {
    if (n.kind === 'course') for (const t of courses.get(n.courseId!)!.teaches) raise(t.skill, t.level);
    if (withMilestones && n.kind === 'milestone' && n.milestoneSkillId && n.targetLevel) raise(n.milestoneSkillId, n.targetLevel);
  }
  return out;
}

/** “101 h”, “4.8 h”: hours to a tenth, as the plan's totals are written. */
export const hoursLabel = (hours: number) => {
  const r = Math.round(hours * 10) / 10;
  return `${Number.isInteger(r) ? r : r.toFixed(1)} h`;
};

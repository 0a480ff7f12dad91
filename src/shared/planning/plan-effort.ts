import type { CourseSession, SkillAtLevel } from '../domain/catalog';
import type { PlanNodeKind, PlanNodeStatus } from '../domain/plan';
import type { ScheduleNode } from './schedule';

/** Hours of mentoring or on-the-job work per level a milestone closes, unless Settings say otherwise. */
export const DEFAULT_MILESTONE_HOURS_PER_LEVEL = 10;

/** What the effort model needs of a catalog course. */
export interface EffortCourse {
  hours: number;
  examHours: number | null;
  sessions?: readonly CourseSession[];
  teaches: readonly SkillAtLevel[];
}

/** What the effort model needs of a plan node (a stored node, or one in the editor). */
export interface EffortNode {
  id: string;
  kind: PlanNodeKind;
  status: PlanNodeStatus;
  courseId: string | null;
  milestoneSkillId: string | null;
  targetLevel: number | null;
  startDate?: string | null;
  endDate?: string | null;
}

/**
 * The levels each milestone of a plan closes: from the highest of the member's level, the levels the plan's
 * courses (not skipped) teach in that skill and the targets of lower milestones for the same skill, up to its
 * own target. A milestone for a level a course already reaches closes none; a free milestone (no skill) none.
 */
export function milestoneLevels(
  nodes: readonly EffortNode[],
  courses: ReadonlyMap<string, Pick<EffortCourse, 'teaches'>>,
  current: ReadonlyMap<string, number>,
): Map<string, number> {
  const taught = new Map<string, number>();
  for (const n of nodes) {
    if (n.kind !== 'course' || n.status === 'skipped') continue;
    for (const t of courses.get(n.courseId!)?.teaches ?? []) taught.set(t.skill, Math.max(taught.get(t.skill) ?? 0, t.level));
  }
  const levels = new Map<string, number>();
  const milestones = nodes
    .filter((n) => n.kind === 'milestone')
    .sort((a, b) => (a.targetLevel ?? 0) - (b.targetLevel ?? 0) || a.id.localeCompare(b.id));
  const reached = new Map<string, number>();
  for (const m of milestones) {
    const skill = m.milestoneSkillId;
    if (!skill || m.targetLevel === null || m.status === 'skipped') {
      levels.set(m.id, 0);
      continue;
    }
    const base = reached.get(skill) ?? Math.max(current.get(skill) ?? 0, taught.get(skill) ?? 0);
    levels.set(m.id, Math.max(0, m.targetLevel - base));
    reached.set(skill, Math.max(base, m.targetLevel));
  }
  return levels;
}

/**
 * The plan's steps as the scheduler reads them: a course with its study hours, exam part, sessions and
 * price; a milestone with its effort (levels it closes × hours per level). The one place that turns a plan
 * into work, used by the editor, the stored dates, the team timeline and the reports.
 */
export function scheduleNodes(
  nodes: readonly EffortNode[],
  courses: ReadonlyMap<string, EffortCourse>,
  current: ReadonlyMap<string, number>,
  hoursPerLevel: number,
): ScheduleNode[] {
  const levels = milestoneLevels(nodes, courses, current);
  return nodes.map((n) => {
    const base = { id: n.id, kind: n.kind, status: n.status, startDate: n.startDate ?? null, endDate: n.endDate ?? null };
    if (n.kind === 'milestone') return { ...base, hours: (levels.get(n.id) ?? 0) * hoursPerLevel };
    if (n.kind !== 'course') return { ...base, hours: 0 };
    const c = courses.get(n.courseId!);
    // A course no longer in the catalog takes no time (its step says it is missing; money counts it unpriced).
    if (!c) return { ...base, hours: 0 };
    return { ...base, hours: c.hours, examHours: c.examHours, sessions: c.sessions ?? [] };
  });
}

/** A teammate as the mentor suggestion sees them: their effective level per skill (missing: 0). */
export interface Teammate {
  memberId: string;
  name: string;
  levels: ReadonlyMap<string, number>;
}

export interface MentorSuggestion {
  memberId: string;
  name: string;
  level: number;
}

/**
 * Teammates who could mentor a skill to a level: those at or above it, closest to it first (a teammate at the
 * level itself before an expert), then by name. The member themself is left out. Empty: an external mentor.
 */
export function suggestMentors(
  skillId: string,
  target: number,
  teammates: readonly Teammate[],
  memberId: string,
): MentorSuggestion[] {
  return teammates
    .filter((t) => t.memberId !== memberId && (t.levels.get(skillId) ?? 0) >= target)
    .map((t) => ({ memberId: t.memberId, name: t.name, level: t.levels.get(skillId)! }))
    .sort((a, b) => a.level - b.level || a.name.localeCompare(b.name));
}

/** "Mentor: Priya Shah (Advanced)" or "Mentor: external". */
export function mentorLabel(suggestions: readonly MentorSuggestion[]): string {
  return suggestions[0] ? suggestions[0].name : 'external';
}

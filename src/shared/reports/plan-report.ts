import type { CourseSession, RoleRequirement, SkillAtLevel } from '../domain/catalog';
import type { Importance, ProficiencyLevel } from '../domain/proficiency';
import type { Plan, PlanNodeStatus } from '../domain/plan';
import { milestoneLevels, scheduleNodes, suggestMentors, mentorLabel, type Teammate } from '../planning/plan-effort';
import { readinessAtPlanEnd, type PlanEndReadiness } from '../planning/plan-readiness';
import { roleFit, type KnownLevel } from '../planning/readiness';
import { scheduleCourses, type Booking } from '../planning/schedule';
import { assumedPricesOf, planMoney, type MoneyTotal } from './money';
import { openGapReasonText } from './open-gaps';

/** The catalog facts a plan report needs about a course. */
export interface ReportCourse {
  title: string;
  provider: string;
  /** Study (preparation) hours. */
  hours: number;
  /** The exam sitting, its own part (null: none). */
  examHours: number | null;
  sessions?: readonly CourseSession[];
  cost: number | null;
  currency: string | null;
  teaches: readonly SkillAtLevel[];
}

export interface PlanReportInput {
  today: string;
  member: { weeklyHours: number; startDate: string | null };
  targetRole: { requirements: readonly RoleRequirement[] } | null;
  levels: readonly { skillId: string; level: number; stale: boolean }[];
  blackouts: readonly { startsOn: string; endsOn: string }[];
  plan: Plan | null;
  courses: ReadonlyMap<string, ReportCourse>;
  skillName: (skillId: string) => string;
  /** Effort of a mentoring milestone per level it closes. */
  milestoneHoursPerLevel: number;
  /** The team, for suggesting each milestone's mentor (the member is left out). */
  teammates: readonly Teammate[];
  memberId: string;
}

export interface GapRow {
  skillId: string;
  skillName: string;
  required: number;
  /** Effective level now; null when never rated (counts as 0). */
  current: number | null;
  /** Level the plan brings the member to (courses and milestones not skipped). */
  atPlanEnd: number;
  gap: number;
  importance: Importance;
  stale: boolean;
}

export interface CourseRow {
  nodeId: string;
  courseId: string;
  title: string;
  provider: string;
  start: string | null;
  end: string | null;
  /** Study hours. */
  hours: number;
  /** The exam part: its hours and the day it is sat (null: no exam). */
  exam: { hours: number; date: string | null; studyEnd: string | null } | null;
  /** For a course with dated sessions: the booked session, or why it is planned self-paced. */
  booking: Booking | null;
  cost: number | null;
  currency: string | null;
  status: PlanNodeStatus;
}

export interface MilestoneRow {
  nodeId: string;
  label: string;
  skillName: string;
  /** The level the milestone starts from and aims at, and the levels it closes. */
  from: number;
  target: number;
  levels: number;
  hours: number;
  start: string | null;
  end: string | null;
  /** The suggested mentor's name, or "external". */
  mentor: string;
  status: PlanNodeStatus;
}

export interface NodeNote {
  label: string;
  note: string;
}

export interface OpenGap {
  skillName: string;
  required: number;
  current: number;
  reason: string;
}

export interface PlanReport {
  readinessNow: number | null;
  /** Two numbers: through courses alone, and with the mentoring milestones done. */
  readinessAtEnd: PlanEndReadiness;
  gaps: GapRow[];
  courses: CourseRow[];
  milestones: MilestoneRow[];
  /** hours = studyHours + examHours + milestoneHours. */
  totals: {
    hours: number;
    studyHours: number;
    examHours: number;
    milestoneHours: number;
    remainingHours: number;
    finishDate: string | null;
  };
  /** What the plan's courses cost (skipped ones left out): the same function as the editor and the timeline. */
  money: MoneyTotal;
  notes: NodeNote[];
  openGaps: OpenGap[];
}

/**
 * Everything a member's plan PDF states, computed from the same pure functions the screens use: readiness
 * (readiness.ts) now and at plan end (plan-readiness.ts: through courses, and with milestones), the gap table,
 * the schedule (schedule.ts, fed by plan-effort.ts) and its totals, each milestone's effort and mentor.
 * The gap table's "at plan end" counts every course and milestone of the plan that is not skipped as reached.
 */
export function planReport(input: PlanReportInput): PlanReport {
  const { plan, courses, skillName } = input;
  const nodes = plan?.nodes ?? [];
  const now = new Map<string, KnownLevel>(
    input.levels.map((l) => [l.skillId, { level: l.level as ProficiencyLevel, stale: l.stale }]),
  );
  const end = new Map(now);
  const raise = (skill: string, level: number) => {
    const known = end.get(skill);
    if (!known || known.level < level) end.set(skill, { level: level as ProficiencyLevel, stale: false });
  };
  for (const n of nodes) {
    if (n.status === 'skipped') continue;
    if (n.kind === 'course') for (const t of courses.get(n.courseId!)?.teaches ?? []) raise(t.skill, t.level);
    if (n.kind === 'milestone' && n.milestoneSkillId && n.targetLevel) raise(n.milestoneSkillId, n.targetLevel);
  }

  const requirements = input.targetRole?.requirements ?? [];
  const fitNow = roleFit(requirements, now);
  const gaps = fitNow.requirements
    .map((r) => ({
      skillId: r.skillId,
      skillName: skillName(r.skillId),
      required: r.required,
      current: r.level,
      atPlanEnd: end.get(r.skillId)?.level ?? 0,
      gap: r.gap,
      importance: r.importance,
      stale: r.stale,
    }))
    .sort((a, b) => b.importance - a.importance || b.gap - a.gap || a.skillName.localeCompare(b.skillName));

  const currentLevels = new Map(input.levels.map((l) => [l.skillId, l.level]));
  const schedule = scheduleCourses({
    nodes: scheduleNodes(nodes, courses, currentLevels, input.milestoneHoursPerLevel),
    edges: (plan?.edges ?? []).map((e) => ({ source: e.source, target: e.target })),
    weeklyHours: input.member.weeklyHours,
    startDate: input.member.startDate ?? input.today,
    today: input.today,
    blackouts: input.blackouts,
    maxParallel: plan?.settings.maxParallel ?? 1,
  });

  const courseRows: CourseRow[] = nodes
    .filter((n) => n.kind === 'course')
    .map((n) => {
      const c = courses.get(n.courseId!);
      const dates = schedule.dates.get(n.id);
      return {
        nodeId: n.id,
        courseId: n.courseId!,
        title: c?.title ?? n.label,
        provider: c?.provider ?? '',
        start: dates?.start ?? null,
        end: dates?.end ?? null,
        hours: c?.hours ?? 0,
        exam: schedule.exams.get(n.id) ?? null,
        booking: schedule.bookings.get(n.id) ?? null,
        cost: c?.cost ?? null,
        currency: c?.currency ?? null,
        status: n.status,
      };
    })
    .sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.title.localeCompare(b.title));

  const labelOf = (n: (typeof nodes)[number]) =>
    n.kind === 'course' ? (courses.get(n.courseId!)?.title ?? n.label) : n.kind === 'skill' ? skillName(n.skillId!) : n.label;

  const openGaps: OpenGap[] = nodes
    .filter((n) => n.kind === 'milestone' && n.milestoneSkillId && n.status !== 'skipped')
    .map((n) => {
      const reported = plan?.generation?.open.find((g) => g.skill === n.milestoneSkillId);
      return {
        skillName: skillName(n.milestoneSkillId!),
        required: n.targetLevel ?? reported?.level ?? 0,
        current: now.get(n.milestoneSkillId!)?.level ?? 0,
        reason: reported ? openGapReasonText(reported, (id) => courses.get(id)?.title ?? id) : 'no course in the plan closes it',
      };
    });

  const levelsClosed = milestoneLevels(nodes, courses, currentLevels);
  const milestones: MilestoneRow[] = nodes
    .filter((n) => n.kind === 'milestone' && n.status !== 'skipped')
    .map((n) => {
      const skill = n.milestoneSkillId;
      const target = n.targetLevel ?? 0;
      const levels = levelsClosed.get(n.id) ?? 0;
      const dates = schedule.dates.get(n.id);
      return {
        nodeId: n.id,
        label: n.label || (skill ? skillName(skill) : 'Milestone'),
        skillName: skill ? skillName(skill) : '',
        from: target - levels,
        target,
        levels,
        hours: schedule.nodeHours.get(n.id) ?? 0,
        start: dates?.start ?? null,
        end: dates?.end ?? null,
        mentor: skill && target ? mentorLabel(suggestMentors(skill, target, input.teammates, input.memberId)) : 'external',
        status: n.status,
      };
    })
    .sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999') || a.label.localeCompare(b.label));

  return {
    readinessNow: fitNow.readiness,
    readinessAtEnd: readinessAtPlanEnd(requirements, now, nodes, courses),
    gaps,
    courses: courseRows,
    milestones,
    totals: {
      hours: schedule.totalHours,
      studyHours: schedule.studyHours,
      examHours: schedule.examHours,
      milestoneHours: schedule.milestoneHours,
      remainingHours: schedule.remainingHours,
      finishDate: schedule.finishDate,
    },
    money: planMoney(courseRows, plan ? assumedPricesOf(plan.settings.limits) : null),
    // A generated milestone's note only restates its open gap, listed under openGaps already.
    notes: nodes
      .filter((n) => n.note.trim() && !(n.kind === 'milestone' && n.origin === 'generated'))
      .map((n) => ({ label: labelOf(n), note: n.note })),
    openGaps,
  };
}

import type { CourseSession } from '../../domain/catalog';
import type { PathChoice } from '../path-generation';
import type { CourseFacts, SkillFacts } from '../path-needs';
import { CandidateCache, teamCandidates } from './candidates';
import { classesBooked, groupCost, readinessOf, type CohortOffer, type TeamItem, type TeamModel, type TeamPriority, type TeamRequirement } from './model';
import { budgetPeriods, cumulativeCapacity, type BudgetPer, type BudgetPeriod } from './periods';
import { solveTeam } from './solve';

export interface TeamCourse extends CourseFacts {
  title: string;
  sessions: readonly CourseSession[];
}

export interface TeamMemberInput {
  id: string;
  name: string;
  weeklyHours: number;
  startDate: string | null;
  blackouts: readonly { startsOn: string; endsOn: string }[];
  roleName: string;
  requirements: readonly TeamRequirement[];
  levels: ReadonlyMap<string, number>;
}

export interface TeamPlanInput {
  today: string;
  budget: { amount: number; currency: string; per: BudgetPer };
  horizonMonths: number;
  priority: TeamPriority;
  /** The members to plan (each with a target role). */
  members: readonly TeamMemberInput[];
  /** Every team member's levels (planned or not): a blind spot is a skill nobody on the team has. */
  teamLevels: readonly ReadonlyMap<string, number>[];
  skills: readonly SkillFacts[];
  courses: readonly TeamCourse[];
  /** Shared-class prices for instructor-led courses. */
  cohortOffers: readonly ({ courseId: string } & CohortOffer)[];
  /** Skill names for the result (missing: the id). */
  skillNames?: ReadonlyMap<string, string>;
  exactLimit?: number;
}

export type UnplacedReason = 'budget' | 'hours' | 'no-course' | 'unpriced' | 'other-currency';

export interface TeamPlan {
  method: 'exact' | 'heuristic';
  priority: TeamPriority;
  budget: { amount: number; currency: string; per: BudgetPer };
  periods: BudgetPeriod[];
  members: {
    memberId: string;
    name: string;
    roleName: string;
    readinessBefore: number;
    readinessAfter: number;
    /** Hours of the courses bought, and the hours the member can give in the horizon. */
    hours: number;
    capacityHours: number;
    /** What the member's courses cost (a shared class split evenly between its members). */
    cost: number;
    courses: { courseId: string; title: string; period: string; hours: number; cost: number; shared: boolean }[];
  }[];
  spend: { period: string; amount: number; currency: string }[];
  sharedClasses: {
    courseId: string;
    title: string;
    period: string;
    memberIds: string[];
    classes: number;
    cost: number;
    /** What the same members would pay on seats, less what the shared classes cost. */
    saved: number;
    session: { start: string; end: string } | null;
  }[];
  saved: number;
  unplaced: { memberId: string; skill: string; skillName: string; required: number; reached: number; reason: UnplacedReason; courseIds: string[] }[];
  blindSpots: { skill: string; skillName: string; level: number; closed: boolean }[];
  readinessGained: number;
  totalSpend: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Seats left per period for a course with dated sessions (see model.ts); null entries are open. */
function seatsByPeriod(sessions: readonly CourseSession[], periods: readonly BudgetPeriod[], today: string): (number | null)[] | null {
  if (sessions.length === 0) return null;
  return periods.map((p) => {
    const inPeriod = sessions.filter((s) => s.start >= p.start && s.start <= p.end && s.start >= today);
    if (inPeriod.length === 0 || inPeriod.some((s) => s.seats === null)) return null;
    return inPeriod.reduce((n, s) => n + s.seats!, 0);
  });
}

/** The team's blind spots among the planned members' target roles: skills nobody reaches at the lowest level asked. */
export function blindSpotsOf(members: readonly TeamMemberInput[], teamLevels: readonly ReadonlyMap<string, number>[]) {
  const lowest = new Map<string, number>();
  for (const m of members) for (const q of m.requirements) lowest.set(q.skill, Math.min(lowest.get(q.skill) ?? 5, q.level));
  return [...lowest]
    .filter(([skill, level]) => !teamLevels.some((l) => (l.get(skill) ?? 0) >= level))
    .map(([skill, level]) => ({ skill, level }))
    .sort((a, b) => a.skill.localeCompare(b.skill));
}

/**
 * Plans the whole team within a budget per period: each member's candidates from path generation (cached; the
 * members not cached generated together on one catalog index),
 * the team solver (solve.ts) choosing who takes what in which period, then the result in the user's terms.
 */
export function planTeam(input: TeamPlanInput, cache: CandidateCache = new CandidateCache()): TeamPlan {
  const { budget, today } = input;
  const periods = budgetPeriods(today, input.horizonMonths, budget.per);
  const courseById = new Map(input.courses.map((c) => [c.id, c]));
  const choices: PathChoice[] = teamCandidates(cache, input.members, input.skills, input.courses, budget.currency);

  const items: TeamItem[] = [];
  choices.forEach((choice, member) => {
    const first = items.length;
    const position = new Map(choice.courses.map((c, k) => [c.id, first + k]));
    for (const course of choice.courses) {
      const providers = choice.entryProviders
        .filter((e) => e.courseId === course.id && e.providerId !== null)
        .map((e) => position.get(e.providerId!)!);
      items.push({
        member,
        courseId: course.id,
        hours: course.hours + (course.examHours ?? 0),
        price: course.cost ?? 0,
        teaches: course.teaches,
        providers: [...new Set(providers)],
      });
    }
  });

  const seats = new Map<string, (number | null)[]>();
  for (const id of new Set(items.map((i) => i.courseId))) {
    const s = seatsByPeriod(courseById.get(id)?.sessions ?? [], periods, today);
    if (s) seats.set(id, s);
  }
  const capacity = input.members.map((m) => cumulativeCapacity(periods, m.weeklyHours, m.startDate, m.blackouts));
  const spots = blindSpotsOf(input.members, input.teamLevels);
  const cohorts = new Map(input.cohortOffers.map((o) => [o.courseId, { price: o.price, seats: o.seats }]));
  const model: TeamModel = {
    members: input.members.map((m, i) => ({ id: m.id, requirements: m.requirements, levels: m.levels, capacity: capacity[i]! })),
    items,
    periodCount: periods.length,
    budget: budget.amount,
    priority: input.priority,
    cohorts,
    seats,
    blindSpots: spots,
  };
  const solution = solveTeam(model, input.exactLimit);
  return describe(input, model, solution.placement, solution.method, periods, choices, capacity);
}

function describe(
  input: TeamPlanInput,
  model: TeamModel,
  placement: readonly number[],
  method: TeamPlan['method'],
  periods: BudgetPeriod[],
  choices: readonly PathChoice[],
  capacity: readonly number[][],
): TeamPlan {
  const nameOf = (id: string) => input.skillNames?.get(id) ?? id;
  const titleOf = (id: string) => input.courses.find((c) => c.id === id)?.title ?? id;
  // Groups: members taking one course in one period.
  const groups = new Map<string, number[]>();
  placement.forEach((p, i) => {
    if (p < 0) return;
    const key = `${p}\u0000${model.items[i]!.courseId}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const share = new Map<number, { cost: number; shared: boolean }>();
  const spend = periods.map(() => 0);
  const sharedClasses: TeamPlan['sharedClasses'] = [];
  for (const [key, members] of groups) {
    const [p, courseId] = key.split('\u0000') as [string, string];
    const period = Number(p);
    const item = model.items[members[0]!]!;
    const cohort = model.cohorts.get(courseId);
    const cost = groupCost(members.length, item.price, cohort);
    spend[period]! += cost;
    const classes = classesBooked(members.length, item.price, cohort);
    for (const i of members) share.set(i, { cost: cost / members.length, shared: classes > 0 });
    if (classes > 0) {
      const window = periods[period]!;
      const session = (input.courses.find((c) => c.id === courseId)?.sessions ?? [])
        .filter((s) => s.start >= window.start && s.start <= window.end && (s.seats === null || s.seats >= members.length))
        .sort((a, b) => a.start.localeCompare(b.start))[0];
      sharedClasses.push({
        courseId,
        title: titleOf(courseId),
        period: window.label,
        memberIds: members.map((i) => input.members[model.items[i]!.member]!.id),
        classes,
        cost: round2(cost),
        saved: round2(members.length * item.price - cost),
        session: session ? { start: session.start, end: session.end } : null,
      });
    }
  }

  const members: TeamPlan['members'] = input.members.map((m, mi) => {
    const mine = model.items.map((it, i) => ({ it, i })).filter(({ it, i }) => it.member === mi && placement[i]! >= 0);
    const after = new Map(m.levels);
    for (const { it } of mine) for (const t of it.teaches) if ((after.get(t.skill) ?? 0) < t.level) after.set(t.skill, t.level);
    const courses = mine
      .map(({ it, i }) => ({
        courseId: it.courseId,
        title: titleOf(it.courseId),
        period: periods[placement[i]!]!.label,
        hours: it.hours,
        cost: round2(share.get(i)!.cost),
        shared: share.get(i)!.shared,
      }))
      .sort((a, b) => a.period.localeCompare(b.period));
    return {
      memberId: m.id,
      name: m.name,
      roleName: m.roleName,
      readinessBefore: readinessOf(m.requirements, (s) => m.levels.get(s) ?? 0),
      readinessAfter: readinessOf(m.requirements, (s) => after.get(s) ?? 0),
      hours: round2(mine.reduce((n, { it }) => n + it.hours, 0)),
      capacityHours: capacity[mi]!.at(-1) ?? 0,
      cost: round2(courses.reduce((n, c) => n + c.cost, 0)),
      courses,
    };
  });

  const raised = members.map((mm, mi) => {
    const out = new Map(input.members[mi]!.levels);
    for (const c of mm.courses) for (const t of input.courses.find((x) => x.id === c.courseId)?.teaches ?? []) if ((out.get(t.skill) ?? 0) < t.level) out.set(t.skill, t.level);
    return out;
  });
  const unplaced: TeamPlan['unplaced'] = [];
  input.members.forEach((m, mi) => {
    const chosenHours = members[mi]!.hours;
    const left = (capacity[mi]!.at(-1) ?? 0) - chosenHours;
    const after = (s: string) => raised[mi]!.get(s) ?? 0;
    for (const q of m.requirements) {
      const reached = after(q.skill);
      if (reached >= q.level) continue;
      const waiting = model.items
        .map((it, i) => ({ it, i }))
        .filter(({ it, i }) => it.member === mi && placement[i]! < 0 && it.teaches.some((t) => t.skill === q.skill && t.level > reached));
      if (waiting.length > 0) {
        const bundleHours = (i: number): number =>
          model.items[i]!.hours + model.items[i]!.providers.filter((p) => placement[p]! < 0).reduce((n, p) => n + bundleHours(p), 0);
        const fitsHours = waiting.some(({ i }) => bundleHours(i) <= left + 1e-9);
        unplaced.push({ memberId: m.id, skill: q.skill, skillName: nameOf(q.skill), required: q.level, reached, reason: fitsHours ? 'budget' : 'hours', courseIds: waiting.map(({ it }) => it.courseId) });
        continue;
      }
      const open = choices[mi]!.open.find((o) => o.skill === q.skill);
      const reason: UnplacedReason = open?.reason === 'unpriced' ? 'unpriced' : open?.reason === 'other-currency' ? 'other-currency' : 'no-course';
      unplaced.push({ memberId: m.id, skill: q.skill, skillName: nameOf(q.skill), required: q.level, reached, reason, courseIds: open?.leftOut.map((l) => l.courseId) ?? [] });
    }
  });

  const blindSpots = model.blindSpots.map((s) => ({
    skill: s.skill,
    skillName: nameOf(s.skill),
    level: s.level,
    closed: [...input.teamLevels, ...raised].some((l) => (l.get(s.skill) ?? 0) >= s.level),
  }));
  const totalSpend = round2(spend.reduce((a, b) => a + b, 0));
  return {
    method,
    priority: input.priority,
    budget: input.budget,
    periods,
    members,
    spend: periods.map((p, i) => ({ period: p.label, amount: round2(spend[i]!), currency: input.budget.currency })),
    sharedClasses,
    saved: round2(sharedClasses.reduce((n, s) => n + s.saved, 0)),
    unplaced,
    blindSpots,
    readinessGained: members.reduce((n, m) => n + m.readinessAfter - m.readinessBefore, 0),
    totalSpend,
  };
}

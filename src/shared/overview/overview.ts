import { addDays, format, subMonths } from 'date-fns';
import type { TeamPaths } from '../api/operations/plans';
import type { TeamSnapshot } from '../api/operations/team';
import type { PlanNodeStatus } from '../domain/plan';
import { effectiveLevels } from '../planning/effective-level';
import { readiness, readinessBand, type ReadinessBand } from '../planning/readiness';
import { quarterOf } from '../planning/schedule';
import { addMoneyTotals, type MoneyTotal } from '../reports/money';
import { budgetUse, type BudgetUse } from './budget';

/**
 * The manager's overview, computed from two reads the app already has: the team snapshot (members, rating
 * history, role profiles, settings) and the team's schedules (`plans.team`). Pure, so the numbers are tested
 * against hand-worked ones with a fixed "today".
 */

/** How far back the readiness trend looks: a point at today and at the same day of each of the previous months. */
export const TREND_MONTHS = 6;
/** What "the next 30 days" means: today and the 30 days after it. */
export const UPCOMING_DAYS = 30;

export interface ReadinessPoint {
  /** YYYY-MM-DD: readiness as the ratings recorded up to and on this day make it. */
  on: string;
  readiness: number | null;
}

export interface MemberReadiness {
  memberId: string;
  name: string;
  roleId: string;
  roleName: string;
  readiness: number | null;
  band: ReadinessBand;
  /** Oldest first, the last point is today. */
  trend: ReadinessPoint[];
  /** Readiness now minus readiness at the first trend point (null when either is unmeasured). */
  change: number | null;
}

export interface LateStep {
  nodeId: string;
  title: string;
  kind: 'course' | 'milestone';
  status: PlanNodeStatus;
  /** Why it is behind: it should have started, or it should have ended. */
  reason: 'not-started' | 'overdue';
  /** The scheduled day it is late against (its start or its end). */
  date: string;
}

export interface PlanProgress {
  memberId: string;
  name: string;
  /** The member's active plan, or null: a target role and no plan yet. */
  planId: string | null;
  state: 'on-track' | 'behind' | 'finished' | 'no-plan';
  late: LateStep[];
  finishDate: string | null;
}

export interface PeriodUse {
  /** "2026-Q4" or "2026". */
  label: string;
  hours: number;
  money: MoneyTotal;
  budget: BudgetUse;
}

export interface StaleMember {
  memberId: string;
  name: string;
  count: number;
  /** The oldest effective rating's date. */
  oldest: string;
}

export interface UpcomingItem {
  on: string;
  what: 'starts' | 'due';
  kind: 'course' | 'milestone';
  memberId: string;
  name: string;
  planId: string;
  nodeId: string;
  title: string;
}

export interface TeamOverview {
  today: string;
  /** What a first run still lacks, in the order the "start here" list gives them. */
  setup: { members: number; rated: number; withTarget: number; withPlan: number };
  readiness: MemberReadiness[];
  plans: PlanProgress[];
  quarter: PeriodUse;
  year: PeriodUse;
  stale: StaleMember[];
  staleAfterMonths: number;
  upcoming: UpcomingItem[];
}

const day = (d: Date) => format(d, 'yyyy-MM-dd');
const atNoon = (iso: string) => new Date(`${iso}T12:00:00`);

/** The trend's days: TREND_MONTHS months back from today, a month apart, today last. */
export function trendDays(today: string): string[] {
  const base = atNoon(today);
  return Array.from({ length: TREND_MONTHS + 1 }, (_, i) => day(subMonths(base, TREND_MONTHS - i)));
}

function readinessOf(snapshot: TeamSnapshot): MemberReadiness[] {
  const roles = new Map(snapshot.roles.map((r) => [r.id, r]));
  const days = trendDays(snapshot.today);
  const { staleAfterMonths } = snapshot.settings;
  const rows: MemberReadiness[] = [];
  for (const m of snapshot.members) {
    const role = m.targetRoleId ? roles.get(m.targetRoleId) : undefined;
    if (!role) continue;
    const own = snapshot.ratings.filter((r) => r.memberId === m.id);
    const trend = days.map((on) => ({
      on,
      readiness: readiness(role.requirements, effectiveLevels(own.filter((r) => r.ratedOn <= on), on, staleAfterMonths)),
    }));
    const now = trend[trend.length - 1]!.readiness;
    const first = trend[0]!.readiness;
    rows.push({
      memberId: m.id,
      name: m.name,
      roleId: role.id,
      roleName: role.name,
      readiness: now,
      band: readinessBand(now, snapshot.settings),
      trend,
      change: now === null || first === null ? null : now - first,
    });
  }
  return rows.sort((a, b) => (a.readiness ?? -1) - (b.readiness ?? -1) || a.name.localeCompare(b.name));
}

const OPEN: readonly PlanNodeStatus[] = ['planned', 'in_progress'];

function lateSteps(today: string, steps: readonly { nodeId: string; title: string; kind: LateStep['kind']; start: string | null; end: string | null; status: PlanNodeStatus }[]): LateStep[] {
  const late: LateStep[] = [];
  for (const s of steps) {
    if (!OPEN.includes(s.status)) continue;
    if (s.end !== null && s.end < today) late.push({ nodeId: s.nodeId, title: s.title, kind: s.kind, status: s.status, reason: 'overdue', date: s.end });
    else if (s.status === 'planned' && s.start !== null && s.start < today) {
      late.push({ nodeId: s.nodeId, title: s.title, kind: s.kind, status: s.status, reason: 'not-started', date: s.start });
    }
  }
  return late.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

function stepsOf(m: TeamPaths['members'][number]) {
  return [
    ...m.bars.map((b) => ({ nodeId: b.nodeId, title: b.title, kind: 'course' as const, start: b.start, end: b.end, status: b.status })),
    ...m.milestones.map((s) => ({ nodeId: s.nodeId, title: s.label, kind: 'milestone' as const, start: s.start, end: s.end, status: s.status })),
  ];
}

function plansOf(snapshot: TeamSnapshot, paths: TeamPaths): PlanProgress[] {
  const targets = new Set(snapshot.members.filter((m) => m.targetRoleId !== null).map((m) => m.id));
  const rows: PlanProgress[] = [];
  for (const m of paths.members) {
    if (!m.plan) {
      if (targets.has(m.memberId)) rows.push({ memberId: m.memberId, name: m.name, planId: null, state: 'no-plan', late: [], finishDate: null });
      continue;
    }
    const steps = stepsOf(m);
    const late = lateSteps(snapshot.today, steps);
    const finished = steps.length > 0 && steps.every((s) => !OPEN.includes(s.status));
    rows.push({
      memberId: m.memberId,
      name: m.name,
      planId: m.plan.id,
      state: late.length > 0 ? 'behind' : finished ? 'finished' : 'on-track',
      late,
      finishDate: m.totals?.finishDate ?? null,
    });
  }
  const order = { behind: 0, 'no-plan': 1, 'on-track': 2, finished: 3 };
  return rows.sort((a, b) => order[a.state] - order[b.state] || a.name.localeCompare(b.name));
}

function periodOf(paths: TeamPaths, label: string, months: (month: string) => boolean, budget: { amount: number | null; hours: number | null; currency: string }): PeriodUse {
  const inside = paths.months.filter((m) => months(m.month));
  const hours = inside.reduce((n, m) => n + m.hours, 0);
  const money = addMoneyTotals(inside.map((m) => m.money));
  return { label, hours, money, budget: budgetUse(hours, money, budget) };
}

function staleOf(snapshot: TeamSnapshot): StaleMember[] {
  const rows: StaleMember[] = [];
  for (const m of snapshot.members) {
    const own = snapshot.ratings.filter((r) => r.memberId === m.id);
    const stale = [...effectiveLevels(own, snapshot.today, snapshot.settings.staleAfterMonths).values()].filter((l) => l.stale);
    if (stale.length === 0) continue;
    rows.push({ memberId: m.id, name: m.name, count: stale.length, oldest: stale.map((l) => l.ratedOn).sort()[0]! });
  }
  return rows.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

function upcomingOf(paths: TeamPaths): UpcomingItem[] {
  const last = day(addDays(atNoon(paths.today), UPCOMING_DAYS));
  const within = (d: string | null): d is string => d !== null && d >= paths.today && d <= last;
  const items: UpcomingItem[] = [];
  for (const m of paths.members) {
    if (!m.plan) continue;
    for (const s of stepsOf(m)) {
      if (!OPEN.includes(s.status)) continue;
      const base = { kind: s.kind, memberId: m.memberId, name: m.name, planId: m.plan.id, nodeId: s.nodeId, title: s.title };
      if (s.status === 'planned' && within(s.start)) items.push({ ...base, on: s.start, what: 'starts' });
      if (within(s.end)) items.push({ ...base, on: s.end, what: 'due' });
    }
  }
  return items.sort((a, b) => a.on.localeCompare(b.on) || a.name.localeCompare(b.name) || a.title.localeCompare(b.title));
}

export function buildOverview(snapshot: TeamSnapshot, paths: TeamPaths): TeamOverview {
  const { today, settings } = snapshot;
  const quarter = quarterOf(today.slice(0, 7));
  const year = today.slice(0, 4);
  const { budget } = settings;
  const rated = new Set(snapshot.ratings.map((r) => r.memberId));
  return {
    today,
    setup: {
      members: snapshot.members.length,
      rated: snapshot.members.filter((m) => rated.has(m.id)).length,
      withTarget: snapshot.members.filter((m) => m.targetRoleId !== null).length,
      withPlan: paths.members.filter((m) => m.plan !== null).length,
    },
    readiness: readinessOf(snapshot),
    plans: plansOf(snapshot, paths),
    quarter: periodOf(paths, quarter, (m) => quarterOf(m) === quarter, { amount: budget.quarterAmount, hours: budget.quarterHours, currency: budget.currency }),
    year: periodOf(paths, year, (m) => m.startsWith(`${year}-`), { amount: budget.yearAmount, hours: budget.yearHours, currency: budget.currency }),
    stale: staleOf(snapshot),
    staleAfterMonths: settings.staleAfterMonths,
    upcoming: upcomingOf(paths),
  };
}

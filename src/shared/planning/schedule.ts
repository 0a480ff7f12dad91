import { addDays, format, getISODay, parseISO } from 'date-fns';
import type { PlanNodeKind, PlanNodeStatus } from '../domain/plan';
import { topologicalOrder } from './graph';

export interface ScheduleNode {
  id: string;
  kind: PlanNodeKind;
  status: PlanNodeStatus;
  /** For a course node: its hours (money is summed apart, in src/shared/reports/money.ts). */
  hours?: number;
  /** Dates a done course already has (kept as history). */
  startDate?: string | null;
  endDate?: string | null;
}

export interface ScheduleInput {
  nodes: readonly ScheduleNode[];
  edges: readonly { source: string; target: string }[];
  weeklyHours: number;
  /** YYYY-MM-DD: the first day learning may happen. */
  startDate: string;
  blackouts: readonly { startsOn: string; endsOn: string }[];
  /** How many courses may run at once (they share the weekly hours). */
  maxParallel: number;
  /** Stop after this many days (default 10 years) and leave the rest unscheduled. */
  horizonDays?: number;
}

export interface NodeDates {
  start: string | null;
  end: string | null;
}

export type ScheduleProblem = 'no-hours' | 'cycle' | 'too-long' | null;

export interface Schedule {
  dates: Map<string, NodeDates>;
  /** Hours of every course not skipped (done ones included). */
  totalHours: number;
  /** Hours still to learn (planned and in progress). */
  remainingHours: number;
  /** The last course's end, or null when nothing is scheduled. */
  finishDate: string | null;
  /** Scheduled learning hours per month (YYYY-MM). */
  hoursByMonth: Map<string, number>;
  problem: ScheduleProblem;
}

const EPSILON = 1e-9;
const day = (d: Date) => format(d, 'yyyy-MM-dd');

/**
 * Dates for each course from the member's weekly hours, in an order that respects the graph: a course starts
 * on the working day after every course before it (through any path of the graph) has ended. Learning happens
 * Monday to Friday, weekly hours / 5 a day, never in a blackout period. Up to `maxParallel` courses run at once
 * and share the day's hours equally (a course needing less gives the rest to the others). Done courses keep
 * their dates and take no time; skipped courses take none and block nothing. Skill and milestone nodes are
 * reached when everything before them has ended.
 */
export function scheduleCourses(input: ScheduleInput): Schedule {
  const { nodes, edges } = input;
  const result: Schedule = {
    dates: new Map(nodes.map((n) => [n.id, { start: null, end: null }])),
    totalHours: 0,
    remainingHours: 0,
    finishDate: null,
    hoursByMonth: new Map(),
    problem: null,
  };
  const courses = nodes.filter((n) => n.kind === 'course' && n.status !== 'skipped');
  for (const c of courses) {
    result.totalHours += c.hours ?? 0;
    if (c.status !== 'done') result.remainingHours += c.hours ?? 0;
  }

  let order: string[];
  try {
    order = topologicalOrder(
      nodes.map((n) => n.id),
      edges.map((e) => ({ from: e.source, to: e.target })),
    );
  } catch {
    result.problem = 'cycle';
    return result;
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const predecessors = new Map<string, string[]>(nodes.map((n) => [n.id, []]));
  for (const e of edges) if (byId.has(e.source) && byId.has(e.target)) predecessors.get(e.target)!.push(e.source);

  // The courses each node waits for: its nearest course ancestors, through skill and milestone nodes.
  const waitsFor = new Map<string, Set<string>>();
  for (const id of order) {
    const set = new Set<string>();
    for (const p of predecessors.get(id)!) {
      const pred = byId.get(p)!;
      if (pred.kind === 'course' && pred.status !== 'skipped' && pred.status !== 'done') set.add(p);
      else for (const x of waitsFor.get(p)!) set.add(x);
    }
    waitsFor.set(id, set);
  }

  for (const c of courses) {
    if (c.status === 'done') result.dates.set(c.id, { start: c.startDate ?? null, end: c.endDate ?? null });
  }
  const pending = order.filter((id) => {
    const n = byId.get(id)!;
    return n.kind === 'course' && n.status !== 'skipped' && n.status !== 'done';
  });
  const finishedOn = new Map<string, string>();
  if (pending.length > 0 && input.weeklyHours <= 0) result.problem = 'no-hours';
  else if (pending.length > 0) simulate(input, pending, byId, waitsFor, finishedOn, result);

  // Skill and milestone nodes are reached when what they wait for has ended.
  for (const id of order) {
    const n = byId.get(id)!;
    if (n.kind === 'course') continue;
    const ends = [...waitsFor.get(id)!].map((c) => finishedOn.get(c));
    if (ends.length === 0 || ends.some((e) => e === undefined)) continue;
    const reached = ends.sort().at(-1)!;
    result.dates.set(id, { start: reached, end: reached });
  }
  const ends = [...result.dates.entries()].filter(([id]) => byId.get(id)!.kind === 'course').map(([, d]) => d.end).filter((e): e is string => e !== null);
  result.finishDate = ends.length ? ends.sort().at(-1)! : null;
  return result;
}

function simulate(
  input: ScheduleInput,
  pending: string[],
  byId: Map<string, ScheduleNode>,
  waitsFor: Map<string, Set<string>>,
  finishedOn: Map<string, string>,
  result: Schedule,
) {
  const daily = input.weeklyHours / 5;
  const blackout = (d: string) => input.blackouts.some((b) => b.startsOn <= d && d <= b.endsOn);
  const remaining = new Map(pending.map((id) => [id, byId.get(id)!.hours ?? 0]));
  const waiting = [...pending];
  let active: string[] = [];
  const horizon = input.horizonDays ?? 3653;
  let date = parseISO(input.startDate);
  for (let i = 0; i < horizon && (waiting.length > 0 || active.length > 0); i++, date = addDays(date, 1)) {
    const today = day(date);
    const working = getISODay(date) <= 5 && !blackout(today);
    if (!working) continue;
    // Start what is ready (everything it waits for ended on an earlier day), in graph order.
    for (let w = 0; w < waiting.length && active.length < input.maxParallel; ) {
      const id = waiting[w]!;
      const ready = [...waitsFor.get(id)!].every((c) => (finishedOn.get(c) ?? '9999') < today);
      if (!ready) {
        w++;
        continue;
      }
      waiting.splice(w, 1);
      result.dates.set(id, { start: today, end: null });
      if (remaining.get(id)! <= EPSILON) finish(id, today);
      else active.push(id);
    }
    // Share the day's hours: water-filling, so a course that needs less leaves the rest to the others.
    let capacity = daily;
    let sharing = [...active].sort((a, b) => remaining.get(a)! - remaining.get(b)!);
    while (sharing.length > 0 && capacity > EPSILON) {
      const share = capacity / sharing.length;
      const id = sharing[0]!;
      const used = Math.min(share, remaining.get(id)!);
      if (used < share - EPSILON) {
        // The smallest one finishes with less than its share; the rest is shared again.
        spend(id, used, today);
        capacity -= used;
        sharing = sharing.slice(1);
      } else {
        for (const s of sharing) spend(s, share, today);
        capacity = 0;
      }
    }
    for (const id of active) if (remaining.get(id)! <= EPSILON) finish(id, today);
    active = active.filter((id) => remaining.get(id)! > EPSILON);
  }
  if (waiting.length > 0 || active.length > 0) result.problem = 'too-long';

  function spend(id: string, hours: number, today: string) {
    remaining.set(id, remaining.get(id)! - hours);
    const month = today.slice(0, 7);
    result.hoursByMonth.set(month, (result.hoursByMonth.get(month) ?? 0) + hours);
  }
  function finish(id: string, today: string) {
    remaining.set(id, 0);
    finishedOn.set(id, today);
    result.dates.set(id, { start: result.dates.get(id)!.start, end: today });
  }
}

/** "2027-Q1" for a YYYY-MM month. */
export function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

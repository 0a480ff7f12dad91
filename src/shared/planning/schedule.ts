import { addDays, format, getISODay, parseISO } from 'date-fns';
import type { CourseSession } from '../domain/catalog';
import type { PlanNodeKind, PlanNodeStatus } from '../domain/plan';
import { topologicalOrder } from './graph';
import { pickSession, sessionDays } from './sessions';

export interface ScheduleNode {
  id: string;
  kind: PlanNodeKind;
  status: PlanNodeStatus;
  /** A course's study (preparation) hours, or a milestone's effort: the work spread at the weekly rate. */
  hours?: number;
  /** A course's exam sitting, its own part after the study (null or missing: no exam). */
  examHours?: number | null;
  /** Dated sessions of an instructor-led course: the first that fits is booked on its dates. */
  sessions?: readonly CourseSession[];
  /** Dates a done course or milestone already has (kept as history). */
  startDate?: string | null;
  endDate?: string | null;
}

export interface ScheduleInput {
  nodes: readonly ScheduleNode[];
  edges: readonly { source: string; target: string }[];
  weeklyHours: number;
  /** YYYY-MM-DD: the first day learning may happen. */
  startDate: string;
  /** YYYY-MM-DD: sessions starting before this day are in the past (default: the start date). */
  today?: string;
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

/** How a course with dated sessions is planned: on a booked session, or self-paced because none fits. */
export type Booking = { kind: 'session'; session: CourseSession } | { kind: 'self-paced'; reason: 'no session fits' };

export type ScheduleProblem = 'no-hours' | 'cycle' | 'too-long' | null;

export interface Schedule {
  /** Per node: a course from its first study day to its last day (the exam day when it has one). */
  dates: Map<string, NodeDates>;
  /** The exam part of each course that has one: the day it is sat (null when unscheduled), its hours, and the study's last day. */
  exams: Map<string, { date: string | null; hours: number; studyEnd: string | null }>;
  /** Courses that have dated sessions: the booked one, or why it is planned self-paced. */
  bookings: Map<string, Booking>;
  /** Per course or milestone not skipped: its hours (study + exam, or a milestone's effort). */
  nodeHours: Map<string, number>;
  /** Study hours + exam hours + milestone effort of every step not skipped (done ones included). */
  totalHours: number;
  studyHours: number;
  examHours: number;
  milestoneHours: number;
  /** Hours still to do (planned and in progress). */
  remainingHours: number;
  /** The last course's or milestone's end, or null when nothing is scheduled. */
  finishDate: string | null;
  /** Scheduled hours per month (YYYY-MM); money is summed apart, in src/shared/reports/money.ts. */
  hoursByMonth: Map<string, number>;
  problem: ScheduleProblem;
}

const EPSILON = 1e-9;
const day = (d: Date) => format(d, 'yyyy-MM-dd');
/** Courses and milestones with effort are the work of a plan; skill nodes and milestones without effort are only reached. */
const isWork = (n: ScheduleNode) => n.kind === 'course' || (n.kind === 'milestone' && (n.hours ?? 0) > 0);

/**
 * Dates for each course and milestone from the member's weekly hours, in an order that respects the graph: a
 * step starts on the working day after every step before it (through any path of the graph) has ended.
 * - Self-paced work (study hours, a milestone's effort) happens Monday to Friday, weekly hours / 5 a day, never
 *   in a blackout period; up to `maxParallel` steps run at once and share the day's hours equally (a step
 *   needing less gives the rest to the others). No self-paced hours are spent on a day of a booked session.
 * - A course with dated sessions is booked on the first session that starts on or after the day it is ready
 *   (and not before `today`), has seats, touches no blackout day and no other booked session; it then takes
 *   the session's dates, not weekly hours. When none fits, it is planned self-paced and the booking says so.
 * - A course's exam is its own part: sat on the first working day after the study ends; the course ends then.
 * Done steps keep their dates and take no time; skipped ones take none and block nothing.
 */
export function scheduleCourses(input: ScheduleInput): Schedule {
  const { nodes, edges } = input;
  const result: Schedule = {
    dates: new Map(nodes.map((n) => [n.id, { start: null, end: null }])),
    exams: new Map(),
    bookings: new Map(),
    nodeHours: new Map(),
    totalHours: 0,
    studyHours: 0,
    examHours: 0,
    milestoneHours: 0,
    remainingHours: 0,
    finishDate: null,
    hoursByMonth: new Map(),
    problem: null,
  };
  const work = nodes.filter((n) => isWork(n) && n.status !== 'skipped');
  for (const n of work) {
    const hours = n.hours ?? 0;
    const exam = n.kind === 'course' ? (n.examHours ?? 0) : 0;
    if (n.kind === 'course') {
      result.studyHours += hours;
      result.examHours += exam;
      if (n.examHours !== null && n.examHours !== undefined) result.exams.set(n.id, { date: null, hours: n.examHours, studyEnd: null });
    } else result.milestoneHours += hours;
    result.nodeHours.set(n.id, hours + exam);
    if (n.status !== 'done') result.remainingHours += hours + exam;
  }
  result.totalHours = result.studyHours + result.examHours + result.milestoneHours;

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

  // The steps each node waits for: its nearest course or milestone ancestors, through skill nodes.
  const waitsFor = new Map<string, Set<string>>();
  for (const id of order) {
    const set = new Set<string>();
    for (const p of predecessors.get(id)!) {
      const pred = byId.get(p)!;
      if (isWork(pred) && pred.status !== 'skipped' && pred.status !== 'done') set.add(p);
      else for (const x of waitsFor.get(p)!) set.add(x);
    }
    waitsFor.set(id, set);
  }

  for (const n of work) {
    if (n.status !== 'done') continue;
    result.dates.set(n.id, { start: n.startDate ?? null, end: n.endDate ?? null });
    if (result.exams.has(n.id)) Object.assign(result.exams.get(n.id)!, { date: n.endDate ?? null, studyEnd: n.endDate ?? null });
  }
  const pending = order.filter((id) => {
    const n = byId.get(id)!;
    return isWork(n) && n.status !== 'skipped' && n.status !== 'done';
  });
  const finishedOn = new Map<string, string>();
  if (pending.length > 0 && input.weeklyHours <= 0) result.problem = 'no-hours';
  else if (pending.length > 0) simulate(input, pending, byId, waitsFor, finishedOn, result);

  // Skill nodes and milestones without effort are reached when what they wait for has ended.
  for (const id of order) {
    const n = byId.get(id)!;
    if (isWork(n)) continue;
    const ends = [...waitsFor.get(id)!].map((c) => finishedOn.get(c));
    if (ends.length === 0 || ends.some((e) => e === undefined)) continue;
    const reached = ends.sort().at(-1)!;
    result.dates.set(id, { start: reached, end: reached });
  }
  const ends = [...result.dates.entries()].filter(([id]) => isWork(byId.get(id)!)).map(([, d]) => d.end).filter((e): e is string => e !== null);
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
  const isWorkingDay = (d: Date) => getISODay(d) <= 5 && !blackout(day(d));
  const classDays = new Set<string>();
  const earliestSession = [input.startDate, input.today ?? input.startDate].sort().at(-1)!;
  const remaining = new Map(pending.map((id) => [id, byId.get(id)!.hours ?? 0]));
  const waiting = [...pending];
  let active: string[] = [];
  const horizon = input.horizonDays ?? 3653;
  let date = parseISO(input.startDate);
  for (let i = 0; i < horizon && (waiting.length > 0 || active.length > 0); i++, date = addDays(date, 1)) {
    const today = day(date);
    if (!isWorkingDay(date)) continue;
    // Start what is ready (everything it waits for ended on an earlier day), in graph order.
    for (let w = 0; w < waiting.length; ) {
      const id = waiting[w]!;
      const node = byId.get(id)!;
      const ready = [...waitsFor.get(id)!].every((c) => (finishedOn.get(c) ?? '9999') < today);
      const dated = node.kind === 'course' && (node.sessions?.length ?? 0) > 0;
      if (!ready || (!dated && active.length >= input.maxParallel)) {
        w++;
        continue;
      }
      if (dated) {
        const session = pickSession(node.sessions!, today > earliestSession ? today : earliestSession, blackout, classDays);
        if (session) {
          waiting.splice(w, 1);
          book(id, session);
          continue;
        }
        result.bookings.set(id, { kind: 'self-paced', reason: 'no session fits' });
        if (active.length >= input.maxParallel) {
          w++;
          continue;
        }
      }
      waiting.splice(w, 1);
      result.dates.set(id, { start: today, end: null });
      if (remaining.get(id)! <= EPSILON) finish(id, today);
      else active.push(id);
    }
    // A day in class leaves no hours for self-paced work.
    if (classDays.has(today)) continue;
    // Share the day's hours: water-filling, so a step that needs less leaves the rest to the others.
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

  function book(id: string, session: CourseSession) {
    result.bookings.set(id, { kind: 'session', session });
    const days = sessionDays(session);
    for (const d of days) classDays.add(d);
    const hours = remaining.get(id)!;
    for (const d of days) spend(id, hours / days.length, d);
    result.dates.set(id, { start: session.start, end: null });
    finish(id, session.end);
  }
  function spend(id: string, hours: number, on: string) {
    remaining.set(id, remaining.get(id)! - hours);
    const month = on.slice(0, 7);
    result.hoursByMonth.set(month, (result.hoursByMonth.get(month) ?? 0) + hours);
  }
  /** The study ended on `on`; a course with an exam sits it on the next working day outside class. */
  function finish(id: string, on: string) {
    remaining.set(id, 0);
    let end = on;
    const exam = result.exams.get(id);
    if (exam) {
      let d = addDays(parseISO(on), 1);
      for (let i = 0; i < 366 && (!isWorkingDay(d) || classDays.has(day(d))); i++) d = addDays(d, 1);
      end = day(d);
      Object.assign(exam, { date: end, studyEnd: on });
      result.hoursByMonth.set(end.slice(0, 7), (result.hoursByMonth.get(end.slice(0, 7)) ?? 0) + exam.hours);
    }
    finishedOn.set(id, end);
    result.dates.set(id, { start: result.dates.get(id)!.start, end });
  }
}

/** "2027-Q1" for a YYYY-MM month. */
export function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

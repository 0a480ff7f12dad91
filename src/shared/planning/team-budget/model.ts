import type { SkillAtLevel } from '../../domain/catalog';

/**
 * The team budget problem as the solvers see it: members with their role requirements, current levels and
 * hours, and the courses each could take (their candidates), bought in budget periods.
 *
 * A selection gives each candidate item a period (its purchase and study period) or none. It is feasible when
 * 1. every chosen item's providers (the earlier courses that meet its entry requirements) are chosen, in the
 *    same or an earlier period;
 * 2. each member's hours of items in periods up to p fit the hours they can give by the end of p;
 * 3. each period's spend is within the budget. Items of one course in one period form a group that pays, per
 *    member, the seat price, or books a shared class at the cohort price for up to `seats` members (whichever
 *    mix costs least);
 * 4. a course with dated sessions is taken only in a period where one starts, by no more members than the
 *    seats those sessions have left (unknown seats: open).
 * Value, compared in order: the priority's measure (see `TeamPriority`), then the team's readiness gained,
 * then less spend.
 */
export type TeamPriority = 'readiness' | 'critical' | 'coverage';

export interface TeamRequirement {
  skill: string;
  level: number;
  importance: number;
}

export interface TeamMemberModel {
  id: string;
  requirements: readonly TeamRequirement[];
  /** Current effective level per skill (missing: 0). */
  levels: ReadonlyMap<string, number>;
  /** Hours the member can give by the end of each period (cumulative). */
  capacity: readonly number[];
}

export interface TeamItem {
  /** Index of the member in `members`. */
  member: number;
  courseId: string;
  hours: number;
  /** Seat price in the budget's currency (0: free). Courses without a usable price never become items. */
  price: number;
  teaches: readonly SkillAtLevel[];
  /** Items (same member) that must be chosen in the same or an earlier period. */
  providers: readonly number[];
}

export interface CohortOffer {
  /** The price of one shared class for up to `seats` members. */
  price: number;
  seats: number;
}

export interface TeamModel {
  members: readonly TeamMemberModel[];
  items: readonly TeamItem[];
  periodCount: number;
  /** Budget per period, in the budget's currency. */
  budget: number;
  priority: TeamPriority;
  /** Per course id: a shared-class price. */
  cohorts: ReadonlyMap<string, CohortOffer>;
  /** Per course id with dated sessions: seats left in sessions starting in each period (null: unknown, open; 0: none). */
  seats: ReadonlyMap<string, readonly (number | null)[]>;
  /** The team's blind spots: skills some target role requires that nobody reaches (at the lowest level asked). */
  blindSpots: readonly { skill: string; level: number }[];
}

/** Per item: the period index, or -1 when not chosen. */
export type Placement = readonly number[];

export interface Value {
  primary: number;
  gain: number;
  spend: number;
}

export const EPSILON = 1e-9;

/** a better than b (−1), equal (0), worse (1). */
export function compareValues(a: Value, b: Value): number {
  if (Math.abs(a.primary - b.primary) > EPSILON) return a.primary > b.primary ? -1 : 1;
  if (Math.abs(a.gain - b.gain) > EPSILON) return a.gain > b.gain ? -1 : 1;
  if (Math.abs(a.spend - b.spend) > 0.005) return a.spend < b.spend ? -1 : 1;
  return 0;
}

/** Readiness (importance-weighted share of required levels, as in readiness.ts) from plain levels. */
export function readinessOf(requirements: readonly TeamRequirement[], level: (skill: string) => number): number {
  let weight = 0;
  let earned = 0;
  for (const q of requirements) {
    weight += q.importance;
    earned += (q.importance * Math.min(level(q.skill), q.level)) / q.level;
  }
  return weight === 0 ? 0 : earned / weight;
}

/** Share of critical requirements' levels reached (each critical requirement counts 1). */
export function criticalOf(requirements: readonly TeamRequirement[], level: (skill: string) => number): number {
  let earned = 0;
  for (const q of requirements) if (q.importance >= 3) earned += Math.min(level(q.skill), q.level) / q.level;
  return earned;
}

/** Each member's levels after the chosen items. */
export function levelsAfter(model: TeamModel, chosen: (item: number) => boolean): Map<string, number>[] {
  const after = model.members.map((m) => new Map(m.levels));
  model.items.forEach((item, i) => {
    if (!chosen(i)) return;
    const levels = after[item.member]!;
    for (const t of item.teaches) if ((levels.get(t.skill) ?? 0) < t.level) levels.set(t.skill, t.level);
  });
  return after;
}

/** The priority's measure and the readiness gained (spend left 0: it depends on the periods). */
export function valueOfLevels(model: TeamModel, after: readonly ReadonlyMap<string, number>[]): Omit<Value, 'spend'> {
  let gain = 0;
  let critical = 0;
  model.members.forEach((m, i) => {
    const now = (s: string) => after[i]!.get(s) ?? 0;
    const before = (s: string) => m.levels.get(s) ?? 0;
    gain += readinessOf(m.requirements, now) - readinessOf(m.requirements, before);
    critical += criticalOf(m.requirements, now) - criticalOf(m.requirements, before);
  });
  let closedSpots = 0;
  for (const spot of model.blindSpots) if (after.some((levels) => (levels.get(spot.skill) ?? 0) >= spot.level)) closedSpots++;
  const primary = model.priority === 'readiness' ? gain : model.priority === 'critical' ? critical : closedSpots;
  return { primary, gain };
}

/** What `count` members taking one course in one period pay: seats, shared classes, or the cheapest mix. */
export function groupCost(count: number, price: number, cohort: CohortOffer | undefined): number {
  if (count === 0) return 0;
  if (!cohort) return count * price;
  let best = count * price;
  const most = Math.ceil(count / cohort.seats);
  for (let k = 1; k <= most; k++) best = Math.min(best, k * cohort.price + Math.max(0, count - k * cohort.seats) * price);
  return best;
}

/** How many shared classes that cheapest mix books (0: everyone on a seat). */
export function classesBooked(count: number, price: number, cohort: CohortOffer | undefined): number {
  if (!cohort || count === 0) return 0;
  let best = count * price;
  let classes = 0;
  for (let k = 1; k <= Math.ceil(count / cohort.seats); k++) {
    const cost = k * cohort.price + Math.max(0, count - k * cohort.seats) * price;
    if (cost < best - 0.005) {
      best = cost;
      classes = k;
    }
  }
  return classes;
}

/** Spend per period of a placement. */
export function spendByPeriod(model: TeamModel, placement: Placement): number[] {
  const groups = new Map<string, { count: number; price: number; courseId: string; period: number }>();
  placement.forEach((p, i) => {
    if (p < 0) return;
    const item = model.items[i]!;
    const key = `${p}\u0000${item.courseId}`;
    const g = groups.get(key) ?? { count: 0, price: item.price, courseId: item.courseId, period: p };
    g.count++;
    groups.set(key, g);
  });
  const spend = Array.from({ length: model.periodCount }, () => 0);
  for (const g of groups.values()) spend[g.period]! += groupCost(g.count, g.price, model.cohorts.get(g.courseId));
  return spend;
}

/** Whether a placement is feasible (see the top of this file). */
export function isFeasiblePlacement(model: TeamModel, placement: Placement): boolean {
  for (let i = 0; i < model.items.length; i++) {
    const p = placement[i]!;
    if (p < 0) continue;
    for (const q of model.items[i]!.providers) if (placement[q]! < 0 || placement[q]! > p) return false;
  }
  const hours = model.members.map(() => Array.from({ length: model.periodCount }, () => 0));
  const taking = new Map<string, number>();
  placement.forEach((p, i) => {
    if (p < 0) return;
    const item = model.items[i]!;
    for (let q = p; q < model.periodCount; q++) hours[item.member]![q]! += item.hours;
    const key = `${p}\u0000${item.courseId}`;
    taking.set(key, (taking.get(key) ?? 0) + 1);
  });
  for (const [key, count] of taking) {
    const [p, courseId] = key.split('\u0000') as [string, string];
    const seats = model.seats.get(courseId);
    if (seats) {
      const left = seats[Number(p)];
      if (left === 0 || (left !== null && left !== undefined && left < count)) return false;
    }
  }
  if (model.members.some((m, i) => hours[i]!.some((h, q) => h > m.capacity[q]! + EPSILON))) return false;
  return spendByPeriod(model, placement).every((s) => s <= model.budget + 0.005);
}

/** The full value of a placement. */
export function valueOf(model: TeamModel, placement: Placement): Value {
  const base = valueOfLevels(
    model,
    levelsAfter(model, (i) => placement[i]! >= 0),
  );
  return { ...base, spend: spendByPeriod(model, placement).reduce((a, b) => a + b, 0) };
}

export interface TeamSolution {
  placement: number[];
  value: Value;
  method: 'exact' | 'heuristic';
}

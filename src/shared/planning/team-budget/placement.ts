import { EPSILON, groupCost, type TeamModel } from './model';

/**
 * Incremental placement state: hours per member per period (cumulative), members per (period, course), spend
 * per period. `tryPlace` checks the feasibility rules of model.ts for one more item; `remove` undoes it.
 */
export class PlacementState {
  readonly placement: number[];
  private readonly hours: number[][];
  /** Members taking each course in each period, at [period × courses + course]. */
  private readonly taking: Int32Array;
  private readonly courseOf: Int32Array;
  private readonly courseCount: number;
  readonly spend: number[];

  constructor(private readonly model: TeamModel) {
    const index = new Map<string, number>();
    this.courseOf = Int32Array.from(model.items, (it) => {
      if (!index.has(it.courseId)) index.set(it.courseId, index.size);
      return index.get(it.courseId)!;
    });
    this.courseCount = index.size;
    this.taking = new Int32Array(Math.max(1, index.size * model.periodCount));
    this.placement = model.items.map(() => -1);
    this.hours = model.members.map(() => Array.from({ length: model.periodCount }, () => 0));
    this.spend = Array.from({ length: model.periodCount }, () => 0);
  }

  get totalSpend(): number {
    return this.spend.reduce((a, b) => a + b, 0);
  }

  /** The earliest period an item may take given its providers (-1: a provider is not placed). */
  earliest(item: number): number {
    let p = 0;
    for (const q of this.model.items[item]!.providers) {
      const at = this.placement[q]!;
      if (at < 0) return -1;
      p = Math.max(p, at);
    }
    return p;
  }

  /** What placing the item in period p would add to that period's spend, or null when it does not fit. */
  costIfPlaced(item: number, p: number): number | null {
    const it = this.model.items[item]!;
    const capacity = this.model.members[it.member]!.capacity;
    const hours = this.hours[it.member]!;
    for (let q = p; q < this.model.periodCount; q++) if (hours[q]! + it.hours > capacity[q]! + EPSILON) return null;
    const count = this.taking[p * this.courseCount + this.courseOf[item]!]!;
    const seats = this.model.seats.get(it.courseId)?.[p];
    if (seats === 0 || (seats !== null && seats !== undefined && seats < count + 1)) return null;
    const cohort = this.model.cohorts.get(it.courseId);
    const delta = groupCost(count + 1, it.price, cohort) - groupCost(count, it.price, cohort);
    if (this.spend[p]! + delta > this.model.budget + 0.005) return null;
    return delta;
  }

  place(item: number, p: number) {
    const it = this.model.items[item]!;
    const slot = p * this.courseCount + this.courseOf[item]!;
    const count = this.taking[slot]!;
    const cohort = this.model.cohorts.get(it.courseId);
    this.spend[p]! += groupCost(count + 1, it.price, cohort) - groupCost(count, it.price, cohort);
    this.taking[slot] = count + 1;
    for (let q = p; q < this.model.periodCount; q++) this.hours[it.member]![q]! += it.hours;
    this.placement[item] = p;
  }

  remove(item: number) {
    const p = this.placement[item]!;
    const it = this.model.items[item]!;
    const slot = p * this.courseCount + this.courseOf[item]!;
    const count = this.taking[slot]!;
    const cohort = this.model.cohorts.get(it.courseId);
    this.spend[p]! -= groupCost(count, it.price, cohort) - groupCost(count - 1, it.price, cohort);
    this.taking[slot] = count - 1;
    for (let q = p; q < this.model.periodCount; q++) this.hours[it.member]![q]! -= it.hours;
    this.placement[item] = -1;
  }
}

/** The least any placement of these items can spend: each course's takers in one group. */
export function spendFloor(model: TeamModel, items: readonly number[]): number {
  const byCourse = new Map<string, { count: number; price: number }>();
  for (const i of items) {
    const it = model.items[i]!;
    const g = byCourse.get(it.courseId) ?? { count: 0, price: it.price };
    g.count++;
    byCourse.set(it.courseId, g);
  }
  let total = 0;
  for (const [courseId, g] of byCourse) total += groupCost(g.count, g.price, model.cohorts.get(courseId));
  return total;
}

/**
 * Periods for a chosen set of items (providers before the items that need them, as item order gives), by
 * depth-first search: the first feasible placement, or with `cheapest` the one spending least. Null when none
 * is feasible or the search used up `steps` (then `exhausted` is set).
 */
export function placeItems(
  model: TeamModel,
  chosen: readonly number[],
  cheapest: boolean,
  steps: { left: number; exhausted: boolean },
): { placement: number[]; spend: number } | null {
  const items = [...chosen].sort((a, b) => a - b);
  const state = new PlacementState(model);
  const floor = spendFloor(model, items);
  let best: { placement: number[]; spend: number } | null = null;
  const noGroups = !items.some((i) => model.cohorts.has(model.items[i]!.courseId));

  const search = (k: number): boolean => {
    if (--steps.left < 0) {
      steps.exhausted = true;
      return true;
    }
    if (best && state.totalSpend >= best.spend - 0.005) return false;
    if (k === items.length) {
      best = { placement: [...state.placement], spend: state.totalSpend };
      return !cheapest || noGroups || best.spend <= floor + 0.005;
    }
    const item = items[k]!;
    const from = state.earliest(item);
    if (from < 0) return false;
    for (let p = from; p < model.periodCount; p++) {
      if (state.costIfPlaced(item, p) === null) continue;
      state.place(item, p);
      const done = search(k + 1);
      state.remove(item);
      if (done) return true;
    }
    return false;
  };
  search(0);
  return best;
}

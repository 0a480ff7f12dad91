/**
 * Course selection as a covering problem over numbered needs, shared by the exact search and the heuristic.
 *
 * A selection is feasible when (1) it covers every required need: the target role's closable needs (minus
 * those dropped to keep to a budget) and the closable entry needs of every chosen course; (2) its courses can
 * be taken in some order where each course's entry needs are covered by courses taken before it; (3) its
 * published cost stays within the budget cap. Among feasible selections the best one covers the most weight
 * of the role's needs, then has the smallest primary metric (hours or cost), then the smallest secondary
 * metric, then the fewest courses.
 */
export interface SelectionCourse {
  id: string;
  /** Needs (by index) this course closes. */
  covers: readonly number[];
  /** Closable entry needs (by index) that must be covered before this course. */
  requires: readonly number[];
  /** Objective units (integers: centi-hours or cents), smaller is better. */
  primary: number;
  secondary: number;
  /** Published cost in cents, counted against the budget cap. */
  budgetCost: number;
}

export interface SelectionModel {
  needCount: number;
  /** Role needs (by index) that must be covered, each with its weight. */
  fixed: readonly { need: number; weight: number }[];
  courses: readonly SelectionCourse[];
  /** Cents, or null for no cap; with a cap, role needs may be left open. */
  budget: number | null;
}

/** [-covered weight, primary, secondary, course count]: compared in that order, smaller is better. */
export type Score = readonly [number, number, number, number];

export function compareScores(a: Score, b: Score): number {
  for (let i = 0; i < 4; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

export interface Selection {
  /** Chosen course indices, in an order where each course's entry needs are met by earlier ones. */
  order: number[];
  score: Score;
}

/** Courses (by index) in an order that meets entry needs; `stuck` lists those that cannot be placed. */
export function orderCourses(model: SelectionModel, chosen: readonly number[]): { order: number[]; stuck: number[] } {
  const covered = new Uint8Array(model.needCount);
  const order: number[] = [];
  let waiting = [...chosen];
  for (let progress = true; progress && waiting.length > 0; ) {
    progress = false;
    const still: number[] = [];
    for (const i of waiting) {
      if (model.courses[i]!.requires.every((n) => covered[n])) {
        order.push(i);
        for (const n of model.courses[i]!.covers) covered[n] = 1;
        progress = true;
      } else still.push(i);
    }
    waiting = still;
  }
  return { order, stuck: waiting };
}

export function coveredNeeds(model: SelectionModel, chosen: readonly number[]): Uint8Array {
  const covered = new Uint8Array(model.needCount);
  for (const i of chosen) for (const n of model.courses[i]!.covers) covered[n] = 1;
  return covered;
}

export function scoreOf(model: SelectionModel, chosen: readonly number[]): Score {
  const covered = coveredNeeds(model, chosen);
  let weight = 0;
  for (const f of model.fixed) if (covered[f.need]) weight += f.weight;
  let primary = 0;
  let secondary = 0;
  for (const i of chosen) {
    primary += model.courses[i]!.primary;
    secondary += model.courses[i]!.secondary;
  }
  return [-weight, primary, secondary, chosen.length];
}

export function budgetCostOf(model: SelectionModel, chosen: readonly number[]): number {
  let total = 0;
  for (const i of chosen) total += model.courses[i]!.budgetCost;
  return total;
}

/** Whether a selection is feasible (see the top of this file); only under a budget may role needs stay open. */
export function isFeasible(model: SelectionModel, chosen: readonly number[]): boolean {
  if (model.budget !== null && budgetCostOf(model, chosen) > model.budget) return false;
  const covered = coveredNeeds(model, chosen);
  if (model.budget === null && model.fixed.some((f) => !covered[f.need])) return false;
  // Placing every course in order also proves each one's entry needs are covered.
  return orderCourses(model, chosen).stuck.length === 0;
}

/**
 * Removes courses whose absence keeps the selection feasible and its covered weight, most expensive first.
 * Used after the heuristic, and harmless after the exact search (which leaves nothing to remove).
 */
export function withoutRedundantCourses(model: SelectionModel, chosen: readonly number[]): number[] {
  let current = [...chosen];
  const byCost = [...chosen].sort((a, b) => model.courses[b]!.primary - model.courses[a]!.primary || b - a);
  const weight = scoreOf(model, current)[0];
  for (const i of byCost) {
    const without = current.filter((c) => c !== i);
    if (isFeasible(model, without) && scoreOf(model, without)[0] <= weight) current = without;
  }
  return current;
}

/**
 * Drops courses another course makes pointless: one that covers at least the same needs, asks for no more
 * entry needs and costs no more on either metric (or the budget). Exactness is kept: in any selection the
 * dominated course can be swapped for the dominating one at the same place in the order.
 */
export function undominatedCourses(model: SelectionModel): number[] {
  const n = model.courses.length;
  // Each course's covered and required needs as bit sets, so "A covers all B covers" is a few word operations.
  const words = Math.ceil(model.needCount / 32);
  const bits = (lists: (c: SelectionCourse) => readonly number[]) => {
    const set = new Uint32Array(n * words);
    model.courses.forEach((c, i) => {
      for (const need of lists(c)) set[i * words + (need >>> 5)]! |= 1 << (need & 31);
    });
    return set;
  };
  const covers = bits((c) => c.covers);
  const requires = bits((c) => c.requires);
  /** Whether every bit of row `sub` is in row `sup`. */
  const within = (set: Uint32Array, sub: number, sup: number) => {
    for (let w = 0; w < words; w++) if ((set[sub * words + w]! & ~set[sup * words + w]!) !== 0) return false;
    return true;
  };
  // Only a course covering every need B covers can dominate B: the rivals are the courses covering B's least
  // covered need (every course covers at least one need).
  const coverers: number[][] = Array.from({ length: model.needCount }, () => []);
  model.courses.forEach((c, i) => c.covers.forEach((need) => coverers[need]!.push(i)));
  const everyCourse = model.courses.map((_, i) => i);
  const kept: number[] = [];
  for (let b = 0; b < n; b++) {
    const B = model.courses[b]!;
    let rivals = everyCourse;
    for (const need of B.covers) if (coverers[need]!.length < rivals.length) rivals = coverers[need]!;
    const dominated = rivals.some((a) => {
      const A = model.courses[a]!;
      if (a === b) return false;
      const noWorse = A.primary <= B.primary && A.secondary <= B.secondary && A.budgetCost <= B.budgetCost;
      if (!noWorse) return false;
      if (!within(covers, b, a)) return false;
      if (!within(requires, a, b)) return false;
      const identical =
        A.primary === B.primary &&
        A.secondary === B.secondary &&
        A.budgetCost === B.budgetCost &&
        A.covers.length === B.covers.length &&
        A.requires.length === B.requires.length;
      // Of two interchangeable courses keep the first.
      return !identical || a < b;
    });
    if (!dominated) kept.push(b);
  }
  return kept;
}

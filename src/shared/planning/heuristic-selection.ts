import {
  budgetCostOf,
  coveredNeeds,
  orderCourses,
  scoreOf,
  withoutRedundantCourses,
  type Selection,
  type SelectionModel,
} from './selection-model';

/** Entry needs of chosen courses must be met, so they count as much as the most important role need. */
const ENTRY_NEED_WEIGHT = 3;

/**
 * The heuristic used above the exact search's limit: greedy weighted set cover with entry requirements.
 *
 * 1. Repeatedly take the course with the best ratio of "weight of required needs it newly covers" to "its
 *    primary metric plus the cheapest way to meet its own uncovered entry needs" (within the remaining budget).
 *    Required needs are the role's needs and the entry needs of courses already taken. A role need no
 *    affordable course covers is given up (only possible under a budget).
 * 2. If the taken courses cannot be ordered (entry needs waiting on each other), take the best course covering
 *    a missing entry need; a course whose entry needs cannot be met at all is put back.
 * 3. Remove courses that became redundant, most expensive first.
 *
 * It is fast (polynomial) and usually optimal or close to it, but not guaranteed: the result says "heuristic".
 */
export function selectHeuristic(model: SelectionModel, candidates: readonly number[]): Selection {
  const weightOf = new Map(model.fixed.map((f) => [f.need, f.weight]));
  const banned = new Set<number>();
  const dropped = new Set<number>();
  let chosen: number[] = [];

  // The candidates covering each need, in candidate order: a need's cheapest cover and the courses that gain
  // from a wanted need are read from these lists, not from a scan of the whole pool.
  const coverers: number[][] = Array.from({ length: model.needCount }, () => []);
  for (const c of candidates) for (const n of model.courses[c]!.covers) coverers[n]!.push(c);
  /** Per course: 1 while it is in the pool of the current bestCourse call. */
  const inPool = new Uint8Array(model.courses.length);
  /** Per need, the cheapest course of the pool covering it and the cheapest other one, worked out when first asked in a call. */
  const firstCourse = new Int32Array(model.needCount);
  const firstPrimary = new Float64Array(model.needCount);
  const secondPrimary = new Float64Array(model.needCount);
  const askedIn = new Int32Array(model.needCount);
  /** Per course: the bestCourse call in which it covers a wanted need. */
  const gaining = new Int32Array(model.courses.length);
  let call = 0;
  // The weight of each need still wanted, for bestCourse.
  const wantedWeight = new Float64Array(model.needCount);
  const isWanted = new Uint8Array(model.needCount);

  /** The least primary metric of a pool course other than `except` covering need n (Infinity: none). */
  function cheapestCover(n: number, except: number): number {
    if (askedIn[n] !== call) {
      askedIn[n] = call;
      firstCourse[n] = -1;
      secondPrimary[n] = Infinity;
      for (const c of coverers[n]!) {
        if (!inPool[c]) continue;
        const primary = model.courses[c]!.primary;
        if (firstCourse[n]! < 0 || primary < firstPrimary[n]!) {
          if (firstCourse[n]! >= 0) secondPrimary[n] = firstPrimary[n]!;
          firstCourse[n] = c;
          firstPrimary[n] = primary;
        } else if (primary < secondPrimary[n]!) secondPrimary[n] = primary;
      }
    }
    if (firstCourse[n]! < 0) return Infinity;
    return firstCourse[n] === except ? secondPrimary[n]! : firstPrimary[n]!;
  }

  for (let guard = 0; guard < 10 * candidates.length + 10; guard++) {
    const covered = coveredNeeds(model, chosen);
    const taken = new Set(chosen);
    const pool = candidates.filter((c) => !banned.has(c) && !taken.has(c));
    const spent = budgetCostOf(model, chosen);
    const affordable = pool.filter((c) => model.budget === null || spent + model.courses[c]!.budgetCost <= model.budget);

    const wanted = new Map<number, number>(); // uncovered required need → weight
    for (const f of model.fixed) if (!covered[f.need] && !dropped.has(f.need)) wanted.set(f.need, f.weight);
    for (const c of chosen) for (const n of model.courses[c]!.requires) if (!covered[n]) wanted.set(n, Math.max(wanted.get(n) ?? 0, ENTRY_NEED_WEIGHT));

    if (wanted.size === 0) {
      const { order, stuck } = orderCourses(model, chosen);
      if (stuck.length === 0) break;
      // Everything is covered, but some courses wait on entry needs only later (or waiting) courses meet.
      const placed = coveredNeeds(model, order);
      for (const c of stuck) for (const n of model.courses[c]!.requires) if (!placed[n]) wanted.set(n, ENTRY_NEED_WEIGHT);
      const helper = bestCourse(affordable, wanted, covered);
      if (helper === null) {
        for (const c of stuck) banned.add(c);
        chosen = chosen.filter((c) => !stuck.includes(c));
      } else chosen.push(helper);
      continue;
    }

    const next = bestCourse(affordable, wanted, covered);
    if (next === null) {
      // Nothing affordable covers what is left: give up those role needs; courses needing the rest go back.
      for (const n of wanted.keys()) if (weightOf.has(n)) dropped.add(n);
      const blocked = chosen.filter((c) => model.courses[c]!.requires.some((n) => wanted.has(n) && !affordable.some((a) => model.courses[a]!.covers.includes(n))));
      for (const c of blocked) banned.add(c);
      chosen = chosen.filter((c) => !blocked.includes(c));
      continue;
    }
    chosen.push(next);
  }

  function bestCourse(pool: readonly number[], wanted: ReadonlyMap<number, number>, covered: Uint8Array): number | null {
    call++;
    for (const c of pool) inPool[c] = 1;
    wantedWeight.fill(0);
    isWanted.fill(0);
    // Only a pool course covering a wanted need gains anything: those are marked, the rest skipped unread.
    for (const [n, weight] of wanted) {
      wantedWeight[n] = weight;
      isWanted[n] = 1;
      for (const c of coverers[n]!) gaining[c] = call;
    }
    let best: number | null = null;
    let bestRatio = -1;
    for (const c of pool) {
      if (gaining[c] !== call) continue;
      const course = model.courses[c]!;
      let gain = 0;
      for (const n of course.covers) gain += wantedWeight[n]!;
      if (gain === 0) continue;
      let burden = course.primary;
      for (const n of course.requires) {
        if (!covered[n] && !isWanted[n]) {
          const extra = cheapestCover(n, c);
          burden += Number.isFinite(extra) ? extra : 0;
        }
      }
      const ratio = gain / (burden + 1);
      if (ratio > bestRatio || (ratio === bestRatio && best !== null && course.primary < model.courses[best]!.primary)) {
        best = c;
        bestRatio = ratio;
      }
    }
    for (const c of pool) inPool[c] = 0;
    return best;
  }

  const lean = withoutRedundantCourses(model, chosen);
  const { order } = orderCourses(model, lean);
  return { order, score: scoreOf(model, order) };
}

import {
  compareScores,
  orderCourses,
  scoreOf,
  type Score,
  type Selection,
  type SelectionModel,
} from './selection-model';

/** Above this many candidates the exact search is not attempted (the bound; the search itself is exponential). */
export const EXACT_SEARCH_LIMIT = 20;

/**
 * The provably best selection among `candidates` (course indices, at most 30), by branch and bound:
 *
 * - Branch on the uncovered required need with the fewest courses left that cover it: "take the i-th of those
 *   courses and none of the earlier ones", for each i — every feasible selection falls in exactly one branch.
 *   Under a budget a last branch gives the need up (and excludes every course that covers it).
 * - When everything required is covered but the courses cannot be ordered (some wait on each other's entry
 *   needs), branch on the courses that cover an unmet entry need of a waiting course: some such course must be
 *   added in any feasible superset (the first waiting course to be placed needs one).
 * - Bound: the covered weight cannot exceed what is covered plus what is still coverable, and the primary
 *   metric grows at least by the cheapest course covering the most expensive uncovered need. A branch whose
 *   bound cannot beat the best selection found so far is cut.
 *
 * `incumbent` (e.g. the heuristic's answer) only speeds the search up; the result is optimal either way.
 */
export function selectExact(model: SelectionModel, candidates: readonly number[], incumbent: Selection | null): Selection | null {
  if (candidates.length > 30) throw new Error('The exact search takes at most 30 candidate courses.');
  const coverers: number[][] = Array.from({ length: model.needCount }, () => []);
  const byPrimary = [...candidates].sort((a, b) => model.courses[a]!.primary - model.courses[b]!.primary || a - b);
  const bit = new Map(candidates.map((c, i) => [c, 1 << i]));
  for (const c of byPrimary) for (const n of model.courses[c]!.covers) coverers[n]!.push(c);
  const weightOf = new Map(model.fixed.map((f) => [f.need, f.weight]));
  const budgeted = model.budget !== null;

  let best: Selection | null = incumbent;
  const available = (c: number, chosen: number, excluded: number) => ((chosen | excluded) & bit.get(c)!) === 0;

  function search(chosenList: number[], chosen: number, excluded: number, dropped: ReadonlySet<number>) {
    let primary = 0;
    let secondary = 0;
    let spent = 0;
    const covered = new Uint8Array(model.needCount);
    const entry = new Set<number>();
    for (const c of chosenList) {
      const course = model.courses[c]!;
      primary += course.primary;
      secondary += course.secondary;
      spent += course.budgetCost;
      for (const n of course.covers) covered[n] = 1;
      for (const n of course.requires) entry.add(n);
    }
    if (budgeted && spent > model.budget!) return;

    // Uncovered required needs, with the courses still available for each.
    let coveredWeight = 0;
    let reachableWeight = 0;
    let lowerBound = 0;
    let branchNeed = -1;
    let branchOptions: number[] = [];
    const consider = (n: number, droppable: boolean): boolean => {
      const options = coverers[n]!.filter((c) => available(c, chosen, excluded));
      if (options.length === 0) return droppable; // a need nothing can cover any more: given up, or a dead end
      if (weightOf.has(n)) reachableWeight += weightOf.get(n)!;
      lowerBound = Math.max(lowerBound, model.courses[options[0]!]!.primary);
      if (branchNeed < 0 || options.length < branchOptions.length) {
        branchNeed = n;
        branchOptions = options;
      }
      return true;
    };
    for (const f of model.fixed) {
      if (covered[f.need]) coveredWeight += f.weight;
      else if (!dropped.has(f.need) && !entry.has(f.need)) {
        if (!consider(f.need, budgeted) && !budgeted) return;
      }
    }
    for (const n of entry) if (!covered[n] && !consider(n, false)) return;

    const bound: Score = [-(coveredWeight + reachableWeight), primary + lowerBound, secondary, chosenList.length + (branchNeed >= 0 ? 1 : 0)];
    if (best && compareScores(bound, best.score) >= 0) return;

    if (branchNeed < 0) {
      const { order, stuck } = orderCourses(model, chosenList);
      if (stuck.length === 0) {
        const score = scoreOf(model, chosenList);
        if (!best || compareScores(score, best.score) < 0) best = { order, score };
        return;
      }
      // Covered but not orderable: add a course covering an entry need a waiting course cannot get in time.
      const placed = new Uint8Array(model.needCount);
      for (const c of order) for (const n of model.courses[c]!.covers) placed[n] = 1;
      const unmet = new Set(stuck.flatMap((c) => model.courses[c]!.requires.filter((n) => !placed[n])));
      const options = byPrimary.filter((c) => available(c, chosen, excluded) && [...unmet].some((n) => model.courses[c]!.covers.includes(n)));
      branch(options, chosenList, chosen, excluded, dropped);
      return;
    }
    branch(branchOptions, chosenList, chosen, excluded, dropped);
    const droppable = budgeted && weightOf.has(branchNeed) && !entry.has(branchNeed);
    if (droppable) {
      const all = branchOptions.reduce((mask, c) => mask | bit.get(c)!, excluded);
      search(chosenList, chosen, all, new Set([...dropped, branchNeed]));
    }
  }

  function branch(options: number[], chosenList: number[], chosen: number, excluded: number, dropped: ReadonlySet<number>) {
    let skip = excluded;
    for (const c of options) {
      search([...chosenList, c], chosen | bit.get(c)!, skip, dropped);
      skip |= bit.get(c)!;
    }
  }

  search([], 0, 0, new Set());
  return best;
}

import { criticalOf, readinessOf, valueOf, type TeamModel, type TeamSolution } from './model';
import { PlacementState } from './placement';

/** For critical and coverage, one unit of the priority's measure outweighs any readiness gain. */
const PRIMARY_WEIGHT = 1000;

/**
 * The heuristic (documented in docs/ARCHITECTURE.md, "Team plan"): greedy by value per unit spent.
 * Repeatedly, for every item not yet bought, its bundle (the item with every provider not yet bought) is placed
 * tentatively, each part in the period that adds least spend (the earliest on a tie) at or after its
 * providers; the bundle's worth is what it adds to the priority's measure (× 1000 for critical and coverage)
 * plus the readiness it adds, divided by what it adds to spend plus 1 (so free courses come first, by worth).
 * The best bundle is bought; this repeats until no bundle adds worth and fits. Joining a shared class already
 * booked in a period adds only what the bigger group costs more, so members naturally share classes.
 */
export function solveHeuristic(model: TeamModel): TeamSolution {
  const state = new PlacementState(model);
  const chosen = (i: number) => state.placement[i]! >= 0;
  const worthOf = (v: { primary: number; gain: number }): number => (model.priority === 'readiness' ? v.gain : v.primary * PRIMARY_WEIGHT + v.gain);
  const levels = model.members.map((m) => new Map(m.levels));
  const closedSpots = new Set<number>();
  model.blindSpots.forEach((s, k) => {
    if (levels.some((l) => (l.get(s.skill) ?? 0) >= s.level)) closedSpots.add(k);
  });
  /** What a bundle (all one member's) adds: measured on that member's levels and the team's open blind spots. */
  const bundleWorth = (bundle: readonly number[]) => {
    const m = model.items[bundle[0]!]!.member;
    const member = model.members[m]!;
    const now = levels[m]!;
    const raised = new Map<string, number>();
    for (const j of bundle) {
      for (const t of model.items[j]!.teaches) if (t.level > (raised.get(t.skill) ?? now.get(t.skill) ?? 0)) raised.set(t.skill, t.level);
    }
    const before = (s: string) => now.get(s) ?? 0;
    const after = (s: string) => raised.get(s) ?? before(s);
    const gain = readinessOf(member.requirements, after) - readinessOf(member.requirements, before);
    const critical = criticalOf(member.requirements, after) - criticalOf(member.requirements, before);
    let spots = 0;
    model.blindSpots.forEach((s, k) => {
      if (!closedSpots.has(k) && (raised.get(s.skill) ?? 0) >= s.level) spots++;
    });
    return worthOf({ primary: model.priority === 'critical' ? critical : spots, gain });
  };
  const bundleOf = (i: number): number[] => {
    const out: number[] = [];
    const visit = (j: number) => {
      if (chosen(j) || out.includes(j)) return;
      for (const q of model.items[j]!.providers) visit(q);
      out.push(j);
    };
    visit(i);
    return out;
  };

  // A bundle's worth changes only when its member's levels or the closed blind spots change.
  const memberVersion = model.members.map(() => 0);
  let spotsVersion = 0;
  const worthCache: ({ memberVersion: number; spotsVersion: number; worth: number } | undefined)[] = [];

  for (;;) {
    let best: { bundle: number[]; periods: number[]; ratio: number; worth: number } | null = null;
    for (let i = 0; i < model.items.length; i++) {
      if (chosen(i)) continue;
      const bundle = bundleOf(i);
      const periods: number[] = [];
      let added = 0;
      let fits = true;
      for (const j of bundle) {
        const from = state.earliest(j);
        let pick = -1;
        let pickCost = Infinity;
        for (let p = Math.max(from, 0); p < model.periodCount && from >= 0; p++) {
          const cost = state.costIfPlaced(j, p);
          if (cost !== null && cost < pickCost - 0.005) {
            pick = p;
            pickCost = cost;
          }
        }
        if (pick < 0) {
          fits = false;
          break;
        }
        state.place(j, pick);
        periods.push(pick);
        added += pickCost;
      }
      let worth = 0;
      if (fits) {
        const member = model.items[i]!.member;
        const known = worthCache[i];
        if (known && known.memberVersion === memberVersion[member] && known.spotsVersion === spotsVersion) worth = known.worth;
        else {
          worth = bundleWorth(bundle);
          worthCache[i] = { memberVersion: memberVersion[member]!, spotsVersion, worth };
        }
      }
      for (const j of [...bundle].reverse()) if (chosen(j)) state.remove(j);
      if (!fits || worth <= 1e-9) continue;
      const ratio = worth / (added + 1);
      if (!best || ratio > best.ratio + 1e-12 || (Math.abs(ratio - best.ratio) <= 1e-12 && worth > best.worth)) best = { bundle, periods, ratio, worth };
    }
    if (!best) break;
    best.bundle.forEach((j, k) => {
      state.place(j, best.periods[k]!);
      const item = model.items[j]!;
      const now = levels[item.member]!;
      for (const t of item.teaches) if ((now.get(t.skill) ?? 0) < t.level) now.set(t.skill, t.level);
      memberVersion[item.member]!++;
    });
    const closedBefore = closedSpots.size;
    model.blindSpots.forEach((s, k) => {
      if (levels.some((l) => (l.get(s.skill) ?? 0) >= s.level)) closedSpots.add(k);
    });
    if (closedSpots.size !== closedBefore) spotsVersion++;
  }
  return { placement: [...state.placement], value: valueOf(model, state.placement), method: 'heuristic' };
}

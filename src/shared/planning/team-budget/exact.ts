import { compareValues, EPSILON, levelsAfter, valueOfLevels, type TeamModel, type TeamSolution, type Value } from './model';
import { placeItems } from './placement';

/** Items up to this count get the exact search; beyond it the heuristic alone. */
export const TEAM_EXACT_LIMIT = 18;
/** Search steps (subset nodes plus placement steps) before the exact search gives up and the heuristic stands. */
export const TEAM_EXACT_STEPS = 400_000;

/**
 * Branch and bound over which items to buy. Items are decided in order (a member's providers come before the
 * items that need them): include (only when its providers are in and some placement of the set so far is
 * feasible), then exclude. Bound: the value so far plus, for every item still to decide, what it alone would
 * add to the levels reached so far; each measure (readiness, critical share, blind spots closed) only grows by
 * less when added to more, so the sum bounds any completion from above. A leaf is placed in periods spending
 * least (placement.ts). The heuristic's answer is the first incumbent. Returns null when the search ran out of
 * steps (the caller keeps the heuristic's answer and says so).
 */
export function solveExact(model: TeamModel, incumbent: TeamSolution | null): TeamSolution | null {
  const n = model.items.length;
  const steps = { left: TEAM_EXACT_STEPS, exhausted: false };
  const included: boolean[] = model.items.map(() => false);
  const levels = model.members.map((m) => new Map(m.levels));
  let best: { placement: number[]; value: Value } | null = incumbent ? { placement: [...incumbent.placement], value: incumbent.value } : null;

  const spotsClosed = () => new Set(model.blindSpots.filter((s) => levels.some((l) => (l.get(s.skill) ?? 0) >= s.level)).map((s) => s.skill));

  /** What one item adds to the current levels: the priority's measure and the readiness gain. */
  const marginal = (i: number, closed: ReadonlySet<string>) => {
    const item = model.items[i]!;
    const member = model.members[item.member]!;
    const now = levels[item.member]!;
    let gain = 0;
    let critical = 0;
    let weight = 0;
    for (const q of member.requirements) weight += q.importance;
    let spots = 0;
    for (const t of item.teaches) {
      const had = now.get(t.skill) ?? 0;
      if (t.level <= had) continue;
      for (const q of member.requirements) {
        if (q.skill !== t.skill) continue;
        const added = (Math.min(t.level, q.level) - Math.min(had, q.level)) / q.level;
        if (added <= 0) continue;
        gain += weight === 0 ? 0 : (q.importance * added) / weight;
        if (q.importance >= 3) critical += added;
      }
      for (const s of model.blindSpots) if (s.skill === t.skill && t.level >= s.level && had < s.level && !closed.has(s.skill)) spots++;
    }
    const primary = model.priority === 'readiness' ? gain : model.priority === 'critical' ? critical : spots;
    return { primary, gain };
  };

  const feasibleSoFar = () =>
    placeItems(
      model,
      included.flatMap((x, i) => (x ? [i] : [])),
      false,
      steps,
    ) !== null;

  const search = (k: number, current: { primary: number; gain: number }) => {
    if (steps.exhausted || --steps.left < 0) {
      steps.exhausted = true;
      return;
    }
    if (best) {
      const closed = spotsClosed();
      let ubPrimary = current.primary;
      let ubGain = current.gain;
      for (let j = k; j < n; j++) {
        const m = marginal(j, closed);
        ubPrimary += m.primary;
        ubGain += m.gain;
      }
      if (ubPrimary < best.value.primary - EPSILON) return;
      if (ubPrimary <= best.value.primary + EPSILON && ubGain < best.value.gain - EPSILON) return;
    }
    if (k === n) {
      const value = valueOfLevels(model, levels);
      const chosen = included.flatMap((x, i) => (x ? [i] : []));
      if (best && compareValues({ ...value, spend: 0 }, { ...best.value, spend: 0 }) > 0) return;
      const placed = placeItems(model, chosen, true, steps);
      if (!placed || steps.exhausted) return;
      const full = { ...value, spend: placed.spend };
      if (!best || compareValues(full, best.value) < 0) best = { placement: placed.placement, value: full };
      return;
    }
    const item = model.items[k]!;
    if (item.providers.every((q) => included[q])) {
      included[k] = true;
      if (feasibleSoFar()) {
        const now = levels[item.member]!;
        const undo: [string, number | undefined][] = [];
        for (const t of item.teaches) {
          if ((now.get(t.skill) ?? 0) < t.level) {
            undo.push([t.skill, now.get(t.skill)]);
            now.set(t.skill, t.level);
          }
        }
        search(k + 1, valueOfLevels(model, levels));
        for (const [skill, was] of undo.reverse()) {
          if (was === undefined) now.delete(skill);
          else now.set(skill, was);
        }
      }
      included[k] = false;
    }
    search(k + 1, current);
  };

  search(0, valueOfLevels(model, levels));
  if (steps.exhausted || !best) return null;
  return { placement: best.placement, value: best.value, method: 'exact' };
}

/** The value of no purchase at all (levels as they are). */
export function emptySolution(model: TeamModel): TeamSolution {
  const value = valueOfLevels(
    model,
    levelsAfter(model, () => false),
  );
  return { placement: model.items.map(() => -1), value: { ...value, spend: 0 }, method: 'exact' };
}

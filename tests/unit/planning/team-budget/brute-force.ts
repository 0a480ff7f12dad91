import type { TeamModel } from '../../../../src/shared/planning/team-budget/model';

/**
 * The oracle, written apart from the solver: every way to give each item a period or none, checked rule by
 * rule as the issue states them, scored by the priority's measure, then readiness gained, then least spend.
 */
export interface OracleBest {
  primary: number;
  gain: number;
  spend: number;
}

function readinessFrom(reqs: TeamModel['members'][number]['requirements'], lv: Map<string, number>): number {
  let total = 0;
  let got = 0;
  for (const r of reqs) {
    total += r.importance;
    got += r.importance * (Math.min(lv.get(r.skill) ?? 0, r.level) / r.level);
  }
  return total ? got / total : 0;
}

function cheapestFor(count: number, seat: number, offer?: { price: number; seats: number }): number {
  // Try every number of shared classes; the rest buy seats.
  let best = count * seat;
  if (offer) {
    for (let classes = 1; classes * offer.seats < count + offer.seats; classes++) {
      const rest = Math.max(0, count - classes * offer.seats);
      best = Math.min(best, classes * offer.price + rest * seat);
    }
  }
  return best;
}

/** Checks one assignment (period per item, -1 none); returns its score or null when a rule is broken. */
export function scoreAssignment(model: TeamModel, periodOf: readonly number[]): OracleBest | null {
  const P = model.periodCount;
  // Rule 1: providers chosen, not later.
  for (let i = 0; i < model.items.length; i++) {
    if (periodOf[i]! === -1) continue;
    for (const p of model.items[i]!.providers) if (periodOf[p]! === -1 || periodOf[p]! > periodOf[i]!) return null;
  }
  // Rule 2: hours up to each period's end.
  for (let m = 0; m < model.members.length; m++) {
    for (let q = 0; q < P; q++) {
      let h = 0;
      model.items.forEach((it, i) => {
        if (it.member === m && periodOf[i]! !== -1 && periodOf[i]! <= q) h += it.hours;
      });
      if (h > model.members[m]!.capacity[q]! + 1e-9) return null;
    }
  }
  // Rules 3 and 4: spend per period, seats per period.
  let spend = 0;
  for (let q = 0; q < P; q++) {
    let periodSpend = 0;
    const courses = new Set(model.items.filter((_, i) => periodOf[i] === q).map((it) => it.courseId));
    for (const c of courses) {
      const takers = model.items.filter((it, i) => periodOf[i] === q && it.courseId === c);
      const seatsLeft = model.seats.get(c)?.[q];
      if (seatsLeft !== undefined && seatsLeft !== null && takers.length > seatsLeft) return null;
      periodSpend += cheapestFor(takers.length, takers[0]!.price, model.cohorts.get(c));
    }
    if (periodSpend > model.budget + 1e-6) return null;
    spend += periodSpend;
  }
  // Score.
  let gain = 0;
  let critical = 0;
  const finals = model.members.map((mem, m) => {
    const lv = new Map(mem.levels);
    model.items.forEach((it, i) => {
      if (it.member !== m || periodOf[i]! === -1) return;
      for (const t of it.teaches) lv.set(t.skill, Math.max(lv.get(t.skill) ?? 0, t.level));
    });
    gain += readinessFrom(mem.requirements, lv) - readinessFrom(mem.requirements, new Map(mem.levels));
    for (const r of mem.requirements) {
      if (r.importance === 3) critical += (Math.min(lv.get(r.skill) ?? 0, r.level) - Math.min(mem.levels.get(r.skill) ?? 0, r.level)) / r.level;
    }
    return lv;
  });
  const spots = model.blindSpots.filter((s) => finals.some((lv) => (lv.get(s.skill) ?? 0) >= s.level)).length;
  const primary = model.priority === 'readiness' ? gain : model.priority === 'critical' ? critical : spots;
  return { primary, gain, spend };
}

export function bruteForceBest(model: TeamModel): OracleBest {
  const n = model.items.length;
  const periodOf = new Array<number>(n).fill(-1);
  let best: OracleBest | null = null;
  const better = (a: OracleBest, b: OracleBest) =>
    a.primary > b.primary + 1e-9 ||
    (Math.abs(a.primary - b.primary) <= 1e-9 && (a.gain > b.gain + 1e-9 || (Math.abs(a.gain - b.gain) <= 1e-9 && a.spend < b.spend - 1e-6)));
  const walk = (i: number) => {
    if (i === n) {
      const s = scoreAssignment(model, periodOf);
      if (s && (!best || better(s, best))) best = s;
      return;
    }
    for (let p = -1; p < model.periodCount; p++) {
      periodOf[i] = p;
      walk(i + 1);
    }
    periodOf[i] = -1;
  };
  walk(0);
  return best!;
}

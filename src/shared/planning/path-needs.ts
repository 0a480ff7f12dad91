import type { SkillAtLevel } from '../domain/catalog';
import type { CourseLeftOutReason, GenerationLimits, NeedOrigin, OpenGapReason } from '../domain/plan';

/**
 * The facts path generation works from, and the "needs" it derives from them. A need is a skill at a level
 * the member must reach: a gap of the target role, a catalog prerequisite of a skill being raised, or an
 * entry requirement of a chosen course. A course satisfies a need when it teaches that skill to at least that
 * level.
 */
export interface CourseFacts {
  id: string;
  provider: string;
  hours: number;
  /** A certification's exam sitting, counted with the study hours when comparing courses. */
  examHours?: number | null;
  /** null: the provider publishes no price. */
  cost: number | null;
  /** The currency of `cost` (absent in hand-made test catalogs: then every price is in the budget's currency). */
  currency?: string | null;
  teaches: readonly SkillAtLevel[];
  requires: readonly SkillAtLevel[];
}

export interface SkillFacts {
  id: string;
  prerequisites: readonly SkillAtLevel[];
}

export interface RoleNeed {
  skill: string;
  level: number;
  importance: number;
}

export interface Need {
  skill: string;
  level: number;
  origin: NeedOrigin;
  /** How much closing it matters when a budget forces a choice: the importance of the gap that needs it. */
  weight: number;
}

export type CurrentLevels = ReadonlyMap<string, number>;

export const needKey = (skill: string, level: number) => `${skill}@${level}`;

export function teachesAtLeast(course: CourseFacts, skill: string, level: number): boolean {
  return course.teaches.some((t) => t.skill === skill && t.level >= level);
}

/**
 * The needs implied by some seed needs: each seed the member has not reached, plus, transitively, every catalog
 * prerequisite of its skill the member has not reached. A need met by a higher need of the same skill stays
 * listed (it may be closable when the higher one is not). Weights propagate as the maximum.
 */
export function expandNeeds(
  seeds: readonly { skill: string; level: number; weight: number }[],
  origin: NeedOrigin,
  current: CurrentLevels,
  prerequisitesOf: ReadonlyMap<string, readonly SkillAtLevel[]>,
): Need[] {
  const found = new Map<string, Need>();
  const queue: Need[] = [];
  const add = (skill: string, level: number, weight: number, o: NeedOrigin) => {
    if ((current.get(skill) ?? 0) >= level) return;
    const key = needKey(skill, level);
    const existing = found.get(key);
    if (existing) {
      if (existing.weight >= weight) return;
      existing.weight = weight;
      queue.push(existing);
      return;
    }
    const need: Need = { skill, level, origin: o, weight };
    found.set(key, need);
    queue.push(need);
  };
  for (const s of seeds) add(s.skill, s.level, s.weight, origin);
  for (let i = 0; i < queue.length; i++) {
    const need = queue[i]!;
    for (const p of prerequisitesOf.get(need.skill) ?? []) add(p.skill, p.level, need.weight, origin === 'entry' ? 'entry' : 'prerequisite');
  }
  return [...found.values()];
}

/** The price a course counts at: its published one, else the one the user assumed for it, else null (unknown). */
export function priceOf(course: CourseFacts, limits: GenerationLimits): number | null {
  return course.cost ?? limits.assumedPrices[course.id] ?? null;
}

/** Why a course is left out by the limits, or null when it may be chosen. `limits.budgetCurrency` must be resolved. */
export function outsideLimits(course: CourseFacts, limits: GenerationLimits): CourseLeftOutReason | null {
  const excluded = new Set(limits.excludedProviders.map((p) => p.trim().toLowerCase()));
  if (excluded.has(course.provider.trim().toLowerCase())) return 'excluded-provider';
  if (limits.freeOnly && course.cost !== 0) return 'free-only';
  if (limits.budgetCap !== null && course.cost !== 0) {
    // Under a cap only a price can be checked against it: a published one in the cap's currency, or an assumed one.
    const price = priceOf(course, limits);
    if (price === null) return 'unpriced';
    if (course.cost !== null && course.currency !== undefined && course.currency !== limits.budgetCurrency) return 'other-currency';
    if (price > limits.budgetCap) return 'over-cap';
  }
  return null;
}

/** What an open need is told: the reason, and the courses that teach it but the limits left out. */
export interface OpenGapFinding {
  reason: OpenGapReason;
  leftOut: { courseId: string; reason: CourseLeftOutReason }[];
}

export interface NeedAnalysis {
  /** Needs of the target role and their prerequisites (required). */
  fixed: Need[];
  /** Courses within the limits that can help, in catalog order. */
  usable: CourseFacts[];
  /** Entry needs (with their prerequisites) per usable course id, the member's current levels already taken off. */
  entryNeeds: Map<string, Need[]>;
  /** Whether some usable course can close the need. */
  closable(skill: string, level: number): boolean;
  /** Why a need no usable course closes stays open. */
  openReason(skill: string, level: number): OpenGapFinding;
}

/**
 * From the member's gaps to the courses worth considering. Courses are kept when they close a fixed need or an
 * entry need of another kept course (transitively). Courses whose entry requirements can only be met by each
 * other (a cycle no order satisfies) are dropped: their needs then count as not closable ("unreachable").
 */
export function analyseNeeds(
  roleNeeds: readonly RoleNeed[],
  current: CurrentLevels,
  skills: readonly SkillFacts[],
  courses: readonly CourseFacts[],
  limits: GenerationLimits,
): NeedAnalysis {
  const prerequisitesOf = new Map(skills.map((s) => [s.id, s.prerequisites]));
  const fixed = expandNeeds(
    roleNeeds.map((r) => ({ skill: r.skill, level: r.level, weight: r.importance })),
    'role',
    current,
    prerequisitesOf,
  );
  const inLimits = courses.filter((c) => outsideLimits(c, limits) === null);
  const entryNeeds = new Map<string, Need[]>();
  for (const c of inLimits) {
    entryNeeds.set(c.id, expandNeeds(c.requires.map((r) => ({ ...r, weight: 1 })), 'entry', current, prerequisitesOf));
  }

  // Relevant: closes a fixed need, or an entry need of a relevant course.
  const relevant = new Set<string>();
  const pending: Need[] = [...fixed];
  const seen = new Set(fixed.map((n) => needKey(n.skill, n.level)));
  for (let i = 0; i < pending.length; i++) {
    const need = pending[i]!;
    for (const c of inLimits) {
      if (relevant.has(c.id) || !teachesAtLeast(c, need.skill, need.level)) continue;
      relevant.add(c.id);
      for (const e of entryNeeds.get(c.id)!) {
        const key = needKey(e.skill, e.level);
        if (!seen.has(key)) {
          seen.add(key);
          pending.push(e);
        }
      }
    }
  }
  let usable = inLimits.filter((c) => relevant.has(c.id));

  // One pass of "can these all be taken in some order?": an entry need is met by an earlier course, or is one
  // no relevant course teaches (it becomes a milestone). Courses left waiting on each other are dropped.
  const teachable = (list: readonly CourseFacts[], skill: string, level: number) => list.some((c) => teachesAtLeast(c, skill, level));
  const done: CourseFacts[] = [];
  let waiting = usable;
  for (let progress = true; progress && waiting.length > 0; ) {
    progress = false;
    const still: CourseFacts[] = [];
    for (const c of waiting) {
      const ready = entryNeeds.get(c.id)!.every((e) => teachable(done, e.skill, e.level) || !teachable(usable, e.skill, e.level));
      if (ready) {
        done.push(c);
        progress = true;
      } else still.push(c);
    }
    waiting = still;
  }
  const stuck = new Set(waiting.map((c) => c.id));
  usable = usable.filter((c) => !stuck.has(c.id));
  const stuckCourses = courses.filter((c) => stuck.has(c.id));

  const closable = new Map<string, boolean>();
  return {
    fixed,
    usable,
    entryNeeds,
    closable(skill, level) {
      const key = needKey(skill, level);
      if (!closable.has(key)) closable.set(key, teachable(usable, skill, level));
      return closable.get(key)!;
    },
    openReason(skill, level) {
      if (teachable(usable, skill, level)) return { reason: 'budget', leftOut: [] };
      if (teachable(stuckCourses, skill, level)) return { reason: 'unreachable', leftOut: [] };
      const leftOut = courses
        .filter((c) => teachesAtLeast(c, skill, level))
        .map((c) => ({ courseId: c.id, reason: outsideLimits(c, limits) }))
        .filter((l): l is OpenGapFinding['leftOut'][number] => l.reason !== null);
      return { reason: leftOut[0]?.reason ?? 'no-course', leftOut };
    },
  };
}

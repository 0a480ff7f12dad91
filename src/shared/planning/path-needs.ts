import type { SkillAtLevel } from '../domain/catalog';
import type { CourseLeftOutReason, GenerationLimits, NeedOrigin, OpenGapReason } from '../domain/plan';
import type { PathCatalog, Teacher } from './path-catalog';

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

/** The highest level each skill is taught to by some of `courses`. */
function highestLevels(courses: readonly CourseFacts[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const c of courses) for (const t of c.teaches) if (t.level > (best.get(t.skill) ?? -1)) best.set(t.skill, t.level);
  return best;
}

/** The highest level any of the teachers in `within` (catalog positions) teaches; -1 when none. */
function highestLevel(teachers: readonly Teacher[] | undefined, within: (position: number) => boolean): number {
  let best = -1;
  for (const t of teachers ?? []) if (t.level > best && within(t.position)) best = t.level;
  return best;
}

/**
 * From the member's gaps to the courses worth considering. Courses are kept when they close a fixed need or an
 * entry need of another kept course (transitively). Courses whose entry requirements can only be met by each
 * other (a cycle no order satisfies) are dropped: their needs then count as not closable ("unreachable").
 * Reads the catalog through its indexes (path-catalog.ts): only the courses teaching a need's skill are looked at.
 */
export function analyseNeeds(roleNeeds: readonly RoleNeed[], current: CurrentLevels, catalog: PathCatalog): NeedAnalysis {
  const { prerequisitesOf, teachersInLimits, courses } = catalog;
  const fixed = expandNeeds(
    roleNeeds.map((r) => ({ skill: r.skill, level: r.level, weight: r.importance })),
    'role',
    current,
    prerequisitesOf,
  );
  // Entry needs of the courses that become relevant (those of the others are never read).
  const entryNeeds = new Map<string, Need[]>();
  const entryAt: Need[][] = [];

  // Relevant: closes a fixed need, or an entry need of a relevant course.
  const isRelevant = new Uint8Array(courses.length);
  const positions: number[] = [];
  const pending: Need[] = [...fixed];
  const seen = new Set(fixed.map((n) => catalog.needId(n.skill, n.level)));
  for (let i = 0; i < pending.length; i++) {
    const need = pending[i]!;
    for (const t of teachersInLimits.get(need.skill) ?? []) {
      if (t.level < need.level || isRelevant[t.position]) continue;
      isRelevant[t.position] = 1;
      positions.push(t.position);
      const entry = catalog.entryNeedsOf(t.position, current);
      entryNeeds.set(t.course.id, entry);
      entryAt[t.position] = entry;
      for (const e of entry) {
        const id = catalog.needId(e.skill, e.level);
        if (!seen.has(id)) {
          seen.add(id);
          pending.push(e);
        }
      }
    }
  }
  positions.sort((a, b) => a - b);
  const relevantLevel = highestLevels(positions.map((p) => courses[p]!));

  // One pass of "can these all be taken in some order?": an entry need is met by an earlier course, or is one
  // no relevant course teaches (it becomes a milestone). Courses left waiting on each other are dropped.
  // An entry need that waits: one some relevant course teaches (the others never hold a course back).
  const waitsOn = (position: number) => entryAt[position]!.filter((e) => (relevantLevel.get(e.skill) ?? -1) >= e.level);
  const doneLevel = new Map<string, number>();
  const place = (course: CourseFacts) => {
    for (const t of course.teaches) if (t.level > (doneLevel.get(t.skill) ?? -1)) doneLevel.set(t.skill, t.level);
  };
  let waiting: number[] = [];
  const waits: Need[][] = [];
  for (const position of positions) {
    const needs = waitsOn(position);
    if (needs.length === 0) place(courses[position]!);
    else {
      waits[position] = needs;
      waiting.push(position);
    }
  }
  for (let progress = true; progress && waiting.length > 0; ) {
    progress = false;
    const still: number[] = [];
    for (const position of waiting) {
      const ready = waits[position]!.every((e) => (doneLevel.get(e.skill) ?? -1) >= e.level);
      if (ready) {
        place(courses[position]!);
        progress = true;
      } else still.push(position);
    }
    waiting = still;
  }
  const stuck = new Set(waiting);
  const usable = positions.filter((p) => !stuck.has(p)).map((p) => courses[p]!);
  const isStuck = (position: number) => stuck.has(position);
  const usableLevel = stuck.size === 0 ? relevantLevel : highestLevels(usable);
  const usableTeaches = (skill: string, level: number) => (usableLevel.get(skill) ?? -1) >= level;
  return {
    fixed,
    usable,
    entryNeeds,
    closable: usableTeaches,
    openReason(skill, level) {
      if (usableTeaches(skill, level)) return { reason: 'budget', leftOut: [] };
      if (highestLevel(catalog.teachers.get(skill), isStuck) >= level) return { reason: 'unreachable', leftOut: [] };
      const leftOut = (catalog.teachers.get(skill) ?? [])
        .filter((t) => t.level >= level && catalog.leftOutBecause[t.position] !== null)
        .map((t) => ({ courseId: t.course.id, reason: catalog.leftOutBecause[t.position]! }));
      return { reason: leftOut[0]?.reason ?? 'no-course', leftOut };
    },
  };
}

import type { RoleRequirement } from '../domain/catalog';
import type { Importance, ProficiencyLevel, TargetLevel } from '../domain/proficiency';

/** What the comparisons need of a member's effective level for one skill (see effective-level.ts). */
export interface KnownLevel {
  level: ProficiencyLevel;
  stale: boolean;
}
export type LevelsBySkill = ReadonlyMap<string, KnownLevel>;

/** One requirement of a role, measured against one member. */
export interface RequirementFit {
  skillId: string;
  required: TargetLevel;
  importance: Importance;
  /** The member's effective level, or null when they have no rating for the skill (it counts as 0). */
  level: ProficiencyLevel | null;
  /** Levels short of the requirement: max(0, required − level). */
  gap: number;
  met: boolean;
  stale: boolean;
  /** min(level, required) ÷ required: the share of this requirement's levels that is met. */
  credit: number;
}

export interface RoleFit {
  /** 0–1; null for a role without requirements (there is nothing to be ready for). */
  readiness: number | null;
  requirements: RequirementFit[];
  metCount: number;
  /** Σ gap: how many levels the member is short in total. */
  levelsShort: number;
}

/** Float sums of small fractions are off by ~1e-15; thresholds and the shown percentage both allow for it. */
const EPSILON = 1e-9;

/**
 * READINESS, the one definition (docs/ARCHITECTURE.md, “Readiness”, repeats it in words):
 *
 *   readiness = Σ importance × min(level, required) ÷ required   ÷   Σ importance
 *
 * over the role's requirements. `level` is the member's effective level (the newest validated rating,
 * else the newest self rating; a stale rating still counts); a skill never rated counts as level 0.
 * Importance weighs useful 1, important 2, critical 3. Partial credit: being at 2 of a required 4 earns
 * half of that requirement's weight; being above the required level earns nothing extra, so a strength
 * never hides a gap elsewhere. A role with no requirements has no readiness (null): it is neither ready
 * nor unready, and ranks last.
 */
export function readiness(requirements: readonly RoleRequirement[], levels: LevelsBySkill): number | null {
  let weight = 0;
  let earned = 0;
  for (const q of requirements) {
    const have = levels.get(q.skill)?.level ?? 0;
    weight += q.importance;
    earned += (q.importance * Math.min(have, q.level)) / q.level;
  }
  return weight === 0 ? null : earned / weight;
}

/** A member against every requirement of a role: the readiness above, and each requirement's gap. */
export function roleFit(requirements: readonly RoleRequirement[], levels: LevelsBySkill): RoleFit {
  let metCount = 0;
  let levelsShort = 0;
  const rows = requirements.map((q): RequirementFit => {
    const known = levels.get(q.skill);
    const level = known ? known.level : null;
    const have = level ?? 0;
    const gap = Math.max(0, q.level - have);
    levelsShort += gap;
    if (gap === 0) metCount++;
    return {
      skillId: q.skill,
      required: q.level,
      importance: q.importance,
      level,
      gap,
      met: gap === 0,
      stale: known?.stale ?? false,
      credit: Math.min(have, q.level) / q.level,
    };
  });
  return { readiness: readiness(requirements, levels), requirements: rows, metCount, levelsShort };
}

/** The definition above in the user's words, shown next to readiness figures. */
export const READINESS_IN_WORDS =
  'Readiness is the importance-weighted share of the required levels reached: each required skill counts by its ' +
  'importance (critical 3, important 2, useful 1) and earns the share of its required level the member has (2 of 4 ' +
  'earns half); levels above the requirement earn nothing extra, and a skill never rated counts as 0.';

/** Readiness as a whole percentage, rounded down: 89.6 % shows as 89 %, so it never looks ready when it is not. */
export function readinessPercent(readiness: number): number {
  return Math.floor(readiness * 100 + EPSILON);
}

export interface ReadinessThresholds {
  readyAt: number;
  nearlyReadyAt: number;
}

export type ReadinessBand = 'ready' | 'nearly-ready' | 'not-ready' | 'unmeasured';

export const BAND_LABELS: Record<ReadinessBand, string> = {
  ready: 'Ready',
  'nearly-ready': 'Nearly ready',
  'not-ready': 'Not ready',
  unmeasured: 'No requirements',
};

/** Ready at or above `readyAt`, nearly ready at or above `nearlyReadyAt` (settings; 90 % and 70 % by default). */
export function readinessBand(readiness: number | null, { readyAt, nearlyReadyAt }: ReadinessThresholds): ReadinessBand {
  if (readiness === null) return 'unmeasured';
  if (readiness + EPSILON >= readyAt) return 'ready';
  if (readiness + EPSILON >= nearlyReadyAt) return 'nearly-ready';
  return 'not-ready';
}

/** Two readiness figures equal up to float noise. */
export function sameReadiness(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) < EPSILON;
}

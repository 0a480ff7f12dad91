import { subMonths } from 'date-fns';
import type { ProficiencyLevel } from '../domain/proficiency';
import { VALIDATED_SOURCES, type Rating, type RatingSource } from '../domain/team';

export interface EffectiveLevel {
  skillId: string;
  level: ProficiencyLevel;
  source: RatingSource;
  ratedOn: string;
  /** The rating is older than the stale-after setting: it still counts, and is listed for re-assessment. */
  stale: boolean;
  ratingId: number;
}

function newer(a: Rating, b: Rating): boolean {
  return a.ratedOn !== b.ratedOn ? a.ratedOn > b.ratedOn : a.id > b.id;
}

/** The first day that is not stale: ratings before it are stale. */
export function staleBefore(today: string, staleAfterMonths: number): string {
  return subMonths(new Date(`${today}T00:00:00Z`), staleAfterMonths).toISOString().slice(0, 10);
}

/**
 * A member's effective level per skill, from their whole rating history: the newest validated rating
 * (manager, assessment or course completion), else the newest self rating. Same-day ratings are ordered
 * by the order they were recorded in.
 */
export function effectiveLevels(
  ratings: readonly Rating[],
  today: string,
  staleAfterMonths: number,
): Map<string, EffectiveLevel> {
  const bestValidated = new Map<string, Rating>();
  const bestSelf = new Map<string, Rating>();
  for (const r of ratings) {
    const best = VALIDATED_SOURCES.includes(r.source) ? bestValidated : bestSelf;
    const current = best.get(r.skillId);
    if (!current || newer(r, current)) best.set(r.skillId, r);
  }
  const cutoff = staleBefore(today, staleAfterMonths);
  const result = new Map<string, EffectiveLevel>();
  for (const skillId of new Set([...bestValidated.keys(), ...bestSelf.keys()])) {
    const r = bestValidated.get(skillId) ?? bestSelf.get(skillId)!;
    result.set(skillId, {
      skillId,
      level: r.level,
      source: r.source,
      ratedOn: r.ratedOn,
      stale: r.ratedOn < cutoff,
      ratingId: r.id,
    });
  }
  return result;
}

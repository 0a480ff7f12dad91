import type { Rating, RatingSource } from '../domain/team';
import { effectiveLevels, type EffectiveLevel } from './effective-level';

/** Every member's effective levels from the team's whole rating history (one pass to group, then effectiveLevels). */
export function teamLevels(
  ratings: readonly Rating[],
  today: string,
  staleAfterMonths: number,
): Map<string, Map<string, EffectiveLevel>> {
  const byMember = new Map<string, Rating[]>();
  for (const r of ratings) {
    const list = byMember.get(r.memberId);
    if (list) list.push(r);
    else byMember.set(r.memberId, [r]);
  }
  const result = new Map<string, Map<string, EffectiveLevel>>();
  for (const [memberId, list] of byMember) result.set(memberId, effectiveLevels(list, today, staleAfterMonths));
  return result;
}

export interface StaleRating {
  memberId: string;
  skillId: string;
  level: number;
  source: RatingSource;
  ratedOn: string;
}

/**
 * The effective ratings that are stale, oldest first: what to re-assess. (A stale rating that a newer one
 * has replaced is history, not something to re-assess.)
 */
export function staleRatings(levels: ReadonlyMap<string, ReadonlyMap<string, EffectiveLevel>>): StaleRating[] {
  const out: StaleRating[] = [];
  for (const [memberId, skills] of levels) {
    for (const e of skills.values()) {
      if (e.stale) out.push({ memberId, skillId: e.skillId, level: e.level, source: e.source, ratedOn: e.ratedOn });
    }
  }
  return out.sort((a, b) => a.ratedOn.localeCompare(b.ratedOn) || a.memberId.localeCompare(b.memberId) || a.skillId.localeCompare(b.skillId));
}

import { z } from 'zod';
import { entityId, recordVersion } from './ids';
import { proficiencyLevel } from './proficiency';
import { isoDate, optionalText, requiredName } from './text';

export const memberDraft = z.object({
  name: requiredName('Name'),
  title: optionalText('Title', 200),
  currentRoleId: entityId.nullable().default(null),
  targetRoleId: entityId.nullable().default(null),
  weeklyHours: z
    .number({ error: 'Weekly learning hours must be a number.' })
    .finite()
    .min(0, 'Weekly learning hours cannot be negative.')
    .max(80, 'Weekly learning hours are at most 80.')
    .default(4),
  startDate: isoDate.nullable().default(null),
  notes: optionalText('Notes'),
});
export type MemberDraft = z.input<typeof memberDraft>;

export const member = memberDraft.extend({ id: entityId, isDemo: z.boolean(), version: recordVersion });
export type Member = z.infer<typeof member>;

export const RATING_SOURCES = ['self', 'manager', 'assessment', 'course'] as const;
export type RatingSource = (typeof RATING_SOURCES)[number];

/** Ratings from these sources were checked by someone other than the member: they win over self ratings. */
export const VALIDATED_SOURCES: readonly RatingSource[] = ['manager', 'assessment', 'course'];

export const ratingDraft = z.object({
  memberId: entityId,
  skillId: entityId,
  level: proficiencyLevel,
  source: z.enum(RATING_SOURCES, { error: 'Source must be self, manager, assessment or course.' }),
  ratedOn: isoDate,
  evidence: optionalText('Evidence', 2000),
});
export type RatingDraft = z.input<typeof ratingDraft>;

/**
 * A rating is dated today or earlier: a future date would make it the effective level until that day and keep it
 * fresh for ever. The one rule for the API, CSV rows and restored backups; null when the date is fine.
 */
export function futureRatingProblem(ratedOn: string, today: string): string | null {
  return ratedOn > today ? `A rating cannot be dated in the future (${ratedOn}); date it today (${today}) or earlier.` : null;
}

/** One rating in a member's history; `id` grows with insertion, so it orders same-day ratings. */
export const rating = ratingDraft.extend({ id: z.number().int() });
export type Rating = z.infer<typeof rating>;

import { z } from 'zod';
import { entityId } from './ids';
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

export const member = memberDraft.extend({ id: entityId, isDemo: z.boolean() });
export type Member = z.infer<typeof member>;

export const RATING_SOURCES = ['self', 'manager', 'assessment', 'course'] as const;
export type RatingSource = (typeof RATING_SOURCES)[number];

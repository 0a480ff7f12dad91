import { z } from 'zod';
import { roleRequirement } from '../../domain/catalog';
import { entityId, recordVersion } from '../../domain/ids';
import { settings } from '../../domain/settings';
import { member, memberDraft, RATING_SOURCES, rating, ratingDraft } from '../../domain/team';
import { byId, none, op, search } from './define';

export const memberDeleted = z.object({ id: entityId, name: z.string(), ratingsDeleted: z.number().int() });

export const staleRatingRow = z.object({
  memberId: entityId,
  memberName: z.string(),
  skillId: entityId,
  skillName: z.string(),
  level: z.number().int(),
  source: z.enum(RATING_SOURCES),
  ratedOn: z.string(),
});

/** Everything the team and compare screens compute from, read in one transaction. */
export const teamSnapshot = z.object({
  /** The host's date (YYYY-MM-DD) that staleness is measured from. */
  today: z.string(),
  settings,
  members: z.array(member),
  /** The whole rating history of the team, oldest recorded first. */
  ratings: z.array(rating),
  /** Every role; archived ones are kept out of pickers and comparisons until asked for (`roles-in-focus.ts`). */
  roles: z.array(z.object({ id: entityId, name: z.string(), archived: z.boolean(), requirements: z.array(roleRequirement) })),
  /** Skills in catalog order (category, then name). */
  skills: z.array(z.object({ id: entityId, name: z.string(), category: entityId })),
  categories: z.array(z.object({ id: entityId, name: z.string() })),
});
export type TeamSnapshot = z.infer<typeof teamSnapshot>;

export const teamOperations = {
  'members.list': op(search, z.array(member), 'Team members by name.'),
  'members.get': op(byId(entityId), member, 'One team member.'),
  'members.create': op(memberDraft.strict(), member, 'Add a team member.'),
  'members.update': op(
    memberDraft.extend({ id: entityId, version: recordVersion }).strict(),
    member,
    'Replace a team member’s details (name, title, roles, hours, start date, notes).',
  ),
  'members.delete': op(byId(entityId), memberDeleted, 'Delete a team member with their ratings and plans.'),
  'members.removeDemo': op(none, z.object({ removed: z.number().int() }), 'Delete every demo team member.'),
  'ratings.list': op(z.object({ memberId: entityId }).strict(), z.array(rating), 'A member’s rating history, newest first.'),
  'ratings.add': op(
    z.object({ ratings: z.array(ratingDraft.strict()).min(1, 'Give at least one rating.').max(2000) }).strict(),
    z.array(rating),
    'Record ratings (kept as history) in one transaction.',
  ),
  'ratings.delete': op(byId(z.number().int().positive()), z.object({ deleted: z.number().int() }), 'Delete one mistaken rating.'),
  'ratings.stale': op(none, z.array(staleRatingRow), 'Effective ratings older than the stale-after setting, oldest first.'),
  'team.snapshot': op(none, teamSnapshot, 'Members, rating history, role profiles, skills and settings for the comparisons.'),
};

import { z } from 'zod';
import { course, role, skill, skillCategory, CATALOG_ORIGINS } from '../../domain/catalog';
import { entityId } from '../../domain/ids';
import { byId, none, op, search } from './define';

const origin = z.enum(CATALOG_ORIGINS);

export const roleListItem = role
  .omit({ requirements: true })
  .extend({ requirementCount: z.number().int(), criticalCount: z.number().int(), origin });
export const roleDetail = role.extend({ origin, userModified: z.boolean() });
export const skillListItem = skill.extend({ categoryName: z.string(), origin });
export const courseListItem = course.extend({ origin });

export const catalogOperations = {
  'categories.list': op(none, z.array(skillCategory), 'Skill categories in display order.'),
  'roles.list': op(search, z.array(roleListItem), 'Roles, by name, optionally filtered by a search text.'),
  'roles.get': op(byId(entityId), roleDetail, 'One role with its requirement profile.'),
  'skills.list': op(search, z.array(skillListItem), 'Skills by category and name.'),
  'courses.list': op(search, z.array(courseListItem), 'Courses by title.'),
};

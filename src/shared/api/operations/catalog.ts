import { z } from 'zod';
import { course, role, roleRequirement, skill, skillCategory, CATALOG_ORIGINS } from '../../domain/catalog';
import {
  courseDraft,
  courseUpdate,
  prerequisitesUpdate,
  requirementsUpdate,
  roleDraft,
  roleUpdate,
  skillDraft,
  skillUpdate,
} from '../../domain/catalog-edits';
import { courseFilters, skillFilters } from '../../domain/catalog-filters';
import { catalogUpdateReport } from '../../domain/catalog-update';
import { entityId, recordVersion } from '../../domain/ids';
import { importance, targetLevel } from '../../domain/proficiency';
import { requirementLevelsUpdate, roleArchiveUpdate, STATEMENT_TYPES } from '../../domain/requirement-levels';
import { requiredName } from '../../domain/text';
import { byId, none, op, search } from './define';

const origin = z.enum(CATALOG_ORIGINS);
/** Where a row came from, and whether the user changed an embedded or imported row. */
const provenance = { origin, userModified: z.boolean(), version: recordVersion };
const named = z.object({ id: entityId, name: z.string() });
const titled = z.object({ id: entityId, title: z.string() });

/** An archived role is kept but left out of lists, pickers and comparisons until asked for. */
const archived = z.boolean();
export const roleListItem = role
  .omit({ requirements: true })
  .extend({ requirementCount: z.number().int(), criticalCount: z.number().int(), ...provenance, archived });
export const roleDetail = role.extend({
  requirements: z.array(
    roleRequirement.extend({
      skillName: z.string(),
      skillCategory: entityId,
      /** The NICE statement type of an imported statement skill, else null. */
      statementType: z.enum(STATEMENT_TYPES).nullable(),
    }),
  ),
  ...provenance,
  archived,
});
export const roleUsage = z.object({
  /** Members whose target role this is: a deletion must move them to another role. */
  targetOf: z.array(named),
  /** Members whose current role this is: a deletion clears it. */
  currentRoleOf: z.array(named),
  /** Learning plans aimed at this role. */
  plans: z.number().int(),
});

export const skillListItem = skill.extend({
  categoryName: z.string(),
  ...provenance,
  /** Ids of the roles that require the skill. */
  requiredBy: z.array(entityId),
  /** How many courses teach it. */
  taughtBy: z.number().int(),
});
const leveledSkill = z.object({ skill: entityId, name: z.string(), level: targetLevel });
const leveledCourse = z.object({ id: entityId, title: z.string(), provider: z.string(), level: targetLevel });
export const skillPage = skill.extend({
  categoryName: z.string(),
  ...provenance,
  requires: z.array(leveledSkill),
  unlocks: z.array(leveledSkill),
  roles: z.array(z.object({ id: entityId, name: z.string(), level: targetLevel, importance })),
  taughtBy: z.array(leveledCourse),
  neededBy: z.array(leveledCourse),
  graph: z.object({
    nodes: z.array(z.object({ id: entityId, name: z.string(), category: entityId })),
    links: z.array(z.object({ skill: entityId, requires: entityId, level: targetLevel })),
    truncated: z.boolean(),
  }),
});
export const skillUsage = z.object({
  roles: z.array(named),
  coursesTeaching: z.array(titled),
  coursesRequiring: z.array(titled),
  skillsRequiring: z.array(named),
  plans: z.array(z.object({ id: entityId, name: z.string(), memberName: z.string() })),
  ratings: z.number().int(),
});

export const courseListItem = course.extend(provenance);
export const courseDetail = courseListItem.extend({ plans: z.number().int() });
export const courseFacets = z.object({
  total: z.number().int(),
  providers: z.array(z.object({ name: z.string(), count: z.number().int() })),
  currencies: z.array(z.string()),
  maxCost: z.number().nullable(),
});

export const catalogSummary = z.object({
  catalogVersion: z.string().nullable(),
  counts: z.object({ categories: z.number().int(), skills: z.number().int(), roles: z.number().int(), courses: z.number().int() }),
  /** Rows the user changed: embedded or imported rows edited, rows added, embedded or imported rows deleted. */
  changes: z.object({ edited: z.number().int(), added: z.number().int(), deleted: z.number().int() }),
});

export const catalogOperations = {
  'catalog.summary': op(none, catalogSummary, 'The catalog version, its size, and how much of it the user changed.'),
  'catalog.updateNotice': op(
    none,
    catalogUpdateReport.nullable(),
    'What the last catalog update added, updated and kept because the user edited it; null once dismissed.',
  ),
  'catalog.dismissUpdateNotice': op(
    none,
    z.object({ dismissed: z.boolean() }),
    'Mark the catalog update notice as seen, so it is not shown again.',
  ),
  'categories.list': op(none, z.array(skillCategory), 'Skill categories in display order.'),

  'roles.list': op(search, z.array(roleListItem), 'Roles, by name, optionally filtered by a search text.'),
  'roles.get': op(byId(entityId), roleDetail, 'One role with its requirement profile.'),
  'roles.create': op(roleDraft, roleDetail, 'Add a role.'),
  'roles.update': op(roleUpdate, roleDetail, 'Rename a role or change its description.'),
  'roles.setRequirements': op(requirementsUpdate, roleDetail, 'Replace a role’s requirement profile.'),
  'roles.setRequirementLevels': op(
    requirementLevelsUpdate,
    z.object({ role: roleDetail, changed: z.number().int(), before: z.array(roleRequirement) }),
    'Set the level and/or importance of a role’s requirements of one NICE statement type or skill category at once; answers the profile before, to undo.',
  ),
  'roles.setArchived': op(
    roleArchiveUpdate,
    roleDetail,
    'Archive a role nobody targets (kept, but out of lists and pickers until asked for), or bring it back.',
  ),
  'roles.duplicate': op(
    z.object({ id: entityId, name: requiredName('Role name').optional() }).strict(),
    roleDetail,
    'Copy a role, with its requirement profile, as a starting point.',
  ),
  'roles.usage': op(byId(entityId), roleUsage, 'Who and what depends on a role, before deleting it.'),
  'roles.delete': op(
    z.object({ id: entityId, reassignTo: entityId.optional() }).strict(),
    z.object({ deleted: entityId, reassigned: z.number().int() }),
    'Delete a role; members targeting it must be moved to another role in the same action.',
  ),

  'skills.list': op(skillFilters, z.array(skillListItem), 'Skills by category and name, optionally filtered.'),
  'skills.get': op(byId(entityId), skillPage, 'One skill with what requires, teaches and unlocks it.'),
  'skills.create': op(skillDraft, skillPage, 'Add a skill with its prerequisites.'),
  'skills.update': op(skillUpdate, skillPage, 'Rename, recategorise or describe a skill.'),
  'skills.setPrerequisites': op(prerequisitesUpdate, skillPage, 'Replace a skill’s prerequisites; a cycle is refused.'),
  'skills.usage': op(byId(entityId), skillUsage, 'What uses a skill, before deleting it.'),
  'skills.delete': op(
    z.object({ id: entityId, removeUses: z.boolean().default(false) }).strict(),
    z.object({ deleted: entityId, removed: skillUsage }),
    'Delete a skill; when anything uses it, only with removeUses, and then with those uses.',
  ),

  'courses.list': op(courseFilters, z.array(courseListItem), 'Courses by title, optionally filtered.'),
  'courses.facets': op(none, courseFacets, 'What the course list can be filtered by: providers, currencies, cost range.'),
  'courses.get': op(byId(entityId), courseDetail, 'One course.'),
  'courses.create': op(courseDraft, courseDetail, 'Add a course, certification, lab or reading.'),
  'courses.update': op(courseUpdate, courseDetail, 'Change a course.'),
  'courses.delete': op(
    byId(entityId),
    z.object({ deleted: entityId, removedPlanSteps: z.number().int() }),
    'Delete a course, and the plan steps that schedule it.',
  ),
};

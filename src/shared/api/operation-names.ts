/**
 * The name of every API operation, without their schemas. The sandboxed preload may `require` nothing but
 * `electron`, so its allow-list cannot import the contract (zod); `contract.ts` checks in both directions that
 * this list and the contract name the same operations, so a new operation is refused by the compiler until it
 * is named here too.
 */
export const OPERATION_NAMES = [
  // app and settings
  'app.info',
  'settings.get',
  'settings.update',
  // catalog
  'catalog.summary',
  'catalog.updateNotice',
  'catalog.dismissUpdateNotice',
  'categories.list',
  'roles.list',
  'roles.get',
  'roles.create',
  'roles.update',
  'roles.setRequirements',
  'roles.setRequirementLevels',
  'roles.setArchived',
  'roles.duplicate',
  'roles.usage',
  'roles.delete',
  'skills.list',
  'skills.get',
  'skills.create',
  'skills.update',
  'skills.setPrerequisites',
  'skills.usage',
  'skills.delete',
  'courses.list',
  'courses.facets',
  'courses.get',
  'courses.create',
  'courses.update',
  'courses.delete',
  // team
  'members.list',
  'members.get',
  'members.create',
  'members.update',
  'members.delete',
  'members.removeDemo',
  'ratings.list',
  'ratings.add',
  'ratings.delete',
  'ratings.stale',
  'team.snapshot',
  // imports, exports and backups
  'nice.inspect',
  'nice.import',
  'csv.preview',
  'csv.import',
  'csv.export',
  'backup.export',
  'backup.inspect',
  'backup.restore',
  'backups.list',
  'backups.create',
  'backups.restore',
  'backups.schedule',
  'jobs.start',
  'jobs.progress',
  // learning paths
  'plans.team',
  'plans.workspace',
  'plans.generate',
  'plans.save',
  'plans.create',
  'plans.update',
  'plans.activate',
  'plans.delete',
  'plans.recordCourseRatings',
  'plans.generateTeam',
  'plans.applyTeam',
  'blackouts.save',
  // overview
  'overview.team',
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

const names: ReadonlySet<string> = new Set(OPERATION_NAMES);

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && names.has(name);
}

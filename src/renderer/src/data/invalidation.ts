import type { OperationName } from '../../../shared/api/contract';
import { DATA_AREAS, type DataArea, type ReadOperation } from './keys';

const EVERYTHING = DATA_AREAS;
/** A catalog edit: the lists and pages, and what is computed from the catalog (role profiles, plans' facts). */
const CATALOG_EDIT: readonly DataArea[] = ['catalog', 'team', 'plans'];
/** A change of someone's levels: the team's comparisons and the plans' starting levels. */
const RATING_CHANGE: readonly DataArea[] = ['team', 'plans'];
const PLAN_CHANGE: readonly DataArea[] = ['plans'];

/**
 * The one place that says what each change touches: when an operation succeeds (as a call or as a finished
 * job), every read in these parts of the data is refetched by whoever shows it, and dropped otherwise.
 * The compiler insists every operation is here or in READ_AREA.
 */
export const INVALIDATES = {
  // settings (currency, hours, budget feed the plans' totals)
  'settings.update': ['settings', 'plans', 'team'],
  'catalog.dismissUpdateNotice': ['catalog'],
  // catalog edits
  'roles.create': CATALOG_EDIT,
  'roles.update': CATALOG_EDIT,
  'roles.setRequirements': CATALOG_EDIT,
  'roles.setRequirementLevels': CATALOG_EDIT,
  'roles.setArchived': CATALOG_EDIT,
  'roles.duplicate': CATALOG_EDIT,
  'roles.delete': CATALOG_EDIT,
  'skills.create': CATALOG_EDIT,
  'skills.update': CATALOG_EDIT,
  'skills.setPrerequisites': CATALOG_EDIT,
  'skills.delete': CATALOG_EDIT,
  'courses.create': CATALOG_EDIT,
  'courses.update': CATALOG_EDIT,
  'courses.delete': CATALOG_EDIT,
  // the team
  'members.create': RATING_CHANGE,
  'members.update': RATING_CHANGE,
  'members.delete': RATING_CHANGE,
  'members.removeDemo': RATING_CHANGE,
  'ratings.add': RATING_CHANGE,
  'ratings.delete': RATING_CHANGE,
  // imports (run as jobs), exports, backups
  'nice.inspect': [],
  'nice.import': EVERYTHING,
  'csv.preview': [],
  'csv.import': EVERYTHING,
  'csv.export': [],
  'backup.export': [],
  'backup.inspect': [],
  'backup.restore': EVERYTHING,
  'backups.create': ['backups'],
  'backups.restore': EVERYTHING,
  'backups.schedule': ['backups'],
  'jobs.start': [],
  'jobs.progress': [],
  // plans
  'plans.generate': PLAN_CHANGE,
  'plans.save': PLAN_CHANGE,
  'plans.create': PLAN_CHANGE,
  'plans.update': PLAN_CHANGE,
  'plans.activate': PLAN_CHANGE,
  'plans.delete': PLAN_CHANGE,
  'plans.recordCourseRatings': RATING_CHANGE,
  'blackouts.save': PLAN_CHANGE,
  // the team's plan within a budget: worked out on request (not cached), then written as plan variants
  'plans.generateTeam': [],
  'plans.applyTeam': PLAN_CHANGE,
} as const satisfies Record<Exclude<OperationName, ReadOperation>, readonly DataArea[]>;

export type WriteOperation = keyof typeof INVALIDATES;

/** Both directions: no operation is left out of both maps. */
type Unmapped = Exclude<OperationName, ReadOperation | WriteOperation>;
const everyOperationMapped: [Unmapped] extends [never] ? true : Unmapped = true;
void everyOperationMapped;

export function isWriteOperation(name: OperationName): name is WriteOperation {
  return name in INVALIDATES;
}

/** The parts of the data a successful operation touches (none for a read). */
export function areasTouchedBy(name: OperationName): readonly DataArea[] {
  return isWriteOperation(name) ? INVALIDATES[name] : [];
}

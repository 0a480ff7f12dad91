import type { UseQueryResult } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../../../shared/api/contract';
import { useApiQuery } from './useApiQuery';

/** How a read stands, as the screens show it: nothing asked yet, on its way, there, or failed (reported). */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

export function statusOf(query: Pick<UseQueryResult, 'status' | 'fetchStatus'>): LoadStatus {
  if (query.status === 'success') return 'ready';
  if (query.status === 'error') return 'failed';
  return query.fetchStatus === 'idle' ? 'idle' : 'loading';
}

type List<N extends 'roles.list' | 'skills.list' | 'courses.list' | 'categories.list' | 'backups.list'> = OperationOutput<N>;

const NONE: never[] = [];

/** A list read: its rows (none until loaded) and how the read stands. */
function listRead<T>(query: UseQueryResult<T[]>) {
  return { rows: query.data ?? (NONE as T[]), status: statusOf(query) };
}

// The catalog
export const useRoles = () => listRead<List<'roles.list'>[number]>(useApiQuery('roles.list', {}, { action: 'Loading roles' }));
export const useSkills = () => listRead<List<'skills.list'>[number]>(useApiQuery('skills.list', {}, { action: 'Loading skills' }));
export const useCategories = () =>
  listRead<List<'categories.list'>[number]>(useApiQuery('categories.list', {}, { action: 'Loading skill categories' }));
/** Courses, every one or those the filters select (filtered by the API). */
export const useCourses = (filters: OperationInput<'courses.list'> = {}, enabled = true) =>
  listRead<List<'courses.list'>[number]>(useApiQuery('courses.list', filters, { action: filtersGiven(filters) ? 'Filtering courses' : 'Loading courses', enabled, keepPrevious: true }));
export const useCourseFacets = () => useApiQuery('courses.facets', {}, { action: 'Loading course filters' }).data ?? null;
// Its failure is shown in its place, not in the banner.
export const useCatalogSummary = () => useApiQuery('catalog.summary', {}, { action: 'Reading the catalog version', quiet: true });

// The team
export const useTeamSnapshot = () => useApiQuery('team.snapshot', {}, { action: 'Loading the team' });
export const useTeamPlans = () => useApiQuery('plans.team', {}, { action: 'Loading the team’s learning paths' });

// Settings and the app
export const useSettings = () => useApiQuery('settings.get', {}, { action: 'Loading settings' }).data ?? null;
export const useAppInfo = () => useApiQuery('app.info', {}, { action: 'Loading settings' }).data ?? null;

function filtersGiven(filters: object): boolean {
  return Object.values(filters).some((v) => v !== undefined && v !== '');
}

import type { OperationInput, OperationName } from '../../../shared/api/contract';

/**
 * What the renderer keeps from the store, in the domain's parts. Every cached read lives under one of them,
 * and a change invalidates whole parts (see invalidation.ts), never single rows.
 */
export type DataArea = 'catalog' | 'team' | 'plans' | 'settings' | 'backups';

export const DATA_AREAS: readonly DataArea[] = ['catalog', 'team', 'plans', 'settings', 'backups'];

/** Every operation that only reads, and the part of the data it reads. */
export const READ_AREA = {
  'app.info': 'settings',
  'settings.get': 'settings',
  'catalog.summary': 'catalog',
  'catalog.updateNotice': 'catalog',
  'categories.list': 'catalog',
  'roles.list': 'catalog',
  'roles.get': 'catalog',
  'roles.usage': 'catalog',
  'skills.list': 'catalog',
  'skills.get': 'catalog',
  'skills.usage': 'catalog',
  'courses.list': 'catalog',
  'courses.facets': 'catalog',
  'courses.get': 'catalog',
  'members.list': 'team',
  'members.get': 'team',
  'ratings.list': 'team',
  'ratings.stale': 'team',
  'team.snapshot': 'team',
  'plans.team': 'plans',
  'plans.workspace': 'plans',
  'backups.list': 'backups',
  // computed from the team and the plans' schedules: every change to either touches 'plans' too
  'overview.team': 'plans',
} as const satisfies Partial<Record<OperationName, DataArea>>;

export type ReadOperation = keyof typeof READ_AREA;

/** The cache key of one read: its part of the data, the operation, and its input. */
export function readKey<N extends ReadOperation>(name: N, input: OperationInput<N>) {
  return [READ_AREA[name], name, input] as const;
}

/** The keys the screens share, in the domain's words (the same reads always hit the same cache entry). */
export const dataKeys = {
  area: (area: DataArea) => [area] as const,
  roles: () => readKey('roles.list', {}),
  role: (id: string) => readKey('roles.get', { id }),
  skills: () => readKey('skills.list', {}),
  skill: (id: string) => readKey('skills.get', { id }),
  courses: (filters: OperationInput<'courses.list'> = {}) => readKey('courses.list', filters),
  course: (id: string) => readKey('courses.get', { id }),
  courseFacets: () => readKey('courses.facets', {}),
  categories: () => readKey('categories.list', {}),
  catalogSummary: () => readKey('catalog.summary', {}),
  teamSnapshot: () => readKey('team.snapshot', {}),
  members: () => readKey('members.list', {}),
  teamPlans: () => readKey('plans.team', {}),
  pathWorkspace: (memberId: string, planId: string | null = null) => readKey('plans.workspace', { memberId, planId }),
  backups: () => readKey('backups.list', {}),
  settings: () => readKey('settings.get', {}),
  appInfo: () => readKey('app.info', {}),
  overview: () => readKey('overview.team', {}),
};

import { create } from 'zustand';
import type { OperationOutput } from '../../../shared/api/contract';
import { call } from '../api';
import { useNotices } from './notices';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

type Roles = OperationOutput<'roles.list'>;
type Skills = OperationOutput<'skills.list'>;
type Courses = OperationOutput<'courses.list'>;

interface CatalogState {
  roles: Roles;
  skills: Skills;
  courses: Courses;
  status: { roles: LoadStatus; skills: LoadStatus; courses: LoadStatus };
  loadRoles(): Promise<void>;
  loadSkills(): Promise<void>;
  loadCourses(): Promise<void>;
}

export const useCatalog = create<CatalogState>()((set) => {
  async function load<K extends 'roles' | 'skills' | 'courses'>(
    key: K,
    label: string,
    fetch: () => Promise<CatalogState[K]>,
  ) {
    set((s) => ({ status: { ...s.status, [key]: 'loading' } }));
    try {
      const rows = await fetch();
      set((s) => ({ [key]: rows, status: { ...s.status, [key]: 'ready' } }) as Partial<CatalogState>);
    } catch (error) {
      set((s) => ({ status: { ...s.status, [key]: 'failed' } }));
      useNotices.getState().report(label, error);
    }
  }
  return {
    roles: [],
    skills: [],
    courses: [],
    status: { roles: 'idle', skills: 'idle', courses: 'idle' },
    loadRoles: () => load('roles', 'Loading roles', () => call('roles.list', {})),
    loadSkills: () => load('skills', 'Loading skills', () => call('skills.list', {})),
    loadCourses: () => load('courses', 'Loading courses', () => call('courses.list', {})),
  };
});

import { create } from 'zustand';
import type { OperationInput, OperationName, OperationOutput } from '../../../shared/api/contract';
import type { CourseFilters, SkillFilters } from '../../../shared/domain/catalog-filters';
import { ApiFailure, call } from '../api';
import { useNotices } from './notices';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

type Roles = OperationOutput<'roles.list'>;
type Skills = OperationOutput<'skills.list'>;
type Courses = OperationOutput<'courses.list'>;
type Categories = OperationOutput<'categories.list'>;
export type RoleDetail = OperationOutput<'roles.get'>;
export type SkillPage = OperationOutput<'skills.get'>;
export type CourseDetail = OperationOutput<'courses.get'>;
export type CourseFacets = OperationOutput<'courses.facets'>;
export type CatalogSummary = OperationOutput<'catalog.summary'>;

type ListKey = 'roles' | 'skills' | 'courses';

interface CatalogState {
  roles: Roles;
  skills: Skills;
  /** Every course, unfiltered (for pickers and other areas). */
  courses: Courses;
  categories: Categories;
  status: Record<ListKey, LoadStatus>;
  categoriesStatus: LoadStatus;
  summary: CatalogSummary | null;
  /** Why the summary could not be loaded; shown in its place (the lists report their own failures). */
  summaryError: string | null;
  facets: CourseFacets | null;
  /** The Skills screen's filters (applied in the screen to the loaded skills, with the API's own test). */
  skillFilters: SkillFilters;
  /** The Courses screen's filters and the courses they select (filtered by the API). */
  courseFilters: CourseFilters;
  courseResults: Courses;
  courseResultsStatus: LoadStatus;
  /** Bumped by every change, so open pages reload what they show. */
  revision: number;

  loadRoles(): Promise<void>;
  loadSkills(): Promise<void>;
  loadCourses(): Promise<void>;
  loadCategories(): Promise<void>;
  loadSummary(): Promise<void>;
  loadFacets(): Promise<void>;
  setSkillFilters(filters: SkillFilters): void;
  queryCourses(filters: CourseFilters): Promise<void>;
  /**
   * Runs a change through the API, then refreshes what is loaded. Refusals are thrown (an ApiFailure with the
   * API's field problems) for the form to show; the caller decides whether to report them.
   */
  change<N extends OperationName>(name: N, input: OperationInput<N>): Promise<OperationOutput<N>>;
}

let courseQuerySerial = 0;

export const useCatalog = create<CatalogState>()((set, get) => {
  async function load<K extends ListKey>(key: K, label: string, fetch: () => Promise<CatalogState[K]>) {
    set((s) => ({ status: { ...s.status, [key]: 'loading' } }));
    try {
      const rows = await fetch();
      set((s) => ({ [key]: rows, status: { ...s.status, [key]: 'ready' } }) as Partial<CatalogState>);
    } catch (error) {
      set((s) => ({ status: { ...s.status, [key]: 'failed' } }));
      useNotices.getState().report(label, error);
    }
  }

  async function fetchInto<T>(label: string, fetch: () => Promise<T>, apply: (value: T) => void) {
    try {
      apply(await fetch());
    } catch (error) {
      useNotices.getState().report(label, error);
    }
  }

  const loaders: Record<ListKey, () => Promise<void>> = {
    roles: () => load('roles', 'Loading roles', () => call('roles.list', {})),
    skills: () => load('skills', 'Loading skills', () => call('skills.list', {})),
    courses: () => load('courses', 'Loading courses', () => call('courses.list', {})),
  };

  async function loadCategories() {
    set({ categoriesStatus: 'loading' });
    try {
      set({ categories: await call('categories.list', {}), categoriesStatus: 'ready' });
    } catch (error) {
      set({ categoriesStatus: 'failed' });
      useNotices.getState().report('Loading skill categories', error);
    }
  }

  return {
    roles: [],
    skills: [],
    courses: [],
    categories: [],
    status: { roles: 'idle', skills: 'idle', courses: 'idle' },
    categoriesStatus: 'idle',
    summary: null,
    summaryError: null,
    facets: null,
    skillFilters: {},
    courseFilters: {},
    courseResults: [],
    courseResultsStatus: 'idle',
    revision: 0,

    loadRoles: loaders.roles,
    loadSkills: loaders.skills,
    loadCourses: loaders.courses,
    loadCategories,
    async loadSummary() {
      try {
        set({ summary: await call('catalog.summary', {}), summaryError: null });
      } catch (error) {
        set({ summaryError: error instanceof Error ? error.message : String(error) });
      }
    },
    loadFacets: () => fetchInto('Loading course filters', () => call('courses.facets', {}), (facets) => set({ facets })),

    setSkillFilters: (skillFilters) => set({ skillFilters }),

    async queryCourses(filters) {
      const serial = ++courseQuerySerial;
      set({ courseFilters: filters, courseResultsStatus: 'loading' });
      try {
        const rows = await call('courses.list', filters);
        // A slower, older query must not replace the answer to a newer one.
        if (serial === courseQuerySerial) set({ courseResults: rows, courseResultsStatus: 'ready' });
      } catch (error) {
        if (serial === courseQuerySerial) set({ courseResultsStatus: 'failed' });
        useNotices.getState().report('Filtering courses', error);
      }
    },

    async change(name, input) {
      const refresh = async () => {
        const { status, courseResultsStatus, courseFilters } = get();
        set((s) => ({ revision: s.revision + 1 }));
        const reloads: Promise<void>[] = [get().loadSummary()];
        for (const key of Object.keys(loaders) as ListKey[]) {
          if (status[key] !== 'idle') reloads.push(loaders[key]());
        }
        if (courseResultsStatus !== 'idle') reloads.push(get().queryCourses(courseFilters), get().loadFacets());
        await Promise.all(reloads);
      };
      const value = await call(name, input).catch(async (error: unknown) => {
        // Changed elsewhere since the form opened: show the current rows, so the form opened again edits them.
        if (error instanceof ApiFailure && error.error.details?.changedElsewhere) await refresh();
        throw error;
      });
      await refresh();
      return value;
    },
  };
});

/** Loads one thing for a page (a role, a skill page), again after every catalog change; reports a failure. */
export async function fetchForPage<N extends OperationName>(
  name: N,
  input: OperationInput<N>,
  label: string,
): Promise<OperationOutput<N> | null> {
  try {
    return await call(name, input);
  } catch (error) {
    useNotices.getState().report(label, error);
    return null;
  }
}

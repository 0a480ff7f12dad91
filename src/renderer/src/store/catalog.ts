import { create } from 'zustand';
import type { OperationInput, OperationName, OperationOutput } from '../../../shared/api/contract';
import type { CourseFilters, SkillFilters } from '../../../shared/domain/catalog-filters';
import { queryClient } from '../data/client';
import { readKey, type ReadOperation } from '../data/keys';
import { call } from '../api';
import { useNotices } from './notices';

export type { LoadStatus } from '../data/reads';

export type RoleDetail = OperationOutput<'roles.get'>;
export type SkillPage = OperationOutput<'skills.get'>;
export type CourseDetail = OperationOutput<'courses.get'>;
export type CourseFacets = OperationOutput<'courses.facets'>;
export type CatalogSummary = OperationOutput<'catalog.summary'>;

/**
 * How the catalog screens are being looked at (their filters), kept while the user moves around the app. The
 * catalog itself is server data: read through the data layer (`data/reads.ts`), changed with `write`.
 */
interface CatalogViewState {
  /** The Skills screen's filters (applied in the screen to the loaded skills, with the API's own test). */
  skillFilters: SkillFilters;
  /** The Courses screen's last filters (applied by the API). */
  courseFilters: CourseFilters;
  setSkillFilters(filters: SkillFilters): void;
  setCourseFilters(filters: CourseFilters): void;
}

export const useCatalog = create<CatalogViewState>()((set) => ({
  skillFilters: {},
  courseFilters: {},
  setSkillFilters: (skillFilters) => set({ skillFilters }),
  setCourseFilters: (courseFilters) => set({ courseFilters }),
}));

/**
 * Asks the API for what a dialog must know now (who uses a role, a course's details before deleting it),
 * always afresh, through the data layer's cache; reports a failure in the error banner and answers null.
 */
export async function fetchForPage<N extends ReadOperation & OperationName>(
  name: N,
  input: OperationInput<N>,
  label: string,
): Promise<OperationOutput<N> | null> {
  try {
    return await queryClient.fetchQuery({ queryKey: readKey(name, input), queryFn: () => call(name, input), staleTime: 0 });
  } catch (error) {
    useNotices.getState().report(label, error);
    return null;
  }
}

import { courseFilters, type CourseFilters } from '../../../../shared/domain/catalog-filters';

const NUMBERS = new Set(['costMin', 'costMax']);

/** The course filters written in the route, e.g. #/catalog/courses?kind=lab&costMax=0, so a view can be kept. */
export function filtersFromHash(hash: string): CourseFilters | null {
  const query = hash.split('?')[1];
  if (query === undefined) return null;
  const raw: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(query)) raw[key] = NUMBERS.has(key) ? Number(value) : value;
  const parsed = courseFilters.safeParse(raw);
  return parsed.success ? parsed.data : {};
}

/** The route of the courses list with these filters (unset ones left out). */
export function hashWithFilters(hash: string, filters: CourseFilters): string {
  const base = hash.split('?')[0]!;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

import { useEffect, useMemo, useState } from 'react';
import { formatCoursePrice } from '../../../../shared/reports/money';
import type { OperationOutput } from '../../../../shared/api/contract';
import { COURSE_LEVELS } from '../../../../shared/domain/catalog';
import { courseFilters as courseFiltersSchema, type CourseFilters } from '../../../../shared/domain/catalog-filters';
import { EmptyState } from '../../components/EmptyState';
import { SearchField } from '../../components/SearchField';
import { useCourseFacets, useCourses, useSkills } from '../../data';
import { useCatalog } from '../../store/catalog';
import { ActionsMenu } from './ActionsMenu';
import { CourseDialog } from './CourseDialog';
import { filtersFromHash, hashWithFilters } from './course-filter-url';
import { CourseFilterBar } from './CourseFilterBar';
import { DeleteCourseDialog } from './DeleteCourseDialog';
import { capitalise, formatHours, provenanceLabel } from './format';
import { DataTable, type Column } from '../../components/table/DataTable';

type Course = OperationOutput<'courses.list'>[number];

const SEARCH_DELAY_MS = 200;

/** Problems with the filters the user can fix before asking the API (which checks the same). */
function costProblem(filters: CourseFilters): string | null {
  const parsed = courseFiltersSchema.safeParse(filters);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'These filters are not valid.');
}

/** Courses with search and filters (applied by the API), and the actions to add, edit and delete them. */
export function CoursesTable() {
  const storedFilters = useCatalog((s) => s.courseFilters);
  const [filters, setFilters] = useState<CourseFilters>(() => filtersFromHash(window.location.hash) ?? storedFilters);
  // What the API was last asked: the filters once typing pauses.
  const [asked, setAsked] = useState<CourseFilters>(filters);
  const problem = costProblem(filters);
  const { rows: results, status: resultsStatus } = useCourses(asked, costProblem(asked) === null);
  const facets = useCourseFacets();
  const skills = useSkills().rows;
  const [editing, setEditing] = useState<Course | 'new' | null>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    // A link or the address bar may change the filters in the route while the list is open.
    const follow = () => {
      const fromRoute = filtersFromHash(window.location.hash);
      if (fromRoute) setFilters(fromRoute);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    if (problem) return;
    // Typing in the search box waits a moment; a changed filter asks at once.
    const typing = (filters.search ?? '') !== (useCatalog.getState().courseFilters.search ?? '');
    const timer = setTimeout(
      () => {
        setAsked(filters);
        useCatalog.getState().setCourseFilters(filters);
        window.history.replaceState(null, '', hashWithFilters(window.location.hash, filters));
      },
      typing ? SEARCH_DELAY_MS : 0,
    );
    return () => clearTimeout(timer);
  }, [filters, problem]);

  const skillNames = useMemo(() => new Map(skills.map((s) => [s.id, s.name])), [skills]);
  const total = facets?.total ?? results.length;
  // The same columns from one render to the next (the table re-sorts only when they or the rows change).
  const columns = useMemo((): Column<Course>[] => [
    {
      id: 'title',
      header: 'Course',
      width: '27%',
      className: 'table__main',
      sortValue: (c) => c.title,
      cell: (c) => {
        const provenance = provenanceLabel(c);
        return (
          <>
            <button type="button" className="link-button table__primary" onClick={() => setEditing(c)}>
              {c.title}
            </button>
            {provenance && <span className="badge badge--quiet table__badge">{provenance}</span>}
            <div className="table__secondary">
              {c.provider} · {capitalise(c.format)}
            </div>
          </>
        );
      },
    },
    { id: 'kind', header: 'Kind', width: '118px', className: 'table__cap', sortValue: (c) => c.kind, cell: (c) => c.kind },
    { id: 'level', header: 'Level', width: '118px', className: 'table__cap', sortValue: (c) => COURSE_LEVELS.indexOf(c.level), cell: (c) => c.level },
    {
      id: 'teaches',
      header: 'Teaches',
      className: 'table__secondary table__teaches',
      cell: (c) => <div className="table__clamp">{c.teaches.map((t) => skillNames.get(t.skill) ?? t.skill).join(', ') || '—'}</div>,
    },
    { id: 'hours', header: 'Hours', width: '80px', numeric: true, sortValue: (c) => c.hours, cell: (c) => formatHours(c.hours) },
    { id: 'cost', header: 'Cost', width: '124px', numeric: true, sortValue: (c) => c.cost, cell: (c) => formatCoursePrice(c.cost, c.currency) },
    {
      id: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      width: '52px',
      className: 'table__actions',
      cell: (c) => (
        <ActionsMenu
          label={`Actions for ${c.title}`}
          actions={[
            { label: 'Edit…', onSelect: () => setEditing(c) },
            { label: 'Open the provider’s page', onSelect: () => window.open(c.url, '_blank', 'noopener,noreferrer') },
            { label: 'Delete…', destructive: true, onSelect: () => setDeleting({ id: c.id, name: c.title }) },
          ]}
        />
      ),
    },
  ], [skillNames]);
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== '');

  const dialogs = (
    <>
      <CourseDialog
        open={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        course={editing === 'new' ? undefined : (editing ?? undefined)}
        onSaved={(c, created) => setNotice(created ? `Added “${c.title}”.` : `Saved “${c.title}”.`)}
      />
      <DeleteCourseDialog
        course={deleting}
        onOpenChange={(open) => !open && setDeleting(null)}
        onDeleted={(title) => {
          setDeleting(null);
          setNotice(`Deleted “${title}”.`);
        }}
      />
    </>
  );

  if (resultsStatus === 'ready' && total === 0) {
    return (
      <EmptyState title="No courses in the catalog">
        <p>Courses, certifications, labs and readings teach the skills roles need. Add the first one.</p>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          New course
        </button>
        {dialogs}
      </EmptyState>
    );
  }

  return (
    <section aria-label="Courses">
      <div className="toolbar">
        <SearchField label="Search courses" value={filters.search ?? ''} onChange={(search) => setFilters({ ...filters, search })} />
        <span className="toolbar__count" aria-live="polite">
          {resultsStatus === 'idle' || (resultsStatus === 'loading' && results.length === 0)
            ? 'Loading courses…'
            : `${results.length} of ${total} courses`}
        </span>
        {filtered && (
          <button type="button" className="button button--quiet" onClick={() => setFilters({})}>
            Clear filters
          </button>
        )}
        <span className="toolbar__spacer" />
        <span className="form__status" role="status">
          {notice}
        </span>
        <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
          New course
        </button>
      </div>
      <CourseFilterBar filters={filters} onChange={setFilters} facets={facets} skills={skills} costError={problem} />
      {resultsStatus === 'ready' && results.length === 0 ? (
        <EmptyState title="No course matches these filters">
          <p>Widen the cost range, pick another skill, or clear the filters.</p>
        </EmptyState>
      ) : (
        <DataTable
          listId="courses"
          label="Courses"
          rows={results}
          columns={columns}
          rowKey={(c) => c.id}
          defaultSort={{ column: 'title', direction: 'asc' }}
          onOpenRow={(c) => setEditing(c)}
          rowHeight={61}
          busy={resultsStatus === 'loading'}
        />
      )}
      {dialogs}
    </section>
  );
}

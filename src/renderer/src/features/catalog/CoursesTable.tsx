import { useEffect, useMemo, useState } from 'react';
import { formatCoursePrice } from '../../../../shared/reports/money';
import type { OperationOutput } from '../../../../shared/api/contract';
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
import { useVirtualRows } from './useVirtualRows';

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
  const { setAnchor, rows: windowed, before, after, measureElement } = useVirtualRows(results.length, 61);
  const total = facets?.total ?? results.length;
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

  const row = (c: Course, index: number) => (
    <CourseRow
      key={c.id}
      course={c}
      index={index}
      measure={measureElement}
      teaches={c.teaches.map((t) => skillNames.get(t.skill) ?? t.skill)}
      onEdit={() => setEditing(c)}
      onDelete={() => setDeleting({ id: c.id, name: c.title })}
    />
  );

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
        <table className="table table--fixed" ref={setAnchor} aria-busy={resultsStatus === 'loading'}>
          {/* Fixed widths, so columns do not shift as rows scroll in and out. */}
          <colgroup>
            <col style={{ width: '27%' }} />
            <col style={{ width: '118px' }} />
            <col style={{ width: '118px' }} />
            <col />
            <col style={{ width: '72px' }} />
            <col style={{ width: '124px' }} />
            <col style={{ width: '52px' }} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">Course</th>
              <th scope="col">Kind</th>
              <th scope="col">Level</th>
              <th scope="col">Teaches</th>
              <th scope="col" className="table__num">
                Hours
              </th>
              <th scope="col" className="table__num">
                Cost
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {before > 0 && <tr aria-hidden="true" style={{ height: before }} />}
            {windowed ? windowed.map((v) => row(results[v.index]!, v.index)) : results.map(row)}
            {after > 0 && <tr aria-hidden="true" style={{ height: after }} />}
          </tbody>
        </table>
      )}
      {dialogs}
    </section>
  );
}

function CourseRow({
  course: c,
  index,
  measure,
  teaches,
  onEdit,
  onDelete,
}: {
  course: Course;
  index: number;
  measure: ((el: Element | null) => void) | undefined;
  teaches: string[];
  onEdit: () => void;
  onDelete: () => void;
}) {
  const provenance = provenanceLabel(c);
  return (
    <tr data-index={index} ref={measure}>
      <td className="table__main">
        <button type="button" className="link-button table__primary" onClick={onEdit}>
          {c.title}
        </button>
        {provenance && <span className="badge badge--quiet table__badge">{provenance}</span>}
        <div className="table__secondary">
          {c.provider} · {capitalise(c.format)}
        </div>
      </td>
      <td className="table__cap">{c.kind}</td>
      <td className="table__cap">{c.level}</td>
      <td className="table__secondary table__teaches">
        <div className="table__clamp">{teaches.join(', ') || '—'}</div>
      </td>
      <td className="table__num">{formatHours(c.hours)}</td>
      <td className="table__num">{formatCoursePrice(c.cost, c.currency)}</td>
      <td className="table__actions">
        <ActionsMenu
          label={`Actions for ${c.title}`}
          actions={[
            { label: 'Edit…', onSelect: onEdit },
            { label: 'Open the provider’s page', onSelect: () => window.open(c.url, '_blank', 'noopener,noreferrer') },
            { label: 'Delete…', destructive: true, onSelect: onDelete },
          ]}
        />
      </td>
    </tr>
  );
}

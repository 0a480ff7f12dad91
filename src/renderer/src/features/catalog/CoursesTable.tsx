import { useEffect, useMemo, useState } from 'react';
import { matchesSearch } from '../../../../shared/domain/search';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { SearchField } from '../../components/SearchField';
import { useCatalog } from '../../store/catalog';
import { formatCost, formatHours } from './format';

export function CoursesTable() {
  const courses = useCatalog((s) => s.courses);
  const status = useCatalog((s) => s.status.courses);
  const loadCourses = useCatalog((s) => s.loadCourses);
  const [search, setSearch] = useState('');

  useEffect(() => {
    void loadCourses();
  }, [loadCourses]);

  const shown = useMemo(() => courses.filter((c) => matchesSearch(search, c.title, c.provider)), [courses, search]);

  if (status === 'loading' && courses.length === 0) return <Loading what="courses" />;
  if (status === 'ready' && courses.length === 0) {
    return <EmptyState title="No courses in the catalog">This data file holds no courses yet.</EmptyState>;
  }
  return (
    <section aria-label="Courses">
      <div className="toolbar">
        <SearchField label="Search courses" value={search} onChange={setSearch} />
        <span className="toolbar__count" aria-live="polite">
          {shown.length} of {courses.length} courses
        </span>
      </div>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Course</th>
            <th scope="col">Kind</th>
            <th scope="col">Level</th>
            <th scope="col" className="table__num">
              Hours
            </th>
            <th scope="col" className="table__num">
              Cost
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((c) => (
            <tr key={c.id}>
              <td>
                <div className="table__primary">{c.title}</div>
                <div className="table__secondary">{c.provider}</div>
              </td>
              <td className="table__cap">{c.kind}</td>
              <td className="table__cap">{c.level}</td>
              <td className="table__num">{formatHours(c.hours)}</td>
              <td className="table__num">{formatCost(c.cost, c.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

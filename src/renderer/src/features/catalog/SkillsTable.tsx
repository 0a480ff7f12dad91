import { useEffect, useMemo, useState } from 'react';
import { matchesSearch } from '../../../../shared/domain/search';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { SearchField } from '../../components/SearchField';
import { useCatalog } from '../../store/catalog';

export function SkillsTable() {
  const skills = useCatalog((s) => s.skills);
  const status = useCatalog((s) => s.status.skills);
  const loadSkills = useCatalog((s) => s.loadSkills);
  const [search, setSearch] = useState('');

  useEffect(() => {
    void loadSkills();
  }, [loadSkills]);

  const shown = useMemo(
    () => skills.filter((s) => matchesSearch(search, s.name, s.description, s.categoryName)),
    [skills, search],
  );

  if (status === 'loading' && skills.length === 0) return <Loading what="skills" />;
  if (status === 'ready' && skills.length === 0) {
    return <EmptyState title="No skills in the catalog">This data file holds no skills yet.</EmptyState>;
  }
  return (
    <section aria-label="Skills">
      <div className="toolbar">
        <SearchField label="Search skills" value={search} onChange={setSearch} />
        <span className="toolbar__count" aria-live="polite">
          {shown.length} of {skills.length} skills
        </span>
      </div>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Skill</th>
            <th scope="col">Category</th>
            <th scope="col">Covers</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((s) => (
            <tr key={s.id}>
              <td>
                <div className="table__primary">{s.name}</div>
                <div className="table__secondary">{s.description}</div>
              </td>
              <td>{s.categoryName}</td>
              <td className="table__refs">{s.refs.map((r) => r.id).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

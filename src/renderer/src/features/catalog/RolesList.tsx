import { useEffect, useMemo, useState } from 'react';
import { matchesSearch } from '../../../../shared/domain/search';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { SearchField } from '../../components/SearchField';
import { plural } from '../../components/plural';
import { useCatalog } from '../../store/catalog';

export function RolesList() {
  const roles = useCatalog((s) => s.roles);
  const status = useCatalog((s) => s.status.roles);
  const loadRoles = useCatalog((s) => s.loadRoles);
  const [search, setSearch] = useState('');

  useEffect(() => {
    void loadRoles();
  }, [loadRoles]);

  const shown = useMemo(
    () => roles.filter((r) => matchesSearch(search, r.name, r.summary, ...r.responsibilities)),
    [roles, search],
  );

  if (status === 'loading' && roles.length === 0) return <Loading what="roles" />;
  if (status === 'ready' && roles.length === 0) {
    return (
      <EmptyState title="No roles in the catalog">
        <p>Roles describe what a team member should become. This data file holds none yet.</p>
      </EmptyState>
    );
  }
  return (
    <section aria-label="Roles">
      <div className="toolbar">
        <SearchField label="Search roles" value={search} onChange={setSearch} />
        <span className="toolbar__count" aria-live="polite">
          {shown.length} of {roles.length} roles
        </span>
      </div>
      {shown.length === 0 ? (
        <EmptyState title="No role matches your search">
          <p>Try fewer or other words.</p>
        </EmptyState>
      ) : (
        <ul className="card-list">
          {shown.map((role) => (
            <li key={role.id} className="card" aria-labelledby={`role-${role.id}`}>
              <div className="card__head">
                <h2 id={`role-${role.id}`} className="card__title">
                  {role.name}
                </h2>
                <span className="badge">
                  {plural(role.requirementCount, 'skill')} · {role.criticalCount} critical
                </span>
              </div>
              {role.summary && <p className="card__summary">{role.summary}</p>}
              {role.responsibilities.length > 0 && (
                <>
                  <h3 className="card__subhead">Responsibilities</h3>
                  <ul className="bullets">
                    {role.responsibilities.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                </>
              )}
              {(role.refs.length > 0 || role.employers.length > 0) && (
                <dl className="card__facts">
                  {role.refs.length > 0 && (
                    <>
                      <dt>Framework anchors</dt>
                      <dd>{role.refs.map((r) => `${r.framework} ${r.id}`).join(' · ')}</dd>
                    </>
                  )}
                  {role.employers.length > 0 && (
                    <>
                      <dt>Example employers</dt>
                      <dd>{role.employers.join(' · ')}</dd>
                    </>
                  )}
                </dl>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

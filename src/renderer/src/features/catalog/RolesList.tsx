import { useMemo, useState } from 'react';
import { matchesSearch } from '../../../../shared/domain/search';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { SearchField } from '../../components/SearchField';
import { plural } from '../../components/plural';
import { routeHref } from '../../router';
import { useRoles, write } from '../../data';
import { useNotices } from '../../store/notices';
import { ActionsMenu } from './ActionsMenu';
import { DeleteRoleDialog } from './DeleteRoleDialog';
import { provenanceLabel } from './format';
import { RoleDialog } from './RoleDialog';

const openRole = (id: string) => {
  window.location.hash = routeHref('catalog', 'roles', id);
};

export function RolesList() {
  const { rows: roles, status } = useRoles();
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);

  const shown = useMemo(
    () => roles.filter((r) => matchesSearch(search, r.name, r.summary, ...r.responsibilities)),
    [roles, search],
  );

  async function duplicate(id: string, name: string) {
    try {
      const copy = await write('roles.duplicate', { id });
      openRole(copy.id);
    } catch (error) {
      useNotices.getState().report(`Duplicating “${name}”`, error);
    }
  }

  const dialogs = (
    <>
      <RoleDialog open={creating} onOpenChange={setCreating} onSaved={(r) => openRole(r.id)} />
      <DeleteRoleDialog role={deleting} onOpenChange={(open) => !open && setDeleting(null)} onDeleted={() => setDeleting(null)} />
    </>
  );

  if (status === 'loading' && roles.length === 0) return <Loading what="roles" />;
  if (status === 'ready' && roles.length === 0) {
    return (
      <EmptyState title="No roles in the catalog">
        <p>Roles describe what a team member should become. Create the first one.</p>
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          New role
        </button>
        {dialogs}
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
        <span className="toolbar__spacer" />
        <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
          New role
        </button>
      </div>
      {shown.length === 0 ? (
        <EmptyState title="No role matches your search">
          <p>Try fewer or other words, or create a new role.</p>
        </EmptyState>
      ) : (
        <ul className="card-list">
          {shown.map((role) => {
            const provenance = provenanceLabel(role);
            return (
              <li key={role.id} className="card" aria-labelledby={`role-${role.id}`}>
                <div className="card__head">
                  <h2 id={`role-${role.id}`} className="card__title">
                    <a className="card__link" href={routeHref('catalog', 'roles', role.id)}>
                      {role.name}
                    </a>
                  </h2>
                  <span className="card__badges">
                    {provenance && <span className="badge badge--quiet">{provenance}</span>}
                    <span className="badge">
                      {plural(role.requirementCount, 'skill')} · {role.criticalCount} critical
                    </span>
                    <ActionsMenu
                      label={`Actions for ${role.name}`}
                      actions={[
                        { label: 'Open requirement profile', onSelect: () => openRole(role.id) },
                        { label: 'Duplicate', onSelect: () => void duplicate(role.id, role.name) },
                        { label: 'Delete…', destructive: true, onSelect: () => setDeleting({ id: role.id, name: role.name }) },
                      ]}
                    />
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
            );
          })}
        </ul>
      )}
      {dialogs}
    </section>
  );
}

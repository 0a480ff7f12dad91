import { useCallback, useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { routeHref } from '../../router';
import { useCategories, useSkills, write } from '../../data';
import type { RoleDetail } from '../../store/catalog';
import { useNotices } from '../../store/notices';
import { Breadcrumbs } from './Breadcrumbs';
import { BulkRequirementLevels } from './BulkRequirementLevels';
import { DeleteRoleDialog } from './DeleteRoleDialog';
import { originLabel } from './format';
import { RequirementProfile } from './RequirementProfile';
import { RoleDialog } from './RoleDialog';
import { setRoleArchived } from './role-archive';
import { usePageData } from './usePageData';
import './detail-pages.css';

const go = (...rest: string[]) => {
  window.location.hash = routeHref('catalog', ...rest);
};

/** One role: its description and its requirement profile, editable. */
export function RolePage({ id }: { id: string }) {
  const skills = useSkills().rows;
  const [role, setRole] = usePageData('roles.get', id, 'Loading the role');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const categories = useCategories().rows;
  const categoryName = useCallback((cid: string) => categories.find((c) => c.id === cid)?.name ?? cid, [categories]);

  async function archive(r: RoleDetail, archived: boolean) {
    const saved = await setRoleArchived(r, archived);
    if (saved) setRole(saved);
  }

  async function duplicate(r: RoleDetail) {
    try {
      const copy = await write('roles.duplicate', { id: r.id });
      go('roles', copy.id);
    } catch (error) {
      useNotices.getState().report(`Duplicating “${r.name}”`, error);
    }
  }

  if (role === undefined) return <Loading what="the role" />;
  if (role === null) {
    return (
      <>
        <Breadcrumbs section="roles" />
        <EmptyState title="This role is not in the catalog">
          <p>It may have been deleted. Go back to the roles to pick another.</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <Breadcrumbs section="roles" current={role.name} />
      <PageHeader
        title={role.name}
        subtitle={`Role · ${originLabel(role)}${role.archived ? ' · Archived' : ''}`}
        actions={
          <>
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit details
            </button>
            <button type="button" className="button" onClick={() => void duplicate(role)}>
              Duplicate
            </button>
            <button type="button" className="button" onClick={() => void archive(role, !role.archived)}>
              {role.archived ? 'Bring back from the archive' : 'Archive'}
            </button>
            <button type="button" className="button button--danger-quiet" onClick={() => setDeleting(true)}>
              Delete…
            </button>
          </>
        }
      />
      {role.summary && <p className="lead">{role.summary}</p>}
      {role.archived && (
        <p className="archived-note" role="note">
          This role is archived: it is kept with its requirements, but left out of the role lists, pickers and comparisons.
        </p>
      )}
      <div className="detail-grid">
        <div className="detail-grid__main">
          <BulkRequirementLevels role={role} categoryName={categoryName} />
          <RequirementProfile role={role} skills={skills} />
        </div>
        <aside className="detail-grid__side">
          <section className="panel" aria-labelledby="resp-heading">
            <h2 id="resp-heading" className="panel__title">
              Responsibilities
            </h2>
            {role.responsibilities.length === 0 ? (
              <p className="muted">None written yet. Use Edit details to add them.</p>
            ) : (
              <ul className="bullets">
                {role.responsibilities.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            )}
          </section>
          <section className="panel" aria-labelledby="anchors-heading">
            <h2 id="anchors-heading" className="panel__title">
              Framework anchors and employers
            </h2>
            <dl className="facts">
              <dt>Anchors</dt>
              <dd>{role.refs.length ? role.refs.map((r) => `${r.framework} ${r.id}`).join(' · ') : 'None'}</dd>
              <dt>Employers</dt>
              <dd>{role.employers.length ? role.employers.join(' · ') : 'None named'}</dd>
            </dl>
          </section>
        </aside>
      </div>
      <RoleDialog open={editing} onOpenChange={setEditing} role={role} onSaved={setRole} />
      <DeleteRoleDialog
        role={deleting ? role : null}
        onOpenChange={setDeleting}
        onDeleted={() => {
          setDeleting(false);
          go('roles');
        }}
      />
    </>
  );
}

import { useMemo, useState } from 'react';
import type { OperationOutput } from '../../../../shared/api/contract';
import { unarchivedRoles } from '../../../../shared/planning/roles-in-focus';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { RoleFocusToggle } from '../../components/RoleFocusToggle';
import { DataTable, type Column } from '../../components/table/DataTable';
import { routeHref } from '../../router';
import { useApiQuery, useRoles, write } from '../../data';
import { useNotices } from '../../store/notices';
import { actionsColumn } from './ActionsMenu';
import { DeleteRoleDialog } from './DeleteRoleDialog';
import { originLabel, provenanceLabel } from './format';
import { RoleDialog } from './RoleDialog';
import { setRoleArchived } from './role-archive';

type Role = OperationOutput<'roles.list'>[number];

/** Until the members are loaded (a stable empty list, so memos do not recompute). */
const NO_MEMBERS: readonly { targetRoleId: string | null }[] = [];

const openRole = (id: string) => {
  window.location.hash = routeHref('catalog', 'roles', id);
};

/** Roles in a sortable, searchable table; archived roles only when asked for. */
export function RolesList() {
  const { rows: roles, status } = useRoles();
  const members = useApiQuery('members.list', {}, { action: 'Loading members' }).data ?? NO_MEMBERS;
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);

  const targets = useMemo(() => {
    const out = new Map<string, number>();
    for (const m of members) if (m.targetRoleId) out.set(m.targetRoleId, (out.get(m.targetRoleId) ?? 0) + 1);
    return out;
  }, [members]);
  const listed = unarchivedRoles(roles, showArchived);

  async function duplicate(id: string, name: string) {
    try {
      const copy = await write('roles.duplicate', { id });
      openRole(copy.id);
    } catch (error) {
      useNotices.getState().report(`Duplicating “${name}”`, error);
    }
  }

  const columns: Column<Role>[] = [
    {
      id: 'name',
      header: 'Role',
      rowHeader: true,
      sortValue: (r) => r.name.toLowerCase(),
      className: 'table__main',
      cell: (r) => {
        const provenance = provenanceLabel(r);
        return (
          <>
            <a className="table__primary" href={routeHref('catalog', 'roles', r.id)}>
              {r.name}
            </a>
            {r.archived && <span className="badge badge--quiet table__badge">Archived</span>}
            {provenance && <span className="badge badge--quiet table__badge">{provenance}</span>}
            {r.summary && <div className="table__secondary table__clamp">{r.summary}</div>}
          </>
        );
      },
    },
    { id: 'skills', header: 'Skills', numeric: true, width: '9%', sortValue: (r) => r.requirementCount, cell: (r) => r.requirementCount },
    { id: 'critical', header: 'Critical', numeric: true, width: '9%', sortValue: (r) => r.criticalCount, cell: (r) => r.criticalCount },
    {
      id: 'targeted',
      header: 'Targeted by',
      numeric: true,
      width: '11%',
      sortValue: (r) => targets.get(r.id) ?? 0,
      cell: (r) => targets.get(r.id) ?? 0,
    },
    {
      id: 'source',
      header: 'Source',
      width: '20%',
      sortValue: (r) => originLabel(r),
      className: 'table__secondary',
      cell: (r) => originLabel(r),
    },
    actionsColumn(
      (r) => r.name,
      (r) => [
        { label: 'Open requirement profile', onSelect: () => openRole(r.id) },
        { label: 'Duplicate', onSelect: () => void duplicate(r.id, r.name) },
        r.archived
          ? { label: 'Bring back from the archive', onSelect: () => void setRoleArchived(r, false) }
          : { label: 'Archive', onSelect: () => void setRoleArchived(r, true) },
        { label: 'Delete…', destructive: true, onSelect: () => setDeleting({ id: r.id, name: r.name }) },
      ],
    ),
  ];

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
      <DataTable
        listId="roles"
        label="Roles"
        rows={listed.shown}
        columns={columns}
        rowKey={(r) => r.id}
        defaultSort={{ column: 'name', direction: 'asc' }}
        search={{ label: 'Search roles', text: (r) => [r.name, r.summary, ...r.responsibilities] }}
        count={(shown, total) => `${shown} of ${total} roles`}
        onOpenRow={(r) => openRole(r.id)}
        rowProps={(r) => ({ 'data-role': r.id, 'data-archived': r.archived ? 'true' : undefined })}
        toolbar={
          <>
            <RoleFocusToggle hidden={listed.hidden} showAll={showArchived} onChange={setShowArchived} left="archived" />
            <span className="toolbar__spacer" />
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              New role
            </button>
          </>
        }
        noMatch={
          <EmptyState title="No role matches your search">
            <p>Try fewer or other words, or create a new role.</p>
          </EmptyState>
        }
        rowHeight={61}
      />
      {dialogs}
    </section>
  );
}

import { useMemo, useState } from 'react';
import type { Member } from '../../../../shared/domain/team';
import { roleFit } from '../../../../shared/planning/readiness';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { plural } from '../../components/plural';
import { DataTable, type Column } from '../../components/table/DataTable';
import { routeHref } from '../../router';
import { useTeam } from '../../store/team';
import { ReadinessBadge } from '../compare/ReadinessBadge';
import { DemoTeamNotice } from './DemoTeamNotice';
import { MemberDialog } from './MemberDialog';
import type { TeamModel } from './team-model';

interface MemberRow {
  member: Member;
  role: ReturnType<TeamModel['roleById']['get']>;
  readiness: number | null;
  rated: number;
  stale: number;
}

/** The team, searchable, with each member's readiness for their target role; edit and delete (asks first). */
export function MembersTable({ model, onAdd }: { model: TeamModel; onAdd: () => void }) {
  const deleteMember = useTeam((s) => s.deleteMember);
  const [editing, setEditing] = useState<Member | null>(null);
  const [deleting, setDeleting] = useState<Member | null>(null);

  const rows = useMemo(
    () =>
      model.members.map((m): MemberRow => {
        const levels = model.levelsOf(m.id);
        const role = m.targetRoleId ? model.roleById.get(m.targetRoleId) : undefined;
        const stale = [...levels.values()].filter((l) => l.stale).length;
        return { member: m, role, readiness: role ? roleFit(role.requirements, levels).readiness : null, rated: levels.size, stale };
      }),
    [model],
  );
  const columns: Column<MemberRow>[] = [
    {
      id: 'name',
      header: 'Member',
      rowHeader: true,
      sortValue: (r) => r.member.name,
      cell: ({ member }) => (
        <>
          <a className="table__primary" href={routeHref('team', 'member', member.id)}>
            {member.name}
          </a>
          {member.isDemo && <span className="badge badge--quiet members-table__demo">Demo</span>}
          <div className="table__secondary">{member.title || 'No title'}</div>
        </>
      ),
    },
    { id: 'role', header: 'Target role', sortValue: (r) => r.role?.name, cell: ({ role }) => role?.name ?? <span className="table__secondary">None chosen</span> },
    {
      id: 'readiness',
      header: 'Readiness',
      sortValue: (r) => r.readiness,
      cell: ({ role, readiness }) => (role ? <ReadinessBadge readiness={readiness} thresholds={model.thresholds} /> : <span className="table__secondary">—</span>),
    },
    {
      id: 'ratings',
      header: 'Ratings',
      sortValue: (r) => r.rated,
      cell: ({ rated, stale }) => (
        <>
          {plural(rated, 'skill')} rated
          {stale > 0 && <div className="table__secondary members-table__stale">{stale} stale</div>}
        </>
      ),
    },
    {
      id: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      width: '170px',
      className: 'members-table__actions',
      cell: ({ member }) => (
        <>
          <button type="button" className="button button--small" onClick={() => setEditing(member)} aria-label={`Edit ${member.name}`}>
            Edit
          </button>
          <button type="button" className="button button--small button--danger-quiet" onClick={() => setDeleting(member)} aria-label={`Delete ${member.name}`}>
            Delete
          </button>
        </>
      ),
    },
  ];

  if (model.members.length === 0) {
    return (
      <EmptyState title="No one on the team yet">
        <p>Add the people you are developing, with the role each is aiming for; then rate their skills.</p>
        <button type="button" className="button button--primary" onClick={onAdd}>
          Add member
        </button>
      </EmptyState>
    );
  }
  const ratingCount = deleting ? model.snapshot.ratings.filter((r) => r.memberId === deleting.id).length : 0;
  return (
    <section aria-label="Members">
      <DemoTeamNotice model={model} />
      <DataTable
        listId="members"
        label="Team members"
        className="members-table"
        rows={rows}
        columns={columns}
        rowKey={(r) => r.member.id}
        defaultSort={{ column: 'name', direction: 'asc' }}
        search={{ label: 'Search members', text: (r) => [r.member.name, r.member.title, r.role?.name] }}
        count={(shown) => `${shown} of ${plural(model.members.length, 'member')}`}
        onOpenRow={(r) => (window.location.hash = routeHref('team', 'member', r.member.id))}
        noMatch={<EmptyState title="No member matches">Try another name, title or role, or clear the search.</EmptyState>}
        rowHeight={64}
      />
      {editing && <MemberDialog model={model} member={editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={`Delete ${deleting?.name ?? ''}?`}
        confirmLabel="Delete member"
        destructive
        onConfirm={() => {
          if (deleting) void deleteMember(deleting.id);
          setDeleting(null);
        }}
      >
        <p>
          {deleting?.name} and their {plural(ratingCount, 'rating')} will be deleted, with any learning plan made for them. This
          cannot be undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}

import { useMemo, useState } from 'react';
import { matchesSearch } from '../../../../shared/domain/search';
import type { Member } from '../../../../shared/domain/team';
import { roleFit } from '../../../../shared/planning/readiness';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { plural } from '../../components/plural';
import { SearchField } from '../../components/SearchField';
import { routeHref } from '../../router';
import { useTeam } from '../../store/team';
import { ReadinessBadge } from '../compare/ReadinessBadge';
import { DemoTeamNotice } from './DemoTeamNotice';
import { MemberDialog } from './MemberDialog';
import type { TeamModel } from './team-model';

/** The team, searchable, with each member's readiness for their target role; edit and delete (asks first). */
export function MembersTable({ model, onAdd }: { model: TeamModel; onAdd: () => void }) {
  const deleteMember = useTeam((s) => s.deleteMember);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Member | null>(null);
  const [deleting, setDeleting] = useState<Member | null>(null);

  const rows = useMemo(
    () =>
      model.members
        .filter((m) => matchesSearch(search, m.name, m.title, model.roleById.get(m.targetRoleId ?? '')?.name ?? ''))
        .map((m) => {
          const levels = model.levelsOf(m.id);
          const role = m.targetRoleId ? model.roleById.get(m.targetRoleId) : undefined;
          const stale = [...levels.values()].filter((l) => l.stale).length;
          return { member: m, role, readiness: role ? roleFit(role.requirements, levels).readiness : null, rated: levels.size, stale };
        }),
    [model, search],
  );

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
      <div className="toolbar">
        <SearchField label="Search members" value={search} onChange={setSearch} />
        <span className="toolbar__count" aria-live="polite">
          {rows.length} of {plural(model.members.length, 'member')}
        </span>
      </div>
      {rows.length === 0 ? (
        <EmptyState title="No member matches">Try another name, title or role, or clear the search.</EmptyState>
      ) : (
        <table className="table members-table">
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col">Target role</th>
              <th scope="col">Readiness</th>
              <th scope="col">Ratings</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ member, role, readiness, rated, stale }) => (
              <tr key={member.id}>
                <td>
                  <a className="table__primary" href={routeHref('team', 'member', member.id)}>
                    {member.name}
                  </a>
                  {member.isDemo && <span className="badge badge--quiet members-table__demo">Demo</span>}
                  <div className="table__secondary">{member.title || 'No title'}</div>
                </td>
                <td>{role?.name ?? <span className="table__secondary">None chosen</span>}</td>
                <td>{role ? <ReadinessBadge readiness={readiness} thresholds={model.thresholds} /> : <span className="table__secondary">—</span>}</td>
                <td>
                  {plural(rated, 'skill')} rated
                  {stale > 0 && <div className="table__secondary members-table__stale">{stale} stale</div>}
                </td>
                <td className="members-table__actions">
                  <button type="button" className="button button--small" onClick={() => setEditing(member)} aria-label={`Edit ${member.name}`}>
                    Edit
                  </button>
                  <button type="button" className="button button--small button--danger-quiet" onClick={() => setDeleting(member)} aria-label={`Delete ${member.name}`}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
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

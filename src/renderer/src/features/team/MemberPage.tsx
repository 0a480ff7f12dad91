import { Tabs } from 'radix-ui';
import { useState } from 'react';
import { roleFit } from '../../../../shared/planning/readiness';
import { rolesInFocus } from '../../../../shared/planning/roles-in-focus';
import { RoleFocusToggle } from '../../components/RoleFocusToggle';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { RouteTabs } from '../../components/RouteTabs';
import { plural } from '../../components/plural';
import { routeHref } from '../../router';
import { useTeam } from '../../store/team';
import { BestFitList } from '../compare/BestFitList';
import { Choice } from '../../components/Choice';
import { roleOptions } from '../compare/format';
import { MemberRoleView } from '../compare/MemberRoleView';
import { ReadinessBadge } from '../compare/ReadinessBadge';
import { MemberDialog } from './MemberDialog';
import { RatingsTable } from './RatingsTable';
import { SkillSheet } from './SkillSheet';
import type { TeamModel } from './team-model';

const TABS = [
  { id: 'sheet', label: 'Skill sheet' },
  { id: 'role', label: 'Against a role' },
  { id: 'fit', label: 'Best fit' },
  { id: 'history', label: 'Rating history' },
] as const;

/** One member: their skill sheet, their fit for a role and for every role, and their whole rating history. */
export function MemberPage({ model, memberId, tab }: { model: TeamModel; memberId: string; tab: string | undefined }) {
  const deleteMember = useTeam((s) => s.deleteMember);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const member = model.memberById.get(memberId);
  const [roleId, setRoleId] = useState<string | null>(null);
  const [showAllRoles, setShowAllRoles] = useState(false);
  const current = TABS.find((t) => t.id === tab)?.id ?? 'sheet';
  const levels = model.levelsOf(memberId);
  const target = member?.targetRoleId ? model.roleById.get(member.targetRoleId) : undefined;
  const readiness = target ? roleFit(target.requirements, levels).readiness : null;

  if (!member) {
    return (
      <>
        <PageHeader title="Team member not found" />
        <EmptyState title="This member is not in the data file">
          <p>
            They may have been deleted. Go back to the <a href={routeHref('team')}>team</a>.
          </p>
        </EmptyState>
      </>
    );
  }
  const shownRole = (roleId && model.roleById.get(roleId)) || target || model.roles.find((r) => !r.archived);
  const roleFocus = rolesInFocus(model.roles, model.members, showAllRoles, [shownRole?.id]);
  const ratings = model.snapshot.ratings.filter((r) => r.memberId === member.id);
  const effectiveIds = new Set([...levels.values()].map((l) => l.ratingId));
  const facts = [
    member.title,
    target ? `Target: ${target.name}` : 'No target role',
    member.currentRoleId ? `Now: ${model.roleById.get(member.currentRoleId)?.name ?? member.currentRoleId}` : null,
    `${member.weeklyHours} h a week`,
    member.startDate ? `Plan starts ${member.startDate}` : null,
  ].filter(Boolean);

  return (
    <>
      <a className="back-link" href={routeHref('team')}>
        ← Team
      </a>
      <PageHeader
        title={member.name}
        subtitle={
          <>
            {facts.join(' · ')} {member.isDemo && <span className="badge badge--quiet">Demo</span>}
          </>
        }
        actions={
          <>
            {target && <ReadinessBadge readiness={readiness} thresholds={model.thresholds} />}
            <a className="button" href={routeHref('paths', member.id)}>
              Learning path
            </a>
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" className="button button--danger-quiet" onClick={() => setDeleting(true)}>
              Delete
            </button>
          </>
        }
      />
      {member.notes && <p className="member__notes">{member.notes}</p>}
      <RouteTabs
        label={`${member.name} sections`}
        tabs={TABS}
        current={current}
        hrefOf={(id) => routeHref('team', 'member', member.id, id)}
      >
        <Tabs.Content value="sheet" className="tabs__panel">
          {current === 'sheet' && <SkillSheet model={model} member={member} />}
        </Tabs.Content>
        <Tabs.Content value="role" className="tabs__panel">
          {current === 'role' &&
            (shownRole ? (
              <>
                <div className="toolbar">
                  <Choice label="Role" value={shownRole.id} options={roleOptions(roleFocus.shown)} onChange={setRoleId} />
                  <RoleFocusToggle hidden={roleFocus.hidden} showAll={showAllRoles} onChange={setShowAllRoles} />
                </div>
                <MemberRoleView model={model} memberId={member.id} roleId={shownRole.id} />
              </>
            ) : (
              <EmptyState title="No roles in the catalog">Add a role in the Catalog to measure {member.name} against it.</EmptyState>
            ))}
        </Tabs.Content>
        <Tabs.Content value="fit" className="tabs__panel">
          {current === 'fit' && <BestFitList model={model} memberId={member.id} />}
        </Tabs.Content>
        <Tabs.Content value="history" className="tabs__panel">
          {current === 'history' &&
            (ratings.length === 0 ? (
              <EmptyState title="No ratings yet">
                <p>Rate {member.name}’s skills on the skill sheet; every rating is kept here with its source, date and evidence.</p>
              </EmptyState>
            ) : (
              <>
                <p className="hint history__hint">
                  {plural(ratings.length, 'rating')}, newest first. “In effect” marks the rating that sets each skill’s level.
                </p>
                <RatingsTable model={model} ratings={ratings} effectiveIds={effectiveIds} showSkill caption={`Rating history of ${member.name}`} listId="member-ratings" />
              </>
            ))}
        </Tabs.Content>
      </RouteTabs>
      {editing && <MemberDialog model={model} member={member} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete ${member.name}?`}
        confirmLabel="Delete member"
        destructive
        onConfirm={() => {
          void deleteMember(member.id).then((ok) => {
            if (ok) window.location.hash = routeHref('team');
          });
        }}
      >
        <p>
          {member.name} and their {plural(ratings.length, 'rating')} will be deleted, with any learning plan made for them. This
          cannot be undone.
        </p>
      </ConfirmDialog>
    </>
  );
}

import { Tabs } from 'radix-ui';
import { useState } from 'react';
import { rolesInFocus } from '../../../../shared/planning/roles-in-focus';
import { RoleFocusToggle } from '../../components/RoleFocusToggle';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { HelpLine } from '../../components/HelpLine';
import { PageHeader } from '../../components/PageHeader';
import { RouteTabs } from '../../components/RouteTabs';
import { routeHref } from '../../router';
import { useCompare } from '../../store/compare';
import { statusOf, useTeamSnapshot } from '../../data/reads';
import { useTeamModel, type TeamModel } from '../team/team-model';
import { BestFitList } from './BestFitList';
import { Choice } from '../../components/Choice';
import { roleOptions } from './format';
import { MemberRoleView } from './MemberRoleView';
import { RoleCoverageView } from './RoleCoverageView';
import { SideBySide } from './SideBySide';
import { TeamHeatmap } from './TeamHeatmap';

const TABS = [
  { id: 'role', label: 'Member vs role' },
  { id: 'fit', label: 'Best fit' },
  { id: 'side-by-side', label: 'Side by side' },
  { id: 'heatmap', label: 'Team heatmap' },
  { id: 'coverage', label: 'Role coverage' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** The compare selections, falling back to sensible defaults (first member, their target role, the next member). */
function useSelection(model: TeamModel | null) {
  const { memberId, otherMemberId, roleId } = useCompare();
  if (!model) return null;
  const member = (memberId && model.memberById.get(memberId)) || model.members[0];
  const other =
    (otherMemberId && otherMemberId !== member?.id && model.memberById.get(otherMemberId)) ||
    model.members.find((m) => m.id !== member?.id);
  const role =
    (roleId && model.roleById.get(roleId)) ||
    (member?.targetRoleId ? model.roleById.get(member.targetRoleId) : undefined) ||
    model.roles.find((r) => !r.archived);
  return { member, other, role };
}

export function CompareScreen({ tab }: { tab: string | undefined }) {
  const current: TabId = TABS.find((t) => t.id === tab)?.id ?? 'role';
  const status = statusOf(useTeamSnapshot());
  const model = useTeamModel();
  const selection = useSelection(model);
  const choose = useCompare((s) => s.choose);

  const memberChoices = model?.members.map((m) => ({ value: m.id, label: m.name })) ?? [];
  // The role picker offers the roles someone targets (and the one shown); the rest on demand.
  const [showAllRoles, setShowAllRoles] = useState(false);
  const roleFocus = rolesInFocus(model?.roles ?? [], model?.members ?? [], showAllRoles, [selection?.role?.id]);
  const roleChoices = roleOptions(roleFocus.shown);
  const memberPicker = (label: string, value: string | undefined, key: 'memberId' | 'otherMemberId') => (
    <Choice label={label} value={value ?? null} options={memberChoices} onChange={(v) => choose({ [key]: v })} />
  );
  const rolePicker = (
    <>
      <Choice label="Role" value={selection?.role?.id ?? null} options={roleChoices} onChange={(v) => choose({ roleId: v })} />
      <RoleFocusToggle hidden={roleFocus.hidden} showAll={showAllRoles} onChange={setShowAllRoles} />
    </>
  );

  function body(): React.ReactNode {
    if (!model || !selection) return status === 'failed' ? null : <Loading what="the team" />;
    const { member, other, role } = selection;
    const needsPeople = current !== 'heatmap' && current !== 'coverage';
    if (needsPeople && !member) {
      return (
        <EmptyState title="No one on the team yet">
          <p>
            Add members in <a href={routeHref('team')}>Team</a> and rate their skills to compare them with the roles.
          </p>
        </EmptyState>
      );
    }
    if (needsPeople && !role) {
      return <EmptyState title="No roles in the catalog">Add a role in the Catalog to compare people against it.</EmptyState>;
    }
    switch (current) {
      case 'role':
        return (
          <>
            <div className="toolbar compare__pickers">
              {memberPicker('Member', member!.id, 'memberId')}
              {rolePicker}
            </div>
            <MemberRoleView model={model} memberId={member!.id} roleId={role!.id} />
          </>
        );
      case 'fit':
        return (
          <>
            <div className="toolbar compare__pickers">{memberPicker('Member', member!.id, 'memberId')}</div>
            <BestFitList model={model} memberId={member!.id} />
          </>
        );
      case 'side-by-side':
        return (
          <>
            <div className="toolbar compare__pickers">
              {memberPicker('First member', member!.id, 'memberId')}
              {memberPicker('Second member', other?.id, 'otherMemberId')}
              {rolePicker}
            </div>
            {other ? (
              <SideBySide model={model} firstId={member!.id} secondId={other.id} roleId={role!.id} />
            ) : (
              <EmptyState title="Only one person on the team">Add a second member in Team to compare two people.</EmptyState>
            )}
          </>
        );
      case 'heatmap':
        return <TeamHeatmap model={model} />;
      case 'coverage':
        return <RoleCoverageView model={model} />;
    }
  }

  return (
    <>
      <PageHeader title="Compare" subtitle="How ready your people are for the roles, where the gaps are, and who covers what." />
      <HelpLine>Choose a view below, then pick the member or the role to measure against.</HelpLine>
      <RouteTabs label="Comparisons" tabs={TABS} current={current} hrefOf={(id) => routeHref('compare', id)}>
        {TABS.map((t) => (
          <Tabs.Content key={t.id} value={t.id} className="tabs__panel">
            {t.id === current && body()}
          </Tabs.Content>
        ))}
      </RouteTabs>
    </>
  );
}

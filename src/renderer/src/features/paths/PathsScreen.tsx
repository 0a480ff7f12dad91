import type { TeamPaths } from '../../../../shared/api/operations/plans';
import { formatMoneyTotal, moneyDetails, type MoneyTotal } from '../../../../shared/reports/money';
import { Tabs } from 'radix-ui';
import { useEffect } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { HelpLine } from '../../components/HelpLine';
import { PageHeader } from '../../components/PageHeader';
import { plural } from '../../components/plural';
import { DataTable, type Column } from '../../components/table/DataTable';
import { routeHref } from '../../router';
import { usePaths } from '../../store/paths';
import { formatDay, formatTotalHours } from './format';
import { PathEditor } from './PathEditor';
import './paths.css';
import { TeamTimeline } from './TeamTimeline';

type PathRow = TeamPaths['members'][number];

/** A plan's cost for sorting: its sum in its main currency (the largest), published and assumed prices together. */
function costSortValue(total: MoneyTotal): number {
  const main = total.published[0]?.currency ?? total.assumed[0]?.currency ?? null;
  return [...total.published, ...total.assumed].filter((a) => a.currency === main).reduce((sum, a) => sum + a.amount, 0);
}

const PATH_COLUMNS: Column<PathRow>[] = [
  {
    id: 'name',
    header: 'Member',
    rowHeader: true,
    sortValue: (m) => m.name,
    cell: (m) => (
      <>
        <a className="table__primary" href={routeHref('paths', m.memberId)}>
          {m.name}
        </a>
        {m.title && <div className="table__secondary">{m.title}</div>}
      </>
    ),
  },
  { id: 'role', header: 'Target role', sortValue: (m) => m.targetRoleName, cell: (m) => m.targetRoleName ?? <span className="table__secondary">None set</span> },
  {
    id: 'plan',
    header: 'Plan',
    width: '160px',
    sortValue: (m) => m.plan?.name,
    cell: (m) => (
      <>
        {m.plan ? m.plan.name : <span className="table__secondary">No plan yet</span>}
        {m.variantCount > 1 && <div className="table__secondary">{m.variantCount} variants</div>}
      </>
    ),
  },
  { id: 'courses', header: 'Courses', numeric: true, width: '110px', firstDirection: 'desc', sortValue: (m) => m.plan?.courseCount, cell: (m) => m.plan?.courseCount ?? '—' },
  {
    id: 'hours',
    header: 'Hours left',
    numeric: true,
    width: '120px',
    firstDirection: 'desc',
    sortValue: (m) => m.totals?.remainingHours,
    cell: (m) => (m.totals ? formatTotalHours(m.totals.remainingHours) : '—'),
  },
  {
    id: 'cost',
    header: 'Cost',
    numeric: true,
    width: '130px',
    firstDirection: 'desc',
    sortValue: (m) => (m.totals ? costSortValue(m.totals.money) : undefined),
    cell: (m) => (
      <span title={m.totals ? moneyDetails(m.totals.money, 'times') || undefined : undefined}>
        {m.totals ? formatMoneyTotal(m.totals.money, { empty: 'Free', short: true }) : '—'}
      </span>
    ),
  },
  { id: 'finish', header: 'Finishes', width: '130px', sortValue: (m) => m.totals?.finishDate, cell: (m) => (m.totals?.finishDate ? formatDay(m.totals.finishDate) : '—') },
];

function MembersTable() {
  const team = usePaths((s) => s.team)!;
  if (team.members.length === 0) {
    return (
      <EmptyState title="No team members yet">
        <p>
          Add the people you are training on the <a href={routeHref('team')}>Team</a> screen; each gets a learning path here.
        </p>
      </EmptyState>
    );
  }
  return (
    <DataTable
      listId="paths-members"
      label="Learning paths of the team"
      rows={team.members}
      columns={PATH_COLUMNS}
      rowKey={(m) => m.memberId}
      defaultSort={{ column: 'name', direction: 'asc' }}
      search={{ label: 'Search learning paths', text: (m) => [m.name, m.title, m.targetRoleName, m.plan?.name] }}
      count={(shown, total) => `${shown} of ${plural(total, 'member')}`}
      onOpenRow={(m) => (window.location.hash = routeHref('paths', m.memberId))}
    />
  );
}

function PathsHome({ tab }: { tab: string | undefined }) {
  const teamStatus = usePaths((s) => s.teamStatus);
  const team = usePaths((s) => s.team);
  useEffect(() => {
    void usePaths.getState().loadTeam();
  }, []);
  const current = tab === 'timeline' ? 'timeline' : 'members';
  return (
    <>
      <PageHeader title="Learning paths" subtitle="A visual learning graph per member, generated from their gaps and scheduled against their hours." />
      <HelpLine>Open a member, then “Generate from gaps”: the plan starts from their target role’s gaps, and you can move, add and remove steps after.</HelpLine>
      <Tabs.Root value={current} onValueChange={(v) => (window.location.hash = v === 'timeline' ? routeHref('paths', 'timeline') : routeHref('paths'))}>
        <Tabs.List className="tabs" aria-label="Learning paths views">
          <Tabs.Trigger value="members" className="tabs__trigger">
            Members
          </Tabs.Trigger>
          <Tabs.Trigger value="timeline" className="tabs__trigger">
            Team timeline
          </Tabs.Trigger>
        </Tabs.List>
        {!team ? (
          teamStatus === 'failed' ? (
            <EmptyState title="The learning paths could not be loaded">
              <p>The error is shown above; try again from the navigation.</p>
            </EmptyState>
          ) : (
            <Loading what="the team’s learning paths" />
          )
        ) : (
          <>
            <Tabs.Content value="members" className="tabs__panel">
              <MembersTable />
            </Tabs.Content>
            <Tabs.Content value="timeline" className="tabs__panel">
              <TeamTimeline team={team} />
            </Tabs.Content>
          </>
        )}
      </Tabs.Root>
    </>
  );
}

/** #/paths (members, #/paths/timeline the team timeline) and #/paths/<memberId>[/<planId>] (the editor). */
export function PathsScreen({ rest }: { rest: string[] }) {
  const [first, second] = rest;
  if (!first || first === 'timeline') return <PathsHome tab={first} />;
  return <PathEditor memberId={first} planId={second ?? null} />;
}

import { formatMoneyTotal, moneyDetails } from '../../../../shared/reports/money';
import { Tabs } from 'radix-ui';
import { useEffect } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { HelpLine } from '../../components/HelpLine';
import { PageHeader } from '../../components/PageHeader';
import { routeHref } from '../../router';
import { usePaths } from '../../store/paths';
import { formatDay, formatTotalHours } from './format';
import { PathEditor } from './PathEditor';
import './paths.css';
import { TeamTimeline } from './TeamTimeline';

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
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Member</th>
          <th scope="col">Target role</th>
          <th scope="col">Plan</th>
          <th scope="col" className="table__num">
            Courses
          </th>
          <th scope="col" className="table__num">
            Hours left
          </th>
          <th scope="col" className="table__num">
            Cost
          </th>
          <th scope="col">Finishes</th>
        </tr>
      </thead>
      <tbody>
        {team.members.map((m) => (
          <tr key={m.memberId}>
            <td>
              <a className="table__primary" href={routeHref('paths', m.memberId)}>
                {m.name}
              </a>
              {m.title && <div className="table__secondary">{m.title}</div>}
            </td>
            <td>{m.targetRoleName ?? <span className="table__secondary">None set</span>}</td>
            <td>
              {m.plan ? m.plan.name : <span className="table__secondary">No plan yet</span>}
              {m.variantCount > 1 && <div className="table__secondary">{m.variantCount} variants</div>}
            </td>
            <td className="table__num">{m.plan?.courseCount ?? '—'}</td>
            <td className="table__num">{m.totals ? formatTotalHours(m.totals.remainingHours) : '—'}</td>
            <td className="table__num" title={m.totals ? moneyDetails(m.totals.money, 'times') || undefined : undefined}>
              {m.totals ? formatMoneyTotal(m.totals.money, { empty: 'Free', short: true }) : '—'}
            </td>
            <td>{m.totals?.finishDate ? formatDay(m.totals.finishDate) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
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

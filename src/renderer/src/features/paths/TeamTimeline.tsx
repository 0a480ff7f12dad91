import type { TeamPaths } from '../../../../shared/api/operations/plans';
import { EmptyState } from '../../components/EmptyState';
import { routeHref } from '../../router';
import { formatHours } from '../catalog/format';
import { formatMoney, formatMonth, formatTotalHours } from './format';
import { GanttBars } from './GanttBars';


/** Every member's active plan on one axis, with the team's hours and cost per month and per quarter. */
export function TeamTimeline({ team }: { team: TeamPaths }) {
  const scheduled = team.members.filter((m) => m.bars.some((b) => b.start && b.end));
  if (scheduled.length === 0) {
    return (
      <EmptyState title="Nothing is scheduled yet">
        <p>Open a member’s learning path and generate it from their gaps; their courses then appear here on one time axis.</p>
      </EmptyState>
    );
  }
  const rows = scheduled.map((m) => ({
    id: m.memberId,
    label: (
      <a href={routeHref('paths', m.memberId)} className="gantt__member">
        <span>{m.name}</span>
        <span className="gantt__member-detail">
          {formatTotalHours(m.totals?.remainingHours ?? 0)} · {m.weeklyHours} h/week
        </span>
      </a>
    ),
    bars: m.bars
      .filter((b) => b.start && b.end && b.status !== 'skipped')
      .map((b) => ({ id: b.nodeId, label: b.title, start: b.start!, end: b.end!, status: b.status, detail: `${b.provider} · ${formatHours(b.hours)}` })),
  }));
  const totalHours = team.months.reduce((s, m) => s + m.hours, 0);
  const totalCost = team.months.reduce((s, m) => s + m.cost, 0);
  return (
    <div className="team-timeline">
      <GanttBars rows={rows} caption="Every member’s courses on one time axis" />
      <div className="team-timeline__tables">
        <table className="table team-timeline__table">
          <caption className="team-timeline__caption">Per month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col" className="table__num">
                Hours
              </th>
              <th scope="col" className="table__num">
                Cost of courses starting
              </th>
            </tr>
          </thead>
          <tbody>
            {team.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{formatMonth(m.month)}</th>
                <td className="table__num">{formatTotalHours(m.hours)}</td>
                <td className="table__num">{formatMoney(m.cost)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td className="table__num">{formatTotalHours(totalHours)}</td>
              <td className="table__num">{formatMoney(totalCost)}</td>
            </tr>
          </tfoot>
        </table>
        <table className="table team-timeline__table">
          <caption className="team-timeline__caption">Per quarter</caption>
          <thead>
            <tr>
              <th scope="col">Quarter</th>
              <th scope="col" className="table__num">
                Hours
              </th>
              <th scope="col" className="table__num">
                Cost
              </th>
            </tr>
          </thead>
          <tbody>
            {team.quarters.map((q) => (
              <tr key={q.quarter}>
                <th scope="row">{q.quarter.replace('-', ' ')}</th>
                <td className="table__num">{formatTotalHours(q.hours)}</td>
                <td className="table__num">{formatMoney(q.cost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">Hours are counted in the month they are scheduled; a course’s cost in the month it starts. Courses without a published price count as 0.</p>
    </div>
  );
}

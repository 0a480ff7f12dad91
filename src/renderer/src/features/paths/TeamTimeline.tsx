import type { TeamPaths } from '../../../../shared/api/operations/plans';
import { EmptyState } from '../../components/EmptyState';
import { routeHref } from '../../router';
import { formatHours } from '../catalog/format';
import { formatMoney, formatMonth, formatTotalHours } from './format';
import { GanttBars } from './GanttBars';

/** Every member's active plan on one axis, with the team's hours and cost per month and per quarter. */
export function TeamTimeline({ team }: { team: TeamPaths }) {
  const scheduled = team.members.filter((m) => [...m.bars, ...m.milestones].some((b) => b.start && b.end));
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
      .map((b) => ({ id: b.nodeId, label: b.title, start: b.start!, end: b.end!, status: b.status, detail: `${b.provider} · ${formatHours(b.hours)}` }))
      .concat(
        m.milestones
          .filter((b) => b.start && b.end)
          .map((b) => ({ id: b.nodeId, label: b.label, start: b.start!, end: b.end!, status: b.status, detail: `Mentoring milestone · ${formatTotalHours(b.hours)}` })),
      ),
  }));
  const totalHours = team.months.reduce((s, m) => s + m.hours, 0);
  const totalCost = team.months.reduce((s, m) => s + m.cost, 0);
  return (
    <div className="team-timeline">
      <GanttBars rows={rows} caption="Every member’s courses and mentoring milestones on one time axis" />
      <div className="team-timeline__tables">
        <PeriodTable
          caption="Per month"
          period="Month"
          costLabel="Cost of courses starting"
          rows={team.months.map((m) => ({ key: m.month, label: formatMonth(m.month), hours: m.hours, cost: m.cost }))}
          total={{ hours: totalHours, cost: totalCost }}
        />
        <PeriodTable
          caption="Per quarter"
          period="Quarter"
          costLabel="Cost"
          rows={team.quarters.map((q) => ({ key: q.quarter, label: q.quarter.replace('-', ' '), hours: q.hours, cost: q.cost }))}
        />
      </div>
      <p className="hint">Hours are counted in the month they are scheduled; a course’s cost in the month it starts. Courses without a published price count as 0.</p>
    </div>
  );
}

/** Hours and cost per period (month or quarter), with an optional total row. */
function PeriodTable({
  caption,
  period,
  costLabel,
  rows,
  total,
}: {
  caption: string;
  period: string;
  costLabel: string;
  rows: { key: string; label: string; hours: number; cost: number }[];
  total?: { hours: number; cost: number };
}) {
  return (
    <table className="table team-timeline__table">
      <caption className="team-timeline__caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{period}</th>
          <th scope="col" className="table__num">
            Hours
          </th>
          <th scope="col" className="table__num">
            {costLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="table__num">{formatTotalHours(r.hours)}</td>
            <td className="table__num">{formatMoney(r.cost)}</td>
          </tr>
        ))}
      </tbody>
      {total && (
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="table__num">{formatTotalHours(total.hours)}</td>
            <td className="table__num">{formatMoney(total.cost)}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

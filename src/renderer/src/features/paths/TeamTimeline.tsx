import type { TeamPaths } from '../../../../shared/api/operations/plans';
import { formatMoneyTotal, moneyDetails, type MoneyTotal } from '../../../../shared/reports/money';
import { EmptyState } from '../../components/EmptyState';
import { routeHref } from '../../router';
import { formatHours } from '../catalog/format';
import { formatMonth, formatTotalHours } from './format';
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
    blackouts: m.blackouts,
    label: (
      <a href={routeHref('paths', m.memberId)} className="gantt__member" title={m.totals ? moneyDetails(m.totals.money, 'times') || undefined : undefined}>
        <span>{m.name}</span>
        <span className="gantt__member-detail">
          {formatTotalHours(m.totals?.remainingHours ?? 0)} · {m.weeklyHours} h/week
        </span>
        {m.totals && (
          <span className="gantt__member-detail" data-testid="member-cost">
            {formatMoneyTotal(m.totals.money, { empty: 'Free' })}
          </span>
        )}
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
  return (
    <div className="team-timeline">
      <GanttBars rows={rows} caption="Every member’s courses and mentoring milestones on one time axis" />
      <div className="team-timeline__tables">
        <PeriodTable
          caption="Per month"
          period="Month"
          costLabel="Cost of courses starting"
          rows={team.months.map((m) => ({ key: m.month, label: formatMonth(m.month), hours: m.hours, money: m.money }))}
          total={{ hours: totalHours, money: team.money }}
        />
        <PeriodTable
          caption="Per quarter"
          period="Quarter"
          costLabel="Cost"
          rows={team.quarters.map((q) => ({ key: q.quarter, label: q.quarter.replace('-', ' '), hours: q.hours, money: q.money }))}
        />
      </div>
      <p className="hint">
        Hours are counted in the month they are scheduled; a course’s cost in the month it starts. Courses without a published price are
        counted apart, never as 0; hover a total to see which. The total is every active plan’s courses, scheduled or not.
      </p>
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
  rows: { key: string; label: string; hours: number; money: MoneyTotal }[];
  total?: { hours: number; money: MoneyTotal };
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
            <td className="table__num" title={moneyDetails(r.money) || undefined}>
              {formatMoneyTotal(r.money, { short: true })}
            </td>
          </tr>
        ))}
      </tbody>
      {total && (
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="table__num">{formatTotalHours(total.hours)}</td>
            <td className="table__num" title={moneyDetails(total.money) || undefined} data-testid="team-total-cost">
              {formatMoneyTotal(total.money, { empty: 'Free', short: true })}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

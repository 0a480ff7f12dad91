import { useMemo } from 'react';
import { formatAmount, formatMoneyTotal } from '../../../../shared/reports/money';
import { openGapReasonText } from '../../../../shared/reports/open-gaps';
import { usePaths } from '../../store/paths';
import { formatDay, formatTotalHours, levelName } from './format';
import { GanttBars } from './GanttBars';
import { usePlanFacts, type PlanFacts } from './plan-facts';

const PROBLEMS = {
  'no-hours': 'This member has 0 learning hours a week, so nothing can be scheduled. Set weekly hours on the Team screen.',
  cycle: 'The plan has a loop, so it has no order. Remove an edge of the loop.',
  'too-long': 'Some courses do not fit in the next ten years at these weekly hours; they are left unscheduled.',
} as const;

/** Total hours, cost and finish date, and what the last generation left open. */
export function PlanTotals() {
  const facts = usePlanFacts();
  const workspace = usePaths((s) => s.workspace)!;
  const { schedule } = facts;
  const report = workspace.plan?.generation;
  const courseTitle = (id: string) => facts.courses.get(id)?.title ?? id;
  return (
    <div className="plan-totals">
      <dl className="plan-totals__figures">
        <div>
          <dt>Total hours</dt>
          <dd data-testid="total-hours">{formatTotalHours(schedule.totalHours)}</dd>
        </div>
        <div>
          <dt>Still to learn</dt>
          <dd>{formatTotalHours(schedule.remainingHours)}</dd>
        </div>
        <div className="plan-totals__cost">
          <dt>Total cost</dt>
          <dd data-testid="total-cost">{formatMoneyTotal(facts.money, { empty: 'Free' })}</dd>
        </div>
        <div>
          <dt>Finish date</dt>
          <dd data-testid="finish-date">{schedule.finishDate ? formatDay(schedule.finishDate) : '—'}</dd>
        </div>
      </dl>
      {facts.money.unpricedTitles.length > 0 && (
        <div className="plan-totals__unpriced" data-testid="unpriced-courses">
          <p>Without a published price, not in the total:</p>
          <ul className="bullets">
            {facts.money.unpricedTitles.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        </div>
      )}
      {facts.money.assumedTitles.length > 0 && (
        <p className="plan-totals__note" data-testid="assumed-courses">
          At the price you assumed when generating: {facts.money.assumedTitles.join(', ')}.
        </p>
      )}
      <p className="plan-totals__basis">
        {workspace.member.weeklyHours} h a week from {formatDay(workspace.member.startDate ?? workspace.today)}
        {workspace.blackouts.length > 0 && `, skipping ${workspace.blackouts.length} blackout period${workspace.blackouts.length === 1 ? '' : 's'}`}
        {workspace.plan && workspace.plan.settings.maxParallel > 1 && `, up to ${workspace.plan.settings.maxParallel} courses at once`}.
      </p>
      {schedule.problem && (
        <p className="plan-totals__problem" role="alert">
          {PROBLEMS[schedule.problem]}
        </p>
      )}
      {report && report.unpricedLeftOut.length > 0 && report.limits.budgetCap !== null && (
        <details className="plan-totals__report plan-totals__left-out" data-testid="unpriced-left-out">
          <summary>
            {report.unpricedLeftOut.length} course{report.unpricedLeftOut.length === 1 ? '' : 's'} left out under the budget cap of{' '}
            {formatAmount(report.limits.budgetCap, report.limits.budgetCurrency)}: no published price
          </summary>
          <ul className="bullets">
            {report.unpricedLeftOut.map((id) => (
              <li key={id}>{courseTitle(id)}</li>
            ))}
          </ul>
          <p>To consider them, enter an assumed price for them in Generate from gaps.</p>
        </details>
      )}
      {report && (
        <details className="plan-totals__report">
          <summary>
            Generated with {report.method === 'exact' ? 'an exact search' : 'a heuristic'} over {report.candidateCount} candidate course
            {report.candidateCount === 1 ? '' : 's'}
            {report.open.length > 0 ? ` · ${report.open.length} gap${report.open.length === 1 ? '' : 's'} no course closes` : ''}
          </summary>
          <p>
            {report.method === 'exact'
              ? 'The chosen courses are provably the best for the objective within the limits.'
              : 'Above 20 candidate courses the planner uses a greedy heuristic (best value per hour or per cost, then removing redundant courses); the result is good but not guaranteed to be the best.'}
          </p>
          {report.open.length > 0 && (
            <ul className="bullets">
              {report.open.map((o) => (
                <li key={`${o.skill}@${o.level}`}>
                  {facts.skillName(o.skill)} to {levelName(o.level)}: {openGapReasonText(o, courseTitle)}.
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
    </div>
  );
}

/** The member's courses on a time axis, in schedule order. */
export function PlanTimeline() {
  const facts = usePlanFacts();
  // The facts change with the graph's content; positions do not matter here.
  const rows = useMemo(() => timelineRows(facts), [facts]);
  if (rows.length === 0) {
    return <p className="plan-timeline__empty">No course is scheduled yet. Add courses to the plan, or generate it from the member’s gaps.</p>;
  }
  return <GanttBars rows={rows} caption="Timeline of the plan’s courses" />;
}

function timelineRows(facts: PlanFacts) {
  return usePaths
    .getState()
    .nodes
    .filter((n) => n.data.kind === 'course' && n.data.status !== 'skipped')
    .map((n) => ({ node: n, dates: facts.schedule.dates.get(n.id) }))
    .filter((r) => r.dates?.start && r.dates.end)
    .sort((a, b) => a.dates!.start!.localeCompare(b.dates!.start!))
    .map(({ node, dates }) => {
      const title = facts.courses.get(node.data.courseId!)?.title ?? node.data.courseId!;
      return { id: node.id, label: title, bars: [{ id: node.id, label: title, start: dates!.start!, end: dates!.end!, status: node.data.status }] };
    });
}

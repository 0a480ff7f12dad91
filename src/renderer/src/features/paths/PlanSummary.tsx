import { useMemo } from 'react';
import { formatAmount, formatMoneyTotal } from '../../../../shared/reports/money';
import { openGapReasonText } from '../../../../shared/reports/open-gaps';
import type { Blackout, PlanNodeStatus } from '../../../../shared/domain/plan';
import { bookingText, hoursBreakdownText, hoursText, readinessPairText } from '../../../../shared/reports/plan-effort-text';
import { usePaths } from '../../store/paths';
import { formatDay, formatTotalHours, levelName } from './format';
import { mentorLabel } from '../../../../shared/planning/plan-effort';
import { GanttBars } from './GanttBars';
import { usePlanFacts, type PlanFacts } from './plan-facts';
import './plan-totals.css';

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
  const readiness = readinessPairText(facts.readinessAtEnd);
  return (
    <div className="plan-totals">
      <dl className="plan-totals__figures">
        <div>
          <dt>Total hours</dt>
          <dd data-testid="total-hours">{hoursText(schedule.totalHours)}</dd>
          <dd className="plan-totals__note" data-testid="hours-breakdown">
            {hoursBreakdownText(schedule)}
          </dd>
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
        {workspace.targetRole && (
          <div className="plan-totals__wide">
            <dt>Readiness at plan end</dt>
            <dd>
              <span data-testid="readiness-courses">{readiness.throughCourses}</span> <span className="plan-totals__unit">through courses</span>
            </dd>
            <dd>
              <span data-testid="readiness-milestones">{readiness.withMilestones}</span>{' '}
              <span className="plan-totals__unit">with mentoring milestones done</span>
            </dd>
          </div>
        )}
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
      {readiness.caveat && <p className="plan-totals__basis">{readiness.caveat}</p>}
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

const NO_BLACKOUTS: readonly Blackout[] = [];

/** The member's courses on a time axis, in schedule order, with their blackout periods. */
export function PlanTimeline() {
  const facts = usePlanFacts();
  // The facts change with the graph's content; positions do not matter here.
  const rows = useMemo(() => timelineRows(facts), [facts]);
  const blackouts = usePaths((s) => s.workspace?.blackouts ?? NO_BLACKOUTS);
  if (rows.length === 0) {
    return <p className="plan-timeline__empty">No course is scheduled yet. Add courses to the plan, or generate it from the member’s gaps.</p>;
  }
  return <GanttBars rows={rows} caption="Timeline of the plan’s courses, exams and milestones" blackouts={blackouts} />;
}

function timelineRows(facts: PlanFacts) {
  type Row = { id: string; label: string; bars: { id: string; label: string; start: string; end: string; status: PlanNodeStatus }[] };
  const rows: Row[] = [];
  for (const node of usePaths.getState().nodes) {
    const { kind, status } = node.data;
    const dates = facts.schedule.dates.get(node.id);
    if (status === 'skipped' || !dates?.start || !dates.end || kind === 'skill') continue;
    if (kind === 'milestone') {
      const hours = facts.schedule.nodeHours.get(node.id) ?? 0;
      if (hours <= 0) continue;
      const mentor = mentorLabel(facts.milestones.get(node.id)?.mentors ?? []);
      const label = `${node.data.label || 'Milestone'} (${hoursText(hours)}, mentor: ${mentor})`;
      rows.push({ id: node.id, label, bars: [{ id: node.id, label, start: dates.start, end: dates.end, status }] });
      continue;
    }
    const title = facts.courses.get(node.data.courseId!)?.title ?? node.data.courseId!;
    const booking = facts.schedule.bookings.get(node.id);
    const label = booking ? `${title} (${bookingText(booking)})` : title;
    const exam = facts.schedule.exams.get(node.id);
    const studyEnd = exam?.studyEnd ?? dates.end;
    const bars = [{ id: node.id, label, start: dates.start, end: studyEnd, status }];
    if (exam?.date) bars.push({ id: `${node.id}:exam`, label: `Exam: ${title} (${hoursText(exam.hours)})`, start: exam.date, end: exam.date, status });
    rows.push({ id: node.id, label, bars });
  }
  return rows.sort((a, b) => a.bars[0]!.start.localeCompare(b.bars[0]!.start));
}

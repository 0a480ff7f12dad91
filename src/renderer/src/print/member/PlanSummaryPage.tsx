import { IMPORTANCE_LABELS } from '../../../../shared/domain/proficiency';
import { readinessPercent } from '../../../../shared/planning/readiness';
import { formatAmount, formatMoneyTotal } from '../../../../shared/reports/money';
import { hoursBreakdownText, hoursText, type readinessPairText } from '../../../../shared/reports/plan-effort-text';
import type { PlanReport } from '../../../../shared/reports/plan-report';
import { formatDay } from '../../features/paths/format';
import { levelText } from './print-words';

/** How many open gaps page 1 lists; the full gap table follows the schedule. */
export const TOP_GAP_COUNT = 6;

export interface SummaryFacts {
  memberName: string;
  memberTitle: string;
  targetRole: string | null;
  planName: string | null;
  today: string;
  weeklyHours: number;
  startDate: string;
  report: PlanReport;
  readiness: ReturnType<typeof readinessPairText>;
  /** Courses a budget cap left out because no price is published, and the cap. */
  unpricedLeftOut: { titles: string[]; cap: { amount: number; currency: string | null } | null };
}

const percent = (r: number | null) => (r === null ? '—' : `${readinessPercent(r)} %`);

/**
 * Page 1 of the member PDF, the page a director reads: who, for which role, readiness now → with the courses →
 * with the mentoring done, the hours, the cost with every unknown price named, the finish date and the largest
 * gaps. Always one portrait page; everything longer follows on later pages.
 */
export function PlanSummaryPage({ facts }: { facts: SummaryFacts }) {
  const { report, readiness } = facts;
  const openGaps = report.gaps.filter((g) => g.gap > 0);
  const top = openGaps.slice(0, TOP_GAP_COUNT);
  const money = report.money;
  return (
    <section className="print-summary-page" aria-labelledby="summary-h">
      <header className="print-header">
        <p className="print-kicker">Learning plan</p>
        <h1 id="summary-h">{facts.memberName}</h1>
        <dl className="print-facts">
          <dt>Title</dt>
          <dd>{facts.memberTitle || '—'}</dd>
          <dt>Target role</dt>
          <dd data-testid="summary-role">{facts.targetRole ?? 'No target role'}</dd>
          <dt>Plan</dt>
          <dd>{facts.planName ?? 'No plan yet'}</dd>
          <dt>Date</dt>
          <dd>{formatDay(facts.today)}</dd>
          <dt>Learning time</dt>
          <dd>
            {facts.weeklyHours} h a week from {formatDay(facts.startDate)}
          </dd>
        </dl>
      </header>

      <h2>Readiness for {facts.targetRole ?? 'the target role'}</h2>
      <ol className="summary-readiness" aria-label="Readiness now, with the courses, with the mentoring">
        <li>
          <span className="summary-figure">{percent(report.readinessNow)}</span>
          <span className="summary-caption">Readiness now</span>
        </li>
        <li aria-hidden="true" className="summary-arrow">
          →
        </li>
        <li>
          <span className="summary-figure">{readiness.throughCourses}</span>
          <span className="summary-caption">with the courses</span>
        </li>
        <li aria-hidden="true" className="summary-arrow">
          →
        </li>
        <li>
          <span className="summary-figure">{readiness.withMilestones}</span>
          <span className="summary-caption">with the mentoring too</span>
        </li>
      </ol>
      <p className="print-summary">
        Readiness at plan end: <span className="print-strong" data-testid="readiness-courses">{readiness.throughCourses}</span> through courses ·{' '}
        <span className="print-strong" data-testid="readiness-milestones">{readiness.withMilestones}</span> with mentoring milestones done.
        {readiness.caveat && <> {readiness.caveat}</>}
      </p>

      <dl className="summary-totals">
        <div>
          <dt>Hours</dt>
          <dd className="summary-figure">{hoursText(report.totals.hours)}</dd>
        </div>
        <div>
          <dt>Cost</dt>
          <dd className="summary-figure">{formatMoneyTotal(money, { empty: 'Free', short: true })}</dd>
        </div>
        <div>
          <dt>Finish date</dt>
          <dd className="summary-figure">{formatDay(report.totals.finishDate)}</dd>
        </div>
      </dl>
      <p className="print-summary">
        Total hours {hoursText(report.totals.hours)}: {hoursBreakdownText(report.totals)} ({hoursText(report.totals.remainingHours)} still to do) ·
        total cost {formatMoneyTotal(money, { empty: 'Free' })} · finish date {formatDay(report.totals.finishDate)}
      </p>
      {money.unpricedTitles.length > 0 && (
        <p className="print-summary">Without a published price, not in the total: {money.unpricedTitles.join('; ')}.</p>
      )}
      {money.assumedTitles.length > 0 && <p className="print-summary">At the price assumed when generating: {money.assumedTitles.join('; ')}.</p>}
      {facts.unpricedLeftOut.titles.length > 0 && facts.unpricedLeftOut.cap && (
        <p className="print-summary">
          Left out under the budget cap of {formatAmount(facts.unpricedLeftOut.cap.amount, facts.unpricedLeftOut.cap.currency)} because no price is
          published: {facts.unpricedLeftOut.titles.join('; ')}.
        </p>
      )}

      <h2>{openGaps.length > TOP_GAP_COUNT ? `The ${TOP_GAP_COUNT} largest gaps of ${openGaps.length}` : 'Gaps'}</h2>
      {top.length === 0 ? (
        <p>{facts.targetRole ? 'No gap: the member meets every requirement of the target role.' : 'The member has no target role.'}</p>
      ) : (
        <table className="print-table" data-testid="summary-gaps">
          <thead>
            <tr>
              <th>Skill</th>
              <th>Importance</th>
              <th>Now</th>
              <th>Required</th>
              <th>At plan end</th>
            </tr>
          </thead>
          <tbody>
            {top.map((g) => (
              <tr key={g.skillId}>
                <td className="print-strong">{g.skillName}</td>
                <td>{IMPORTANCE_LABELS[g.importance]}</td>
                <td className="nowrap">
                  {levelText(g.current)}
                  {g.stale ? ' (stale)' : ''}
                </td>
                <td className="nowrap">{levelText(g.required)}</td>
                <td className="nowrap">{levelText(g.atPlanEnd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

import { STATUS_LABELS } from '../../../../shared/domain/plan';
import { IMPORTANCE_LABELS } from '../../../../shared/domain/proficiency';
import { formatCoursePrice, formatMoneyTotal } from '../../../../shared/reports/money';
import { bookingText, hoursText } from '../../../../shared/reports/plan-effort-text';
import type { PlanReport } from '../../../../shared/reports/plan-report';
import { formatDay } from '../../features/paths/format';
import { levelText } from './print-words';

/** Courses (with their exam rows) and milestones in one list, by start date. */
function scheduleSteps(report: PlanReport) {
  const steps = [
    ...report.courses.map((row) => ({ kind: 'course' as const, start: row.start, row })),
    ...report.milestones.map((row) => ({ kind: 'milestone' as const, start: row.start, row })),
  ];
  return steps.sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999'));
}

/** A course's row, and its exam as a row of its own. */
function CourseRows({ c }: { c: PlanReport['courses'][number] }) {
  return (
    <>
      <tr>
        <td>
          <span className="print-strong">{c.title}</span>
          <span className="print-muted">
            {' '}
            · {c.provider}
            {c.booking && ` · ${bookingText(c.booking)}`}
          </span>
        </td>
        <td>{STATUS_LABELS[c.status]}</td>
        <td className="nowrap">{formatDay(c.start)}</td>
        <td className="nowrap">{formatDay(c.exam?.studyEnd ?? c.end)}</td>
        <td className="num">{hoursText(c.hours)}</td>
        <td className="num">{formatCoursePrice(c.cost, c.currency)}</td>
      </tr>
      {c.exam && (
        <tr>
          <td>
            Exam: {c.title} <span className="print-muted">· exam sitting, its own part</span>
          </td>
          <td>{STATUS_LABELS[c.status]}</td>
          <td className="nowrap">{formatDay(c.exam.date)}</td>
          <td className="nowrap">{formatDay(c.exam.date)}</td>
          <td className="num">{hoursText(c.exam.hours)}</td>
          <td className="num" />
        </tr>
      )}
    </>
  );
}

/** A mentoring milestone: its effort, dates and suggested mentor. */
function MilestoneRow({ m }: { m: PlanReport['milestones'][number] }) {
  return (
    <tr>
      <td>
        <span className="print-strong">{m.label}</span>
        <span className="print-muted">
          {' '}
          · {m.skillName ? `${m.skillName} ${m.from} → ${m.target} · ` : ''}mentor: {m.mentor}
        </span>
      </td>
      <td>{STATUS_LABELS[m.status]}</td>
      <td className="nowrap">{formatDay(m.start)}</td>
      <td className="nowrap">{formatDay(m.end)}</td>
      <td className="num">{hoursText(m.hours)}</td>
      <td className="num" />
    </tr>
  );
}

/** Every step of the plan by start date: courses, exams and mentoring milestones, with the totals. */
export function ScheduleTable({ report }: { report: PlanReport }) {
  return (
    <section aria-labelledby="schedule-h">
      <h2 id="schedule-h">Schedule</h2>
      {report.courses.length === 0 && report.milestones.length === 0 ? (
        <p>The plan has no courses yet.</p>
      ) : (
        <table className="print-table print-table--compact">
          <thead>
            <tr>
              <th>Step</th>
              <th>Status</th>
              <th>Start</th>
              <th>End</th>
              <th className="num">Hours</th>
              <th className="num">Cost</th>
            </tr>
          </thead>
          <tbody>
            {scheduleSteps(report).map((step) =>
              step.kind === 'milestone' ? <MilestoneRow key={step.row.nodeId} m={step.row} /> : <CourseRows key={step.row.nodeId} c={step.row} />,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th colSpan={3}>Totals</th>
              <td className="nowrap">Finish {formatDay(report.totals.finishDate)}</td>
              <td className="num">{hoursText(report.totals.hours)}</td>
              <td className="num" data-testid="pdf-total-cost">
                {formatMoneyTotal(report.money, { empty: 'Free', short: true })}
              </td>
            </tr>
          </tfoot>
        </table>
      )}
    </section>
  );
}

/** Every required skill of the target role: now, required, the gap and where the plan takes it. */
export function GapTable({ report, roleName, hasRole }: { report: PlanReport; roleName: string; hasRole: boolean }) {
  return (
    <section aria-labelledby="gaps-h">
      <h2 id="gaps-h">Gaps for {roleName}</h2>
      {report.gaps.length === 0 ? (
        <p>{hasRole ? 'The target role lists no required skills.' : 'The member has no target role.'}</p>
      ) : (
        <table className="print-table print-table--compact">
          <thead>
            <tr>
              <th>Skill</th>
              <th>Importance</th>
              <th>Required</th>
              <th>Now</th>
              <th className="num">Gap</th>
              <th>At plan end</th>
            </tr>
          </thead>
          <tbody>
            {report.gaps.map((g) => (
              <tr key={g.skillId} className={g.gap > 0 ? 'gap-open' : undefined}>
                <td>{g.skillName}</td>
                <td>{IMPORTANCE_LABELS[g.importance]}</td>
                <td className="nowrap">{levelText(g.required)}</td>
                <td className="nowrap">
                  {levelText(g.current)}
                  {g.stale ? ' (stale)' : ''}
                </td>
                <td className="num">{g.gap}</td>
                <td className="nowrap">{levelText(g.atPlanEnd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Gaps only mentoring or on-the-job work closes, and the notes written on the plan's steps. */
export function OpenGapsAndNotes({ report }: { report: PlanReport }) {
  return (
    <>
      <section aria-labelledby="open-h">
        <h2 id="open-h">Gaps no course closes</h2>
        {report.openGaps.length === 0 ? (
          <p>None: every gap the plan addresses is closed by a course.</p>
        ) : (
          <ul className="print-list">
            {report.openGaps.map((g) => (
              <li key={g.skillName}>
                <span className="print-strong">{g.skillName}</span>: from {levelText(g.current)} to {levelText(g.required)} by mentoring or on-the-job
                work ({g.reason}); scheduled above with its effort and mentor.
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="notes-h">
        <h2 id="notes-h">Notes</h2>
        {report.notes.length === 0 ? (
          <p>No notes on the plan.</p>
        ) : (
          <dl className="print-notes">
            {report.notes.map((n, i) => (
              <div key={i}>
                <dt>{n.label}</dt>
                <dd>{n.note}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </>
  );
}

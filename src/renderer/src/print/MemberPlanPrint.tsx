import { useMemo } from 'react';
import { STATUS_LABELS } from '../../../shared/domain/plan';
import { IMPORTANCE_LABELS, PROFICIENCY_LABELS } from '../../../shared/domain/proficiency';
import { readinessPercent } from '../../../shared/planning/readiness';
import { formatAmount, formatCoursePrice, formatMoneyTotal } from '../../../shared/reports/money';
import { bookingText, hoursBreakdownText, hoursText, readinessPairText } from '../../../shared/reports/plan-effort-text';
import { planReport, type PlanReport } from '../../../shared/reports/plan-report';
import { paperFor } from '../../../shared/reports/paper';
import { call } from '../api';
import { formatHours } from '../features/catalog/format';
import { formatDay } from '../features/paths/format';
import { PlanGraphPicture } from './PlanGraphPicture';
import { PrintFrame } from './PrintFrame';
import { usePrintData } from './print-data';

const percent = (r: number | null) => (r === null ? '—' : `${readinessPercent(r)} %`);
const level = (l: number | null) => (l === null ? 'Not rated' : `${l} ${PROFICIENCY_LABELS[l]}`);

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
          <div className="print-strong">{c.title}</div>
          <div className="print-muted">
            {c.provider}
            {c.booking && ` · ${bookingText(c.booking)}`}
          </div>
        </td>
        <td>{STATUS_LABELS[c.status]}</td>
        <td>{formatDay(c.start)}</td>
        <td>{formatDay(c.exam?.studyEnd ?? c.end)}</td>
        <td className="num">{hoursText(c.hours)}</td>
        <td className="num">{formatCoursePrice(c.cost, c.currency)}</td>
      </tr>
      {c.exam && (
        <tr>
          <td>
            <div>Exam: {c.title}</div>
            <div className="print-muted">Exam sitting, its own part</div>
          </td>
          <td>{STATUS_LABELS[c.status]}</td>
          <td>{formatDay(c.exam.date)}</td>
          <td>{formatDay(c.exam.date)}</td>
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
        <div className="print-strong">{m.label}</div>
        <div className="print-muted">
          {m.skillName ? `${m.skillName} ${m.from} → ${m.target} · ` : ''}mentor: {m.mentor}
        </div>
      </td>
      <td>{STATUS_LABELS[m.status]}</td>
      <td>{formatDay(m.start)}</td>
      <td>{formatDay(m.end)}</td>
      <td className="num">{hoursText(m.hours)}</td>
      <td className="num" />
    </tr>
  );
}

/** `#/print/member/<id>`: a member's plan for a 1:1, a budget meeting or an auditor. */
export function MemberPlanPrint({ memberId }: { memberId: string }) {
  const { data, failure } = usePrintData(async () => {
    const [workspace, courses, skills, settings] = await Promise.all([
      call('plans.workspace', { memberId, planId: null }),
      call('courses.list', {}),
      call('skills.list', {}),
      call('settings.get', {}),
    ]);
    return { workspace, courses, skills, settings };
  }, [memberId]);

  const view = useMemo(() => {
    if (!data) return null;
    const courses = new Map(data.courses.map((c) => [c.id, c]));
    const skills = new Map(data.skills.map((s) => [s.id, s]));
    const skillName = (id: string) => skills.get(id)?.name ?? id;
    const report = planReport({
      today: data.workspace.today,
      member: data.workspace.member,
      targetRole: data.workspace.targetRole,
      levels: data.workspace.levels,
      blackouts: data.workspace.blackouts,
      plan: data.workspace.plan,
      courses,
      skillName,
      milestoneHoursPerLevel: data.workspace.milestoneHoursPerLevel,
      teammates: data.workspace.teammates.map((t) => ({ ...t, levels: new Map(t.levels.map((l) => [l.skillId, l.level])) })),
      memberId: data.workspace.member.id,
    });
    return { courses, skillName, report, readiness: readinessPairText(report.readinessAtEnd) };
  }, [data]);

  const paper = data ? paperFor(data.settings.paperSize, navigator.language) : null;
  const member = data?.workspace.member;
  const plan = data?.workspace.plan ?? null;
  const title = member ? `Learning plan – ${member.name}` : 'Learning plan';
  const unpricedLeftOut = (plan?.generation?.unpricedLeftOut ?? []).map((id) => view?.courses.get(id)?.title ?? id);

  return (
    <PrintFrame title={title} paper={paper} ready={!!view} failure={failure}>
      {member && view && paper && (
        <article className="print-report">
          <header className="print-header">
            <p className="print-kicker">Learning plan</p>
            <h1>{member.name}</h1>
            <dl className="print-facts">
              <dt>Title</dt>
              <dd>{member.title || '—'}</dd>
              <dt>Target role</dt>
              <dd>{data.workspace.targetRole?.name ?? 'No target role'}</dd>
              <dt>Plan</dt>
              <dd>{plan ? plan.name : 'No plan yet'}</dd>
              <dt>Date</dt>
              <dd>{formatDay(data.workspace.today)}</dd>
              <dt>Readiness now</dt>
              <dd className="print-strong">{percent(view.report.readinessNow)}</dd>
              <dt>Readiness at plan end</dt>
              <dd>
                <span className="print-strong" data-testid="readiness-courses">{view.readiness.throughCourses}</span> through courses ·{' '}
                <span className="print-strong" data-testid="readiness-milestones">{view.readiness.withMilestones}</span> with mentoring milestones done
              </dd>
              <dt>Learning time</dt>
              <dd>{member.weeklyHours} h a week from {formatDay(member.startDate ?? data.workspace.today)}</dd>
            </dl>
            {view.readiness.caveat && <p className="print-muted print-caveat">{view.readiness.caveat}</p>}
          </header>

          <section aria-labelledby="gaps-h">
            <h2 id="gaps-h">Gaps for {data.workspace.targetRole?.name ?? 'the target role'}</h2>
            {view.report.gaps.length === 0 ? (
              <p>{data.workspace.targetRole ? 'The target role lists no required skills.' : 'The member has no target role.'}</p>
            ) : (
              <table className="print-table">
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
                  {view.report.gaps.map((g) => (
                    <tr key={g.skillId} className={g.gap > 0 ? 'gap-open' : undefined}>
                      <td>{g.skillName}</td>
                      <td>{IMPORTANCE_LABELS[g.importance]}</td>
                      <td>{level(g.required)}</td>
                      <td>
                        {level(g.current)}
                        {g.stale ? ' (stale)' : ''}
                      </td>
                      <td className="num">{g.gap}</td>
                      <td>{level(g.atPlanEnd)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>

          <section aria-labelledby="schedule-h" className="print-keep">
            <h2 id="schedule-h">Schedule</h2>
            {view.report.courses.length === 0 && view.report.milestones.length === 0 ? (
              <p>The plan has no courses yet.</p>
            ) : (
              <table className="print-table">
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
                  {scheduleSteps(view.report).map((step) => (step.kind === 'milestone' ? <MilestoneRow key={step.row.nodeId} m={step.row} /> : <CourseRows key={step.row.nodeId} c={step.row} />))}
                </tbody>
                <tfoot>
                  <tr>
                    <th colSpan={3}>Totals</th>
                    <td>Finish {formatDay(view.report.totals.finishDate)}</td>
                    <td className="num">{hoursText(view.report.totals.hours)}</td>
                    <td className="num" data-testid="pdf-total-cost">
                      {formatMoneyTotal(view.report.money, { empty: 'Free', short: true })}
                    </td>
                  </tr>
                </tfoot>
              </table>
            )}
            <p className="print-summary">
              Total hours {hoursText(view.report.totals.hours)}: {hoursBreakdownText(view.report.totals)} ({hoursText(view.report.totals.remainingHours)}{' '}
              still to do) · total cost {formatMoneyTotal(view.report.money, { empty: 'Free' })} · finish date{' '}
              {formatDay(view.report.totals.finishDate)}
            </p>
            {view.report.money.unpricedTitles.length > 0 && (
              <p className="print-summary">
                Without a published price, not in the total: {view.report.money.unpricedTitles.join('; ')}.
              </p>
            )}
            {view.report.money.assumedTitles.length > 0 && (
              <p className="print-summary">At the price assumed when generating: {view.report.money.assumedTitles.join('; ')}.</p>
            )}
            {unpricedLeftOut.length > 0 && plan?.generation?.limits.budgetCap != null && (
              <p className="print-summary">
                Left out under the budget cap of {formatAmount(plan.generation.limits.budgetCap, plan.generation.limits.budgetCurrency)} because
                no price is published: {unpricedLeftOut.join('; ')}.
              </p>
            )}
          </section>

          <section aria-labelledby="open-h">
            <h2 id="open-h">Gaps no course closes</h2>
            {view.report.openGaps.length === 0 ? (
              <p>None: every gap the plan addresses is closed by a course.</p>
            ) : (
              <ul className="print-list">
                {view.report.openGaps.map((g) => (
                  <li key={g.skillName}>
                    <span className="print-strong">{g.skillName}</span>: from {level(g.current)} to {level(g.required)} by
                    mentoring or on-the-job work ({g.reason}); scheduled above with its effort and mentor.
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="notes-h">
            <h2 id="notes-h">Notes</h2>
            {view.report.notes.length === 0 ? (
              <p>No notes on the plan.</p>
            ) : (
              <dl className="print-notes">
                {view.report.notes.map((n, i) => (
                  <div key={i}>
                    <dt>{n.label}</dt>
                    <dd>{n.note}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>

          {plan && plan.nodes.length > 0 && (
            <PlanGraphPicture
              plan={plan}
              paper={paper}
              labels={{
                title: (n) =>
                  n.kind === 'course'
                    ? (view.courses.get(n.courseId!)?.title ?? n.label)
                    : n.kind === 'skill'
                      ? view.skillName(n.skillId!)
                      : n.label || view.skillName(n.milestoneSkillId ?? ''),
                detail: (n) => {
                  if (n.kind === 'course') {
                    const c = view.courses.get(n.courseId!);
                    return c ? `${c.provider.slice(0, 22)} · ${formatHours(c.hours)} · ${formatCoursePrice(c.cost, c.currency)}` : '';
                  }
                  const skill = n.kind === 'skill' ? n.skillId : n.milestoneSkillId;
                  const now = data.workspace.levels.find((l) => l.skillId === skill)?.level ?? 0;
                  return n.targetLevel ? `Level ${now} → ${n.targetLevel}` : `Level ${now}`;
                },
              }}
            />
          )}
        </article>
      )}
    </PrintFrame>
  );
}

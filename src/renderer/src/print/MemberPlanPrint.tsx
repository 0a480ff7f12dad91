import { useMemo } from 'react';
import { formatCoursePrice } from '../../../shared/reports/money';
import { readinessPairText } from '../../../shared/reports/plan-effort-text';
import { planReport } from '../../../shared/reports/plan-report';
import { paperFor } from '../../../shared/reports/paper';
import { call } from '../api';
import { formatHours } from '../features/catalog/format';
import { PlanSummaryPage } from './member/PlanSummaryPage';
import { GapTable, OpenGapsAndNotes, ScheduleTable } from './member/PlanTables';
import { PlanGraphPicture } from './PlanGraphPicture';
import { PrintFrame } from './PrintFrame';
import { usePrintData } from './print-data';
import './member/member-print.css';

/**
 * `#/print/member/<id>[/with-graph]`: a member's plan for a 1:1, a budget meeting or an auditor. Page 1 is the
 * summary; then the schedule, the gaps and the notes; the full learning graph only as an appendix, on request.
 */
export function MemberPlanPrint({ memberId, graphAppendix }: { memberId: string; graphAppendix: boolean }) {
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
  const limits = plan?.generation?.limits;

  return (
    <PrintFrame title={title} paper={paper} ready={!!view} failure={failure}>
      {member && view && paper && (
        <article className="print-report">
          <PlanSummaryPage
            facts={{
              memberName: member.name,
              memberTitle: member.title,
              targetRole: data.workspace.targetRole?.name ?? null,
              planName: plan?.name ?? null,
              today: data.workspace.today,
              weeklyHours: member.weeklyHours,
              startDate: member.startDate ?? data.workspace.today,
              report: view.report,
              readiness: view.readiness,
              unpricedLeftOut: {
                titles: (plan?.generation?.unpricedLeftOut ?? []).map((id) => view.courses.get(id)?.title ?? id),
                cap: limits?.budgetCap != null ? { amount: limits.budgetCap, currency: limits.budgetCurrency } : null,
              },
            }}
          />

          <ScheduleTable report={view.report} />
          <GapTable report={view.report} roleName={data.workspace.targetRole?.name ?? 'the target role'} hasRole={!!data.workspace.targetRole} />
          <OpenGapsAndNotes report={view.report} />

          {graphAppendix && plan && plan.nodes.length > 0 && (
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

import { useMemo } from 'react';
import { formatCoursePrice } from '../../../shared/reports/money';
import { readinessPairText } from '../../../shared/reports/plan-effort-text';
import { planReport } from '../../../shared/reports/plan-report';
import { paperFor } from '../../../shared/reports/paper';
import { layoutRoadmap, roadmapCatalog, storedDates } from '../../../shared/roadmap';
import { call } from '../api';
import { formatHours } from '../features/catalog/format';
import { PlanSummaryPage } from './member/PlanSummaryPage';
import { GapTable, OpenGapsAndNotes, ScheduleTable } from './member/PlanTables';
import { RoadmapPages } from './member/RoadmapPages';
import { PlanGraphPicture } from './PlanGraphPicture';
import { PrintFrame } from './PrintFrame';
import { usePrintData } from './print-data';
import './member/member-print.css';

/**
 * `#/print/member/<id>[/with-graph]`: a member's plan for a 1:1, a budget meeting or an auditor. Page 1 is the
 * summary; then the roadmap on one or two landscape pages; then the schedule, the gaps and the notes; the full learning graph only as an appendix, on request.
 */
export function MemberPlanPrint({ memberId, graphAppendix }: { memberId: string; graphAppendix: boolean }) {
  const { data, failure } = usePrintData(async () => {
    const [workspace, courses, skills, categories, settings] = await Promise.all([
      call('plans.workspace', { memberId, planId: null }),
      call('courses.list', {}),
      call('skills.list', {}),
      call('categories.list', {}),
      call('settings.get', {}),
    ]);
    return { workspace, courses, skills, categories, settings };
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
    const plan = data.workspace.plan;
    // The roadmap places each step by the same schedule the tables print.
    const scheduled = [...report.courses, ...report.milestones].map((r) => [r.nodeId, { start: r.start, end: r.end }] as const);
    const roadmapInput = plan &&
      plan.nodes.some((n) => n.kind !== 'skill') && {
        nodes: plan.nodes,
        edges: plan.edges,
        dates: new Map([...storedDates(plan.nodes), ...scheduled]),
        startDate: data.workspace.member.startDate ?? data.workspace.today,
        current: new Map(data.workspace.levels.map((l) => [l.skillId, l.level])),
        catalog: roadmapCatalog(data.skills, data.categories, data.courses),
        blackouts: data.workspace.blackouts,
      };
    // As on screen (month or quarter columns by the plan's span); by quarter when months do not fit on paper.
    const roadmaps = roadmapInput ? [layoutRoadmap(roadmapInput), layoutRoadmap({ ...roadmapInput, granularity: 'quarter' })] : [];
    return { courses, skillName, report, roadmaps, readiness: readinessPairText(report.readinessAtEnd) };
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

          {view.roadmaps.length > 0 && <RoadmapPages layouts={view.roadmaps} paper={paper} />}
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

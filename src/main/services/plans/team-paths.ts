import type { z } from 'zod';
import type { teamPaths } from '../../../shared/api/operations/plans';
import { quarterOf } from '../../../shared/planning/schedule';
import type { Db } from '../../db/open';
import { localToday } from '../team/clock';
import { planningFacts } from './planning-facts';

type TeamPaths = z.input<typeof teamPaths>;

function addTo(totals: Map<string, { hours: number; cost: number }>, key: string, hours: number, cost: number) {
  const t = totals.get(key) ?? { hours: 0, cost: 0 };
  totals.set(key, { hours: t.hours + hours, cost: t.cost + cost });
}

/**
 * The team's learning on one axis: every member's active plan scheduled from their own hours, start date and
 * blackout periods, with the team's scheduled hours and the cost of courses starting, per month and quarter.
 */
export function teamPathsService(db: Db, today: () => string = localToday) {
  const facts = planningFacts(db, today);
  return {
    overview(): TeamPaths {
      return db.transaction(() => {
        const courses = new Map(facts.catalog.courses().map((c) => [c.id, c]));
        const roleNames = facts.catalog.roleNames();
        const months = new Map<string, { hours: number; cost: number }>();
        const members = facts.members.list().map((m) => {
          const variants = facts.plans.summaries(m.id);
          const summary = variants.find((p) => p.isActive) ?? null;
          const base = {
            memberId: m.id,
            name: m.name,
            title: m.title,
            weeklyHours: m.weeklyHours,
            targetRoleName: m.targetRoleId ? (roleNames.get(m.targetRoleId) ?? null) : null,
            plan: summary,
            variantCount: variants.length,
          };
          const plan = summary ? facts.plans.get(summary.id) : undefined;
          if (!plan) return { ...base, totals: null, bars: [], milestones: [] };
          const s = facts.schedule(plan, m, courses);
          for (const [month, hours] of s.hoursByMonth) addTo(months, month, hours, 0);
          for (const [month, cost] of s.costByMonth) addTo(months, month, 0, cost);
          const bars = plan.nodes
            .filter((n) => n.kind === 'course' && courses.has(n.courseId!))
            .map((n) => {
              const c = courses.get(n.courseId!)!;
              const d = s.dates.get(n.id)!;
              return { nodeId: n.id, courseId: c.id, title: c.title, provider: c.provider, start: d.start, end: d.end, hours: c.hours, cost: c.cost, status: n.status };
            })
            .sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999'));
          const milestones = plan.nodes
            .filter((n) => n.kind === 'milestone' && n.status !== 'skipped' && (s.dates.get(n.id)?.start ?? null) !== null)
            .map((n) => ({ nodeId: n.id, label: n.label || 'Milestone', ...s.dates.get(n.id)!, hours: s.nodeHours.get(n.id) ?? 0, status: n.status }))
            .filter((m) => m.hours > 0);
          const { totalHours, studyHours, examHours, milestoneHours, remainingHours, totalCost, unpricedCount, finishDate, problem } = s;
          const totals = { totalHours, studyHours, examHours, milestoneHours, remainingHours, totalCost, unpricedCount, finishDate, problem };
          return { ...base, totals, bars, milestones };
        });
        const quarters = new Map<string, { hours: number; cost: number }>();
        for (const [month, t] of months) addTo(quarters, quarterOf(month), t.hours, t.cost);
        const sorted = <K extends string>(m: Map<string, { hours: number; cost: number }>, key: K) =>
          [...m.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => ({ [key]: k, ...t }) as { hours: number; cost: number } & Record<K, string>);
        return { today: today(), members, months: sorted(months, 'month'), quarters: sorted(quarters, 'quarter') };
      })();
    },
  };
}

import type { z } from 'zod';
import type { teamPaths } from '../../../shared/api/operations/plans';
import { quarterOf } from '../../../shared/planning/schedule';
import { addMoneyTotals, assumedPricesOf, planMoney, type MoneyTotal, type PlanCourseLine } from '../../../shared/reports/money';
import type { Db } from '../../db/open';
import { localToday } from '../team/clock';
import { planningFacts } from './planning-facts';

type TeamPaths = z.input<typeof teamPaths>;

interface Period {
  hours: number;
  money: MoneyTotal[];
}

function addTo(totals: Map<string, Period>, key: string, hours: number, money?: MoneyTotal) {
  const t = totals.get(key) ?? { hours: 0, money: [] };
  totals.set(key, { hours: t.hours + hours, money: money ? [...t.money, money] : t.money });
}

/**
 * The team's learning on one axis: every member's active plan scheduled from their own hours, start date and
 * blackout periods, with the team's scheduled hours and the cost of courses starting, per month and quarter.
 * Money is summed by `planMoney` (src/shared/reports/money.ts), as in the editor and the PDF.
 */
export function teamPathsService(db: Db, today: () => string = localToday) {
  const facts = planningFacts(db, today);
  return {
    overview(): TeamPaths {
      return db.transaction(() => {
        const courses = new Map(facts.catalog.courses().map((c) => [c.id, c]));
        const roleNames = facts.catalog.roleNames();
        const months = new Map<string, Period>();
        const planTotals: MoneyTotal[] = [];
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
            blackouts: facts.blackouts.forMember(m.id),
          };
          const plan = summary ? facts.plans.get(summary.id) : undefined;
          if (!plan) return { ...base, totals: null, bars: [], milestones: [] };
          const s = facts.schedule(plan, m, courses);
          for (const [month, hours] of s.hoursByMonth) addTo(months, month, hours);
          const assumed = assumedPricesOf(plan.settings.limits);
          // A course no longer in the catalog has no known price: it counts as unpriced, as in the editor.
          const lines: (PlanCourseLine & { start: string | null })[] = plan.nodes
            .filter((n) => n.kind === 'course')
            .map((n) => {
              const c = courses.get(n.courseId!);
              const start = s.dates.get(n.id)?.start ?? null;
              return { courseId: n.courseId!, title: c?.title ?? n.label, cost: c ? c.cost : null, currency: c?.currency ?? null, status: n.status, start };
            });
          const money = planMoney(lines, assumed);
          planTotals.push(money);
          // A course's cost falls in the month it starts.
          const byMonth = new Map<string, PlanCourseLine[]>();
          for (const l of lines) if (l.start) byMonth.set(l.start.slice(0, 7), [...(byMonth.get(l.start.slice(0, 7)) ?? []), l]);
          for (const [month, starting] of byMonth) addTo(months, month, 0, planMoney(starting, assumed));
          const bars = plan.nodes
            .filter((n) => n.kind === 'course' && courses.has(n.courseId!))
            .map((n) => {
              const c = courses.get(n.courseId!)!;
              const d = s.dates.get(n.id)!;
              return {
                nodeId: n.id,
                courseId: c.id,
                title: c.title,
                provider: c.provider,
                start: d.start,
                end: d.end,
                hours: c.hours,
                cost: c.cost,
                currency: c.currency,
                status: n.status,
              };
            })
            .sort((a, b) => (a.start ?? '9999').localeCompare(b.start ?? '9999'));
          const milestones = plan.nodes
            .filter((n) => n.kind === 'milestone' && n.status !== 'skipped' && (s.dates.get(n.id)?.start ?? null) !== null)
            .map((n) => ({ nodeId: n.id, label: n.label || 'Milestone', ...s.dates.get(n.id)!, hours: s.nodeHours.get(n.id) ?? 0, status: n.status }))
            .filter((m) => m.hours > 0);
          const { totalHours, studyHours, examHours, milestoneHours, remainingHours, finishDate, problem } = s;
          const totals = { totalHours, studyHours, examHours, milestoneHours, remainingHours, money, finishDate, problem };
          return { ...base, totals, bars, milestones };
        });
        const quarters = new Map<string, Period>();
        for (const [month, t] of months) {
          addTo(quarters, quarterOf(month), t.hours);
          for (const money of t.money) addTo(quarters, quarterOf(month), 0, money);
        }
        const sorted = <K extends string>(m: Map<string, Period>, key: K) =>
          [...m.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([k, t]) => ({ [key]: k, hours: t.hours, money: addMoneyTotals(t.money) }) as { hours: number; money: MoneyTotal } & Record<K, string>);
        return {
          today: today(),
          members,
          months: sorted(months, 'month'),
          quarters: sorted(quarters, 'quarter'),
          money: addMoneyTotals(planTotals),
        };
      })();
    },
  };
}

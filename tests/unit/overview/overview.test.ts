import { describe, expect, it } from 'vitest';
import type { TeamPaths } from '../../../src/shared/api/operations/plans';
import type { TeamSnapshot } from '../../../src/shared/api/operations/team';
import { DEFAULT_SETTINGS } from '../../../src/shared/domain/settings';
import type { Member, Rating } from '../../../src/shared/domain/team';
import { buildOverview, trendDays } from '../../../src/shared/overview/overview';
import { sumMoney } from '../../../src/shared/reports/money';

const TODAY = '2026-11-30';

const member = (id: string, name: string, targetRoleId: string | null): Member => ({
  id, name, title: '', currentRoleId: null, targetRoleId, weeklyHours: 4, startDate: null, notes: '', isDemo: false, version: 1,
});
let nextId = 1;
const rating = (memberId: string, skillId: string, level: number, source: Rating['source'], ratedOn: string): Rating =>
  ({ id: nextId++, memberId, skillId, level, source, ratedOn, evidence: '' }) as Rating;

const snapshot: TeamSnapshot = {
  today: TODAY,
  settings: { ...DEFAULT_SETTINGS, budget: { currency: 'USD', quarterAmount: 1200, yearAmount: 10000, quarterHours: 50, yearHours: null } },
  members: [member('ann', 'Ann', 'r'), member('ben', 'Ben', null), member('cy', 'Cy', 'r')],
  ratings: [
    rating('ann', 's2', 2, 'self', '2024-01-10'),
    rating('ann', 's1', 2, 'manager', '2026-09-15'),
    rating('ann', 's1', 4, 'manager', '2026-11-01'),
    rating('ben', 's1', 1, 'self', '2026-01-01'),
  ],
  roles: [{ id: 'r', name: 'Role R', archived: false, requirements: [{ skill: 's1', level: 4, importance: 3 }, { skill: 's2', level: 2, importance: 1 }] }],
  skills: [{ id: 's1', name: 'S1', category: 'c' }, { id: 's2', name: 'S2', category: 'c' }],
  categories: [{ id: 'c', name: 'C' }],
};

const usd = (amount: number) => sumMoney([{ title: 'x', cost: amount, currency: 'USD' }]);
const bar = (nodeId: string, title: string, start: string, end: string, status: 'planned' | 'in_progress' | 'done') => ({
  nodeId, courseId: nodeId, title, provider: 'P', start, end, hours: 10, cost: null, currency: null, status,
});
const summary = { id: 'p1', memberId: 'ann', name: 'Plan', isActive: true, targetRoleId: 'r', updatedAt: '', generatedAt: null, nodeCount: 5, courseCount: 4 };
const paths: TeamPaths = {
  today: TODAY,
  members: [
    {
      memberId: 'ann', name: 'Ann', title: '', weeklyHours: 4, targetRoleName: 'Role R', plan: summary, variantCount: 1, totals: null, blackouts: [],
      bars: [
        bar('c1', 'Course A', '2026-10-01', '2026-11-20', 'in_progress'),
        bar('c2', 'Course B', '2026-11-15', '2026-12-20', 'planned'),
        bar('c3', 'Course C', '2026-12-22', '2027-01-15', 'planned'),
        bar('c4', 'Course D', '2026-09-01', '2026-10-01', 'done'),
      ],
      milestones: [{ nodeId: 'm1', label: 'Mentoring', start: '2026-12-01', end: '2026-12-10', hours: 8, status: 'planned' }],
    },
    { memberId: 'ben', name: 'Ben', title: '', weeklyHours: 4, targetRoleName: null, plan: null, variantCount: 0, totals: null, bars: [], milestones: [], blackouts: [] },
    { memberId: 'cy', name: 'Cy', title: '', weeklyHours: 4, targetRoleName: 'Role R', plan: null, variantCount: 0, totals: null, bars: [], milestones: [], blackouts: [] },
  ],
  months: [
    { month: '2026-02', hours: 5, money: usd(100) },
    { month: '2026-10', hours: 20, money: usd(1000) },
    { month: '2026-11', hours: 30, money: sumMoney([{ title: 'x', cost: 500, currency: 'USD' }, { title: 'Course B', cost: null, currency: null }]) },
    { month: '2026-12', hours: 10, money: sumMoney([{ title: 'y', cost: 200, currency: 'EUR' }]) },
    { month: '2027-01', hours: 40, money: usd(9999) },
  ],
  quarters: [],
  money: usd(0),
};

describe('the team overview', () => {
  const o = buildOverview(snapshot, paths);

  it('counts what a first run still lacks', () => {
    expect(o.setup).toEqual({ members: 3, rated: 2, withTarget: 2, withPlan: 1 });
  });

  it('gives readiness for the target role with its trend from the rating history', () => {
    expect(trendDays(TODAY)).toEqual(['2026-05-30', '2026-06-30', '2026-07-30', '2026-08-30', '2026-09-30', '2026-10-30', '2026-11-30']);
    const ann = o.readiness.find((r) => r.memberId === 'ann')!;
    // Before September only S2 (2 of 2, weight 1) is known: 1/4. From 15 September S1 is 2 of 4 (weight 3): 2.5/4. Now 4/4.
    expect(ann.trend.map((p) => p.readiness)).toEqual([0.25, 0.25, 0.25, 0.25, 0.625, 0.625, 1]);
    expect(ann).toMatchObject({ readiness: 1, band: 'ready', change: 0.75, roleName: 'Role R' });
    const cy = o.readiness.find((r) => r.memberId === 'cy')!;
    expect(cy).toMatchObject({ readiness: 0, band: 'not-ready', change: 0 });
    expect(o.readiness.map((r) => r.memberId)).toEqual(['cy', 'ann']);
  });

  it('says which plans are behind, and why', () => {
    expect(o.plans.map((p) => [p.name, p.state])).toEqual([['Ann', 'behind'], ['Cy', 'no-plan']]);
    expect(o.plans[0]!.late.map((l) => [l.title, l.reason, l.date])).toEqual([
      ['Course B', 'not-started', '2026-11-15'],
      ['Course A', 'overdue', '2026-11-20'],
    ]);
  });

  it('measures this quarter and year against the budget, naming unknown prices and other currencies', () => {
    expect(o.quarter.label).toBe('2026-Q4');
    expect(o.quarter.hours).toBe(60);
    expect(o.quarter.budget).toMatchObject({
      spent: 1500, amount: 1200, spentShare: 1.25, overSpend: true, hours: 50, hoursShare: 1.2, overHours: true,
      otherCurrencies: [{ currency: 'EUR', amount: 200 }], unpricedTitles: ['Course B'],
    });
    expect(o.year.label).toBe('2026');
    expect(o.year.hours).toBe(65);
    expect(o.year.budget).toMatchObject({ spent: 1600, amount: 10000, spentShare: 0.16, overSpend: false, hours: null, hoursShare: null });
  });

  it('lists stale ratings to re-assess per member', () => {
    expect(o.stale).toEqual([{ memberId: 'ann', name: 'Ann', count: 1, oldest: '2024-01-10' }]);
  });

  it('lists what starts or is due in the next 30 days', () => {
    expect(o.upcoming.map((u) => [u.on, u.what, u.title])).toEqual([
      ['2026-12-01', 'starts', 'Mentoring'],
      ['2026-12-10', 'due', 'Mentoring'],
      ['2026-12-20', 'due', 'Course B'],
      ['2026-12-22', 'starts', 'Course C'],
    ]);
  });
});

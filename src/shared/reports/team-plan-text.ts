import type { TeamPlanResult } from '../api/operations/team-budget';
import { readinessPercent } from '../planning/readiness';
import { formatAmount } from './money';

/**
 * The team plan in words, once for the Team plan screen and its PDF, so both print the same figures.
 */
export const UNPLACED_REASON_LABELS: Record<TeamPlanResult['unplaced'][number]['reason'], string> = {
  budget: 'over budget: courses teach it, but the budget per period could not pay for them',
  hours: 'not enough hours: the courses that teach it do not fit the member’s weekly hours in the horizon',
  'no-course': 'no course in the catalog teaches it to this level',
  unpriced: 'only courses without a published price teach it (a price is never assumed to be 0)',
  'other-currency': 'only courses priced in another currency than the budget teach it',
};

export const UNPLACED_REASON_SHORT: Record<TeamPlanResult['unplaced'][number]['reason'], string> = {
  budget: 'Budget',
  hours: 'Hours',
  'no-course': 'No course',
  unpriced: 'No published price',
  'other-currency': 'Other currency',
};

export const PRIORITY_LABELS: Record<TeamPlanResult['priority'], string> = {
  readiness: 'Readiness gained per unit spent',
  critical: 'Critical gaps first',
  coverage: 'The team’s blind spots first',
};

export const percentText = (r: number) => `${readinessPercent(r)}%`;

/** The team's readiness: the mean of its planned members', before and after, as whole percentages. */
export function teamReadiness(plan: Pick<TeamPlanResult, 'members'>): { before: number; after: number } {
  const n = plan.members.length || 1;
  return {
    before: readinessPercent(plan.members.reduce((s, m) => s + m.readinessBefore, 0) / n),
    after: readinessPercent(plan.members.reduce((s, m) => s + m.readinessAfter, 0) / n),
  };
}

/** “54% → 79% (+25 points)”. */
export function readinessGainText(plan: Pick<TeamPlanResult, 'members'>): string {
  const { before, after } = teamReadiness(plan);
  return `${before}% → ${after}% (+${after - before} points)`;
}

/** “$5,000 per quarter”. */
export function budgetText(budget: TeamPlanResult['budget']): string {
  return `${formatAmount(budget.amount, budget.currency)} per ${budget.per}`;
}

/** “3 of 5 closed”; “none” when the team has no blind spot. */
export function blindSpotsText(plan: Pick<TeamPlanResult, 'blindSpots'>): string {
  const closed = plan.blindSpots.filter((b) => b.closed).length;
  return plan.blindSpots.length === 0 ? 'none on this team' : `${closed} of ${plan.blindSpots.length} closed`;
}

export const methodText = (method: TeamPlanResult['method']) =>
  method === 'exact' ? 'Exact (branch and bound: no better plan exists)' : 'Heuristic (greedy by value per unit spent: good, not proven best)';

/** “Level 1 of 3”. */
export const levelsText = (reached: number, required: number) => `level ${reached} of ${required}`;

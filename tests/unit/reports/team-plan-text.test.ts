import { describe, expect, it } from 'vitest';
import { blindSpotsText, budgetText, readinessGainText } from '../../../src/shared/reports/team-plan-text';

describe('the team plan in words (screen and PDF)', () => {
  it('reads the team’s readiness as the mean of its members’, in whole percentages rounded down', () => {
    // Means: (0.5 + 0.2) / 2 = 0.35 → 35 %; (0.75 + 0.4) / 2 = 0.575 → 57 %.
    const members = [
      { readinessBefore: 0.5, readinessAfter: 0.75 },
      { readinessBefore: 0.2, readinessAfter: 0.4 },
    ];
    expect(readinessGainText({ members } as never)).toBe('35% → 57% (+22 points)');
  });

  it('reads the budget and the blind spots', () => {
    expect(budgetText({ amount: 5000, currency: 'USD', per: 'quarter' })).toBe('$5,000 per quarter');
    expect(budgetText({ amount: 1500.5, currency: 'EUR', per: 'year' })).toBe('€1,500.50 per year');
    const spot = (closed: boolean) => ({ skill: 's', skillName: 'S', level: 2, closed });
    expect(blindSpotsText({ blindSpots: [spot(true), spot(false), spot(true)] })).toBe('2 of 3 closed');
    expect(blindSpotsText({ blindSpots: [] })).toBe('none on this team');
  });
});

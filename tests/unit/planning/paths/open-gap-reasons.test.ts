import { describe, expect, it } from 'vitest';
import { generationLimits, type GenerationLimits } from '../../../../src/shared/domain/plan';
import { budgetCurrencyOf, chooseCourses } from '../../../../src/shared/planning/path-generation';
import type { CourseFacts } from '../../../../src/shared/planning/path-needs';
import { openGapReasonText } from '../../../../src/shared/reports/open-gaps';

// One gap: Threat modelling to level 3. Small hand-made catalogs, one per reason.
const limits = (l: Partial<GenerationLimits> = {}): GenerationLimits => generationLimits.parse(l);
const course = (id: string, cost: number | null, currency: string | null = cost ? 'USD' : null, provider = 'Acme', level = 3): CourseFacts => ({
  id,
  provider,
  hours: 10,
  cost,
  currency,
  teaches: [{ skill: 'tm', level: level as 3 }],
  requires: [],
});
const generate = (courses: CourseFacts[], l: Partial<GenerationLimits> = {}) =>
  chooseCourses({
    roleNeeds: [{ skill: 'tm', level: 3, importance: 3 }],
    current: new Map(),
    skills: [{ id: 'tm', prerequisites: [] }],
    courses,
    limits: limits(l),
  });
const titles: Record<string, string> = { big: 'Big class', sans: 'SANS SEC595', euro: 'Euro course', shunned: 'Shunned course', paid: 'Paid course' };
const text = (open: ReturnType<typeof generate>['open'][number]) => openGapReasonText(open, (id) => titles[id] ?? id);

describe('why a gap stays open (hand-made catalogs)', () => {
  it('no course teaches it (a course to level 2 does not reach 3)', () => {
    const choice = generate([course('low', 100, 'USD', 'Acme', 2)]);
    expect(choice.open).toEqual([{ skill: 'tm', level: 3, origin: 'role', reason: 'no-course', leftOut: [] }]);
    expect(text(choice.open[0]!)).toBe('no course in the catalog teaches it to this level');
  });

  it('only courses above the budget cap: $900 against a $500 cap', () => {
    const choice = generate([course('big', 900)], { budgetCap: 500 });
    expect(choice.open[0]).toMatchObject({ reason: 'over-cap', leftOut: [{ courseId: 'big', reason: 'over-cap' }] });
    expect(text(choice.open[0]!)).toBe('only courses priced above the budget cap teach it: Big class');
  });

  it('only unpriced courses under a cap: left out and named; without a cap the same course is chosen', () => {
    const capped = generate([course('sans', null)], { budgetCap: 5000 });
    expect(capped.courses).toEqual([]);
    expect(capped.open[0]).toMatchObject({ reason: 'unpriced', leftOut: [{ courseId: 'sans', reason: 'unpriced' }] });
    expect(capped.unpricedLeftOut).toEqual(['sans']);
    expect(text(capped.open[0]!)).toBe(
      'only courses without a published price, under a budget cap teach it: SANS SEC595; an assumed price entered when generating lets them in',
    );
    const uncapped = generate([course('sans', null)]);
    expect(uncapped.courses.map((c) => c.id)).toEqual(['sans']);
    expect(uncapped.unpricedLeftOut).toEqual([]);
  });

  it('an assumed price lets an unpriced course in under a cap, and counts against it', () => {
    // Assumed $4,000 under a $5,000 cap: chosen, $4,000 spent.
    const fits = generate([course('sans', null)], { budgetCap: 5000, budgetCurrency: 'USD', assumedPrices: { sans: 4000 } });
    expect(fits.courses.map((c) => c.id)).toEqual(['sans']);
    expect(fits.budgetSpent).toBe(4000);
    expect(fits.unpricedLeftOut).toEqual([]);
    // Assumed $6,000: now above the cap, and said so.
    const over = generate([course('sans', null)], { budgetCap: 5000, budgetCurrency: 'USD', assumedPrices: { sans: 6000 } });
    expect(over.open[0]).toMatchObject({ reason: 'over-cap' });
  });

  it('only courses priced in another currency than the cap', () => {
    const choice = generate([course('euro', 300, 'EUR')], { budgetCap: 1000, budgetCurrency: 'USD' });
    expect(choice.open[0]).toMatchObject({ reason: 'other-currency', leftOut: [{ courseId: 'euro', reason: 'other-currency' }] });
  });

  it('excluded provider, and free only', () => {
    const excluded = generate([course('shunned', 0, null, 'Shunned')], { excludedProviders: ['shunned'] });
    expect(excluded.open[0]).toMatchObject({ reason: 'excluded-provider' });
    expect(text(excluded.open[0]!)).toBe('only courses from excluded providers teach it: Shunned course');
    const free = generate([course('paid', 200)], { freeOnly: true });
    expect(free.open[0]).toMatchObject({ reason: 'free-only' });
    expect(text(free.open[0]!)).toBe('only courses that are not free, with free courses only teach it: Paid course');
  });

  it('several limits at once name each with its courses', () => {
    const choice = generate([course('big', 900), course('shunned', 100, 'USD', 'Shunned'), course('sans', null)], {
      budgetCap: 500,
      excludedProviders: ['Shunned'],
    });
    expect(text(choice.open[0]!)).toBe(
      'only courses priced above the budget cap (Big class) or from excluded providers (Shunned course) or without a published price, under a budget cap (SANS SEC595) teach it',
    );
  });

  it('the cap runs out: each $300 course fits alone, not both under $500', () => {
    const choice = chooseCourses({
      roleNeeds: [
        { skill: 'tm', level: 3, importance: 3 },
        { skill: 'rt', level: 2, importance: 2 },
      ],
      current: new Map(),
      skills: [
        { id: 'tm', prerequisites: [] },
        { id: 'rt', prerequisites: [] },
      ],
      courses: [course('tm', 300), { ...course('rt', 300), teaches: [{ skill: 'rt', level: 2 }] }],
      limits: limits({ budgetCap: 500 }),
    });
    expect(choice.courses.map((c) => c.id)).toEqual(['tm']);
    expect(choice.open).toEqual([{ skill: 'rt', level: 2, origin: 'role', reason: 'budget', leftOut: [] }]);
  });

  it('the cap’s currency: the one given, else the one the priced courses use; several and none given is ambiguous', () => {
    expect(budgetCurrencyOf([course('a', 100), course('b', 0), course('c', null)], limits())).toBe('USD');
    expect(budgetCurrencyOf([course('a', 100), course('e', 100, 'EUR')], limits())).toBe('ambiguous');
    expect(budgetCurrencyOf([course('a', 100), course('e', 100, 'EUR')], limits({ budgetCurrency: 'EUR' }))).toBe('EUR');
    expect(budgetCurrencyOf([course('c', null)], limits())).toBeNull();
  });
});

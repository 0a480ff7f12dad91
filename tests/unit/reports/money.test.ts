import { describe, expect, it } from 'vitest';
import {
  addMoneyTotals,
  distinctTitles,
  formatAmount,
  formatCoursePrice,
  formatMoneyTotal,
  moneyDetails,
  planMoney,
  sumMoney,
} from '../../../src/shared/reports/money';

describe('money sums (hand-worked)', () => {
  it('adds within a currency, keeps currencies apart, and never counts an unknown price as 0', () => {
    const total = sumMoney([
      { title: 'A', cost: 1000, currency: 'USD' },
      { title: 'B', cost: 968, currency: 'USD' },
      { title: 'Free one', cost: 0, currency: null },
      { title: 'SANS SEC595', cost: null, currency: null },
      { title: 'SANS SEC546', cost: null, currency: null },
      { title: 'C', cost: 500, currency: 'EUR' },
    ]);
    // 1,000 + 968 = 1,968 dollars; 500 euros on their own; two unknown.
    expect(total.published).toEqual([
      { currency: 'USD', amount: 1968 },
      { currency: 'EUR', amount: 500 },
    ]);
    expect(total.unpricedTitles).toEqual(['SANS SEC595', 'SANS SEC546']);
    expect(total.itemCount).toBe(6);
    expect(formatMoneyTotal(total)).toBe('$1,968 + €500 + 2 courses without a published price');
  });

  it('reads like the issue asks: “$1,968 + 4 courses without a published price”', () => {
    const items = [
      { title: 'P1', cost: 1299, currency: 'USD' },
      { title: 'P2', cost: 669, currency: 'USD' },
      ...['U1', 'U2', 'U3', 'U4'].map((title) => ({ title, cost: null, currency: null })),
    ];
    expect(formatMoneyTotal(sumMoney(items))).toBe('$1,968 + 4 courses without a published price');
  });

  it('counts an assumed price apart and calls it assumed', () => {
    const total = sumMoney([
      { title: 'Priced', cost: 250, currency: 'USD' },
      { title: 'Guessed', cost: null, currency: null, assumed: { cost: 400, currency: 'USD' } },
      { title: 'Unknown', cost: null, currency: null },
    ]);
    expect(total.published).toEqual([{ currency: 'USD', amount: 250 }]);
    expect(total.assumed).toEqual([{ currency: 'USD', amount: 400 }]);
    expect(formatMoneyTotal(total)).toBe('$250 + $400 assumed + 1 course without a published price');
    expect(moneyDetails(total)).toBe('Without a published price: Unknown\nAt an assumed price: Guessed');
  });

  it('a stored cost without a currency sums on its own, never into dollars', () => {
    const total = sumMoney([
      { title: 'A', cost: 500, currency: 'USD' },
      { title: 'Old row', cost: 300, currency: null },
    ]);
    expect(formatMoneyTotal(total)).toBe('$500 + 300 (currency not given)');
  });

  it('“Free” only when every course is free; nothing reads as the empty text', () => {
    expect(formatMoneyTotal(sumMoney([{ title: 'A', cost: 0, currency: null }]))).toBe('Free');
    expect(formatMoneyTotal(sumMoney([]))).toBe('—');
    expect(formatMoneyTotal(sumMoney([]), { empty: 'Free' })).toBe('Free');
    expect(formatMoneyTotal(sumMoney([{ title: 'A', cost: null, currency: null }]))).toBe('1 course without a published price');
  });

  it('a plan’s money leaves skipped courses out and uses an assumed price only where none is published', () => {
    const lines = [
      { courseId: 'a', title: 'A', cost: 100, currency: 'USD', status: 'planned' },
      { courseId: 'b', title: 'B', cost: 900, currency: 'USD', status: 'skipped' },
      { courseId: 'c', title: 'C', cost: null, currency: null, status: 'done' },
      { courseId: 'd', title: 'D', cost: null, currency: null, status: 'planned' },
    ];
    // An assumed price for a priced course (a) is ignored; c is assumed at 40; d stays unknown.
    const total = planMoney(lines, { prices: { a: 1, c: 40 }, currency: 'USD' });
    expect(formatMoneyTotal(total)).toBe('$100 + $40 assumed + 1 course without a published price');
    expect(total.itemCount).toBe(3);
  });

  it('adds plans’ totals into a team budget per currency', () => {
    const one = sumMoney([{ title: 'X', cost: 100, currency: 'USD' }, { title: 'S', cost: null, currency: null }]);
    const two = sumMoney([{ title: 'Y', cost: 50, currency: 'USD' }, { title: 'Z', cost: 70, currency: 'GBP' }, { title: 'S', cost: null, currency: null }]);
    const team = addMoneyTotals([one, two]);
    expect(formatMoneyTotal(team)).toBe('$150 + £70 + 2 courses without a published price');
    expect(distinctTitles(team.unpricedTitles)).toEqual(['S (2 plans)']);
  });
});

describe('money formatting', () => {
  it('formats with the currency, whole amounts without cents', () => {
    expect(formatAmount(1968, 'USD')).toBe('$1,968');
    expect(formatAmount(49.5, 'USD')).toBe('$49.50');
    expect(formatAmount(500, 'EUR')).toBe('€500');
    expect(formatAmount(80, 'CAD')).toBe('CA$80');
    expect(formatAmount(12000, 'JPY')).toBe('¥12,000');
    expect(formatAmount(1968, null)).toBe('1,968 (currency not given)');
  });

  it('one course’s price reads “Free”, “Not published” or the amount', () => {
    expect(formatCoursePrice(0, null)).toBe('Free');
    expect(formatCoursePrice(null, null)).toBe('Not published');
    expect(formatCoursePrice(599, 'USD')).toBe('$599');
  });
});

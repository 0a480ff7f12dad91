import type { MoneyTotal } from '../reports/money';

/**
 * Planned hours and spend against a budget. Only amounts in the budget's currency are measured against it;
 * amounts in other currencies and courses without a published price are named apart (never counted as 0).
 */
export interface BudgetUse {
  currency: string;
  /** The budgeted amount, or null when none is set. */
  amount: number | null;
  /** Published prices in the budget's currency (assumed prices are not spending anyone agreed to). */
  spent: number;
  /** spent ÷ amount (null without a budget amount or with a budget of 0: `overSpend` then says it all). */
  spentShare: number | null;
  overSpend: boolean;
  hours: number | null;
  hoursShare: number | null;
  overHours: boolean;
  /** Amounts the budget cannot measure: other currencies, or prices only assumed. */
  otherCurrencies: { currency: string | null; amount: number }[];
  assumed: { currency: string | null; amount: number }[];
  /** Courses without a published (or assumed) price: named, so the total is read as a lower bound. */
  unpricedTitles: string[];
}

function share(used: number, of: number | null): number | null {
  return of === null || of === 0 ? null : used / of;
}

export function budgetUse(hours: number, money: MoneyTotal, budget: { amount: number | null; hours: number | null; currency: string }): BudgetUse {
  const spent = money.published.find((a) => a.currency === budget.currency)?.amount ?? 0;
  const spentShare = share(spent, budget.amount);
  const hoursShare = share(hours, budget.hours);
  return {
    currency: budget.currency,
    amount: budget.amount,
    spent,
    spentShare,
    overSpend: budget.amount !== null && spent > budget.amount,
    hours: budget.hours,
    hoursShare,
    overHours: budget.hours !== null && hours > budget.hours,
    otherCurrencies: money.published.filter((a) => a.currency !== budget.currency),
    assumed: money.assumed,
    unpricedTitles: [...new Set(money.unpricedTitles)],
  };
}

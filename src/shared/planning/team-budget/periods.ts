import { addDays, addMonths, format, parseISO } from 'date-fns';

/** A budget period inside the planning horizon: a calendar quarter (2027-Q1) or year (2027), clipped to the horizon. */
export interface BudgetPeriod {
  label: string;
  /** First and last day inside the horizon (YYYY-MM-DD). */
  start: string;
  end: string;
}

export type BudgetPer = 'quarter' | 'year';

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

/** The calendar period a day falls in: “2027-Q1” or “2027”. */
export function periodOf(day: string, per: BudgetPer): string {
  const year = day.slice(0, 4);
  return per === 'year' ? year : `${year}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The last day of the horizon: `horizonMonths` after `today`, the day before. */
export function horizonEnd(today: string, horizonMonths: number): string {
  return iso(addDays(addMonths(parseISO(today), horizonMonths), -1));
}

/**
 * The budget periods from `today` to the end of the horizon: every calendar quarter (or year) that overlaps it,
 * the first starting today and the last ending with the horizon. Each gets the whole budget of its period.
 */
export function budgetPeriods(today: string, horizonMonths: number, per: BudgetPer): BudgetPeriod[] {
  const last = horizonEnd(today, horizonMonths);
  const periods: BudgetPeriod[] = [];
  for (let d = parseISO(today); iso(d) <= last; ) {
    const label = periodOf(iso(d), per);
    const start = iso(d);
    const monthsLeft = per === 'year' ? 12 - d.getMonth() : 3 - (d.getMonth() % 3);
    const next = new Date(d.getFullYear(), d.getMonth() + monthsLeft, 1);
    const end = iso(addDays(next, -1)) < last ? iso(addDays(next, -1)) : last;
    periods.push({ label, start, end });
    d = next;
  }
  return periods;
}

/**
 * Hours a member can give by the end of each period (cumulative): weekly hours / 5 on every working day
 * (Monday to Friday, outside blackout periods) from their start (or the horizon's first day) to that period's end.
 */
export function cumulativeCapacity(
  periods: readonly BudgetPeriod[],
  weeklyHours: number,
  startsOn: string | null,
  blackouts: readonly { startsOn: string; endsOn: string }[],
): number[] {
  const perDay = weeklyHours / 5;
  const inBlackout = (day: string) => blackouts.some((b) => b.startsOn <= day && day <= b.endsOn);
  const utc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  const DAY = 86_400_000;
  let total = 0;
  return periods.map((p) => {
    const from = startsOn && startsOn > p.start ? startsOn : p.start;
    // Whole days in UTC: no time zone or daylight-saving shift can skip or repeat a day.
    for (let t = utc(from), last = utc(p.end); t <= last; t += DAY) {
      const weekday = new Date(t).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      if (blackouts.length && inBlackout(new Date(t).toISOString().slice(0, 10))) continue;
      total += perDay;
    }
    return Math.round(total * 100) / 100;
  });
}

import { format, parseISO } from 'date-fns';
import { readinessPercent } from '../../../../shared/planning/readiness';
import { formatAmount } from '../../../../shared/reports/money';

/** “58%”, or an em dash when there is nothing to measure. */
export function percent(readiness: number | null): string {
  return readiness === null ? '—' : `${readinessPercent(readiness)}%`;
}

/** “+12 points”, “−5 points”, “no change”: the trend in whole percentage points, rounded down as readiness is shown. */
export function changeText(first: number | null, now: number | null): string {
  if (first === null || now === null) return 'no trend';
  const points = readinessPercent(now) - readinessPercent(first);
  if (points === 0) return 'no change';
  return `${points > 0 ? '+' : '−'}${Math.abs(points)} point${Math.abs(points) === 1 ? '' : 's'}`;
}

/** “3 Dec 2026”. */
export function dateText(iso: string): string {
  return format(parseISO(iso), 'd MMM yyyy');
}

/** “1,234 h” (one decimal when not whole). */
export function hoursText(hours: number): string {
  return `${hours.toLocaleString('en-US', { maximumFractionDigits: 1 })} h`;
}

export function moneyText(amount: number, currency: string | null): string {
  return formatAmount(amount, currency);
}

/** A share of a budget as a whole percent, “—” without a budget. */
export function shareText(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

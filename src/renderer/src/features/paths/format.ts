import { format, parseISO } from 'date-fns';
import { PROFICIENCY_LABELS } from '../../../../shared/domain/proficiency';

/** “2 Mar 2026”. */
export function formatDay(iso: string | null | undefined): string {
  return iso ? format(parseISO(iso), 'd MMM yyyy') : '—';
}

/** “2 Mar – 12 Mar 2026”, or one day. */
export function formatSpan(start: string | null, end: string | null): string {
  if (!start || !end) return 'Not scheduled';
  if (start === end) return formatDay(start);
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  return `${format(parseISO(start), sameYear ? 'd MMM' : 'd MMM yyyy')} – ${formatDay(end)}`;
}

/** “Mar 2026” for a YYYY-MM month. */
export function formatMonth(month: string): string {
  return format(parseISO(`${month}-01`), 'MMM yyyy');
}

export function levelName(level: number): string {
  return PROFICIENCY_LABELS[level] ?? `Level ${level}`;
}

/** How far a skill is from its target: none, one level, or more. */
export function gapTone(current: number, target: number): 'met' | 'near' | 'far' {
  const gap = target - current;
  return gap <= 0 ? 'met' : gap === 1 ? 'near' : 'far';
}

/** Hours summed from shares of days: “101 h”, “4.8 h”. */
export function formatTotalHours(hours: number): string {
  const rounded = Math.round(hours * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} h`;
}

/** What went wrong, in the words the API (or the browser) gave. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

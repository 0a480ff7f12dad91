import { format, parseISO } from 'date-fns';
import type { PlanEndReadiness } from '../planning/plan-readiness';
import { readinessPercent } from '../planning/readiness';
import type { Booking } from '../planning/schedule';

/** How the editor and the member PDF word a plan's effort and readiness: the same words in both. */

/** Hours summed from shares of days, to a tenth: “101 h”, “4.8 h”. */
export function hoursText(hours: number): string {
  const rounded = Math.round(hours * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} h`;
}

/** “120 h study + 5.5 h exams + 60 h mentoring milestones” (parts that are 0 are left out; all 0: “0 h”). */
export function hoursBreakdownText(t: { studyHours: number; examHours: number; milestoneHours: number }): string {
  const parts = [
    t.studyHours > 0 ? `${hoursText(t.studyHours)} study` : null,
    t.examHours > 0 ? `${hoursText(t.examHours)} exams` : null,
    t.milestoneHours > 0 ? `${hoursText(t.milestoneHours)} mentoring milestones` : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(' + ') : '0 h';
}

const percent = (r: number | null) => (r === null ? '—' : `${readinessPercent(r)} %`);

/**
 * Readiness at plan end as two figures and, when the milestones make a difference, what that rests on:
 * work no course covers, which only counts once someone does it.
 */
export function readinessPairText(r: PlanEndReadiness): { throughCourses: string; withMilestones: string; caveat: string | null } {
  const differ = r.withMilestones !== null && r.throughCourses !== null && readinessPercent(r.withMilestones) !== readinessPercent(r.throughCourses);
  return {
    throughCourses: percent(r.throughCourses),
    withMilestones: percent(r.withMilestones),
    caveat: differ
      ? `The second figure counts ${r.milestoneCount} mentoring or on-the-job milestone${r.milestoneCount === 1 ? '' : 's'} as done; no course covers them.`
      : null,
  };
}

const day = (iso: string) => format(parseISO(iso), 'd MMM yyyy');

/** “Session 1–6 Mar 2027, in-person” or “No session fits; planned self-paced”. */
export function bookingText(booking: Booking): string {
  if (booking.kind === 'self-paced') return 'No session fits; planned self-paced';
  const { start, end, format: where } = booking.session;
  return `Session ${start === end ? day(start) : `${day(start)} – ${day(end)}`}, ${where}`;
}

import { OPEN_GAP_REASON_LABELS, type CourseLeftOutReason, type OpenGapReason } from '../domain/plan';

/** “courses … teach it”: what kind of courses a limit left out. */
const LEFT_OUT_KIND: Record<CourseLeftOutReason, string> = {
  'over-cap': 'priced above the budget cap',
  unpriced: 'without a published price, under a budget cap',
  'other-currency': 'priced in another currency than the budget',
  'excluded-provider': 'from excluded providers',
  'free-only': 'that are not free, with free courses only',
};

const MAX_TITLES = 3;

function titles(ids: readonly string[], courseTitle: (id: string) => string): string {
  const shown = ids.slice(0, MAX_TITLES).map(courseTitle).join(', ');
  return ids.length > MAX_TITLES ? `${shown} and ${ids.length - MAX_TITLES} more` : shown;
}

/**
 * Why generation left a gap open, in words, naming the courses a limit left out:
 * “only courses priced above the budget cap teach it: SANS SEC595”, or, when several limits close it off,
 * “only courses priced above the budget cap (A) or from excluded providers (B, C) teach it”.
 * The editor's generation report, the milestone's note and the member PDF all say it this way.
 */
export function openGapReasonText(
  gap: { reason: OpenGapReason; leftOut?: readonly { courseId: string; reason: CourseLeftOutReason }[] },
  courseTitle: (courseId: string) => string,
): string {
  const leftOut = gap.leftOut ?? [];
  if (leftOut.length === 0) return OPEN_GAP_REASON_LABELS[gap.reason];
  const byReason = new Map<CourseLeftOutReason, string[]>();
  for (const l of leftOut) byReason.set(l.reason, [...(byReason.get(l.reason) ?? []), l.courseId]);
  if (byReason.size === 1) {
    const [reason, ids] = [...byReason.entries()][0]!;
    const hint = reason === 'unpriced' ? '; an assumed price entered when generating lets them in' : '';
    return `only courses ${LEFT_OUT_KIND[reason]} teach it: ${titles(ids, courseTitle)}${hint}`;
  }
  const parts = [...byReason.entries()].map(([reason, ids]) => `${LEFT_OUT_KIND[reason]} (${titles(ids, courseTitle)})`);
  return `only courses ${parts.join(' or ')} teach it`;
}

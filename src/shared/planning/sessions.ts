import { addDays, format, parseISO } from 'date-fns';
import type { CourseSession } from '../domain/catalog';

/** Every calendar day of a session, first to last. */
export function sessionDays(session: Pick<CourseSession, 'start' | 'end'>): string[] {
  const days: string[] = [];
  for (let d = parseISO(session.start); format(d, 'yyyy-MM-dd') <= session.end && days.length < 400; d = addDays(d, 1)) {
    days.push(format(d, 'yyyy-MM-dd'));
  }
  return days;
}

/**
 * The session to book for a course ready on `readyOn`: the earliest that starts on or after that day, has
 * seats (0 means full; unknown counts as open), touches no blackout day and no day already booked for
 * another session. Null when none fits.
 */
export function pickSession(
  sessions: readonly CourseSession[],
  readyOn: string,
  inBlackout: (day: string) => boolean,
  bookedDays: ReadonlySet<string>,
): CourseSession | null {
  const fitting = sessions
    .filter((s) => s.start >= readyOn && s.seats !== 0)
    .filter((s) => sessionDays(s).every((d) => !inBlackout(d) && !bookedDays.has(d)))
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  return fitting[0] ?? null;
}

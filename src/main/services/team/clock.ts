import { format } from 'date-fns';

/**
 * Set `PLANNER_TODAY=YYYY-MM-DD` in the environment of the main process (the browser host, the desktop app) to
 * fix the app's date: the end-to-end tests do, so what is stale, due or behind is the same on every run.
 */
const FIXED_TODAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today on this machine as YYYY-MM-DD: ratings are dated in the user's own calendar. */
export function localToday(): string {
  const fixed = process.env.PLANNER_TODAY;
  if (fixed && FIXED_TODAY.test(fixed) && !Number.isNaN(Date.parse(`${fixed}T00:00:00Z`))) return fixed;
  return format(new Date(), 'yyyy-MM-dd');
}

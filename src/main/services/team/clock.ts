import { format } from 'date-fns';

/** Today on this machine as YYYY-MM-DD: ratings are dated in the user's own calendar. */
export function localToday(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

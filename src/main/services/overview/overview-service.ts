import { buildOverview, type TeamOverview } from '../../../shared/overview/overview';
import type { Db } from '../../db/open';
import { teamPathsService } from '../plans/team-paths';
import { localToday } from '../team/clock';
import { teamSnapshot } from '../team/team-snapshot';

/** The overview reads the snapshot and the schedules in one transaction (one "today") and computes in src/shared. */
export function overviewService(db: Db, today: () => string = localToday) {
  const paths = teamPathsService(db, today);
  return {
    team(): TeamOverview {
      return db.transaction(() => buildOverview(teamSnapshot(db, today), paths.overview()))();
    },
  };
}

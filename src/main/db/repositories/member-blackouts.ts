import type { Blackout } from '../../../shared/domain/plan';
import type { Db } from '../open';

/** Periods (holidays, crunch time) when a member does no learning; the schedule skips them. */
export function memberBlackoutsRepository(db: Db) {
  const forMember = db.prepare(
    'SELECT id, starts_on AS startsOn, ends_on AS endsOn, label FROM member_blackouts WHERE member_id = ? ORDER BY starts_on, id',
  );
  const removeAll = db.prepare('DELETE FROM member_blackouts WHERE member_id = ?');
  const insert = db.prepare(
    'INSERT INTO member_blackouts (id, member_id, starts_on, ends_on, label) VALUES (@id, @memberId, @startsOn, @endsOn, @label)',
  );
  return {
    forMember: (memberId: string) => forMember.all(memberId) as Blackout[],
    /** Replaces the member's periods with these. */
    replace(memberId: string, periods: readonly Blackout[]) {
      removeAll.run(memberId);
      for (const p of periods) insert.run({ ...p, memberId });
    },
  };
}

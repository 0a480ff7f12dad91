import type { Rating } from '../../../shared/domain/team';
import type { Db } from '../open';

const COLUMNS = 'id, member_id AS memberId, skill_id AS skillId, level, source, rated_on AS ratedOn, evidence';

export type NewRating = Omit<Rating, 'id'>;

export function ratingsRepository(db: Db) {
  const all = db.prepare(`SELECT ${COLUMNS} FROM ratings ORDER BY id`);
  // Newest first, as a history reads; same-day ratings in the order they were recorded, newest first.
  const forMember = db.prepare(`SELECT ${COLUMNS} FROM ratings WHERE member_id = ? ORDER BY rated_on DESC, id DESC`);
  const get = db.prepare(`SELECT ${COLUMNS} FROM ratings WHERE id = ?`);
  const insert = db.prepare(`INSERT INTO ratings (member_id, skill_id, level, source, rated_on, evidence)
    VALUES (@memberId, @skillId, @level, @source, @ratedOn, @evidence)`);
  const remove = db.prepare('DELETE FROM ratings WHERE id = ?');
  const countForMember = db.prepare('SELECT COUNT(*) AS n FROM ratings WHERE member_id = ?');
  return {
    all: () => all.all() as Rating[],
    forMember: (memberId: string) => forMember.all(memberId) as Rating[],
    get: (id: number) => get.get(id) as Rating | undefined,
    insert(r: NewRating): Rating {
      const id = Number(insert.run(r).lastInsertRowid);
      return { ...r, id };
    },
    delete: (id: number) => remove.run(id).changes,
    countForMember: (memberId: string) => (countForMember.get(memberId) as { n: number }).n,
  };
}

import type { Member } from '../../../shared/domain/team';
import type { Db } from '../open';

interface RawMember extends Omit<Member, 'isDemo'> {
  isDemo: number;
}

const COLUMNS = `id, name, title, current_role_id AS currentRoleId, target_role_id AS targetRoleId,
  weekly_hours AS weeklyHours, start_date AS startDate, notes, is_demo AS isDemo, version`;

function decode(r: RawMember): Member {
  return { ...r, isDemo: r.isDemo === 1 };
}

export function membersRepository(db: Db) {
  const list = db.prepare(`SELECT ${COLUMNS} FROM members ORDER BY name COLLATE NOCASE, id`);
  const get = db.prepare(`SELECT ${COLUMNS} FROM members WHERE id = ?`);
  const insert = db.prepare(`INSERT INTO members
    (id, name, title, current_role_id, target_role_id, weekly_hours, start_date, notes, is_demo)
    VALUES (@id, @name, @title, @currentRoleId, @targetRoleId, @weeklyHours, @startDate, @notes, @isDemo)`);
  const update = db.prepare(`UPDATE members SET name = @name, title = @title, current_role_id = @currentRoleId,
    target_role_id = @targetRoleId, weekly_hours = @weeklyHours, start_date = @startDate, notes = @notes,
    updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE id = @id`);
  const remove = db.prepare('DELETE FROM members WHERE id = ?');
  const listDemo = db.prepare(`SELECT ${COLUMNS} FROM members WHERE is_demo = 1 ORDER BY name COLLATE NOCASE`);
  const removeDemo = db.prepare('DELETE FROM members WHERE is_demo = 1');
  return {
    list: () => (list.all() as RawMember[]).map(decode),
    get(id: string): Member | undefined {
      const row = get.get(id) as RawMember | undefined;
      return row && decode(row);
    },
    insert: (m: Omit<Member, 'version'>) => insert.run({ ...m, isDemo: m.isDemo ? 1 : 0 }),
    /** Changes everything but the id and the demo mark. */
    update: (m: Omit<Member, 'isDemo' | 'version'>) => update.run({ id: m.id, name: m.name, title: m.title, currentRoleId: m.currentRoleId, targetRoleId: m.targetRoleId, weeklyHours: m.weeklyHours, startDate: m.startDate, notes: m.notes }),
    /** Deletes the member; their ratings and plans go with them (ON DELETE CASCADE). */
    delete: (id: string) => remove.run(id).changes,
    listDemo: () => (listDemo.all() as RawMember[]).map(decode),
    deleteDemo: () => removeDemo.run().changes,
  };
}

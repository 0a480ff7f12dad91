import type { SkillCategory } from '../../../shared/domain/catalog';
import type { Db } from '../open';

export function categoriesRepository(db: Db) {
  const list = db.prepare('SELECT id, name, description FROM skill_categories ORDER BY position, name');
  const get = db.prepare('SELECT id, name, description FROM skill_categories WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO skill_categories (id, name, description, position) VALUES (@id, @name, @description, @position)',
  );
  const update = db.prepare(
    'UPDATE skill_categories SET name = @name, description = @description, position = @position WHERE id = @id',
  );
  return {
    list: () => list.all() as SkillCategory[],
    get: (id: string) => get.get(id) as SkillCategory | undefined,
    insert: (c: SkillCategory, position: number) => insert.run({ ...c, position }),
    update: (c: SkillCategory, position: number) => update.run({ ...c, position }),
  };
}

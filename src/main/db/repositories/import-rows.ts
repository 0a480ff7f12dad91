import type { RoleRequirement } from '../../../shared/domain/catalog';
import type { Db } from '../open';

export interface NamedRow {
  id: string;
  name: string;
  /** Roles only: 1 when archived (a file naming it still finds it; the mapping picker does not offer it). */
  archived?: number;
}

/**
 * What the CSV importers read and write that the entity repositories do not offer: every row's id and name
 * (a file names skills, roles and members either way), the whole requirement table, and a requirement upsert.
 */
export function importRowsRepository(db: Db) {
  const named = {
    skills: db.prepare('SELECT id, name FROM skills'),
    roles: db.prepare('SELECT id, name, archived FROM roles'),
    members: db.prepare('SELECT id, name FROM members'),
    categories: db.prepare('SELECT id, name FROM skill_categories'),
  };
  const requirements = db.prepare('SELECT role_id AS role, skill_id AS skill, level, importance FROM role_requirements');
  const upsertRequirement = db.prepare(`INSERT INTO role_requirements (role_id, skill_id, level, importance) VALUES (?, ?, ?, ?)
    ON CONFLICT (role_id, skill_id) DO UPDATE SET level = excluded.level, importance = excluded.importance`);
  const maxCategoryPosition = db.prepare('SELECT COALESCE(MAX(position), 0) AS p FROM skill_categories');
  return {
    named: (table: keyof typeof named) => named[table].all() as NamedRow[],
    requirements: () => requirements.all() as (RoleRequirement & { role: string })[],
    upsertRequirement: (role: string, q: RoleRequirement) => upsertRequirement.run(role, q.skill, q.level, q.importance),
    maxCategoryPosition: () => (maxCategoryPosition.get() as { p: number }).p,
  };
}

import type { RoleRequirement } from '../../../shared/domain/catalog';
import type { Db } from '../open';

/**
 * The slice of the catalog the team comparisons read, in three queries: every role with its requirement
 * profile, every skill with its category, and the categories in display order. (The catalog's own
 * repositories serve the catalog screens; these are the team's read-only view of the same tables.)
 */
export function comparisonCatalogRepository(db: Db) {
  const roles = db.prepare('SELECT id, name, archived FROM roles ORDER BY name COLLATE NOCASE, id');
  const requirements = db.prepare(`
    SELECT q.role_id AS roleId, q.skill_id AS skill, q.level, q.importance
    FROM role_requirements q JOIN skills s ON s.id = q.skill_id
    ORDER BY q.role_id, q.importance DESC, s.name COLLATE NOCASE`);
  const skills = db.prepare(`
    SELECT s.id, s.name, s.category_id AS category
    FROM skills s JOIN skill_categories c ON c.id = s.category_id
    ORDER BY c.position, c.name, s.name COLLATE NOCASE`);
  const categories = db.prepare('SELECT id, name FROM skill_categories ORDER BY position, name');
  const skillExists = db.prepare('SELECT 1 FROM skills WHERE id = ?');
  const roleExists = db.prepare('SELECT 1 FROM roles WHERE id = ?');

  return {
    roles() {
      const byRole = new Map<string, RoleRequirement[]>();
      for (const q of requirements.all() as (RoleRequirement & { roleId: string })[]) {
        const list = byRole.get(q.roleId) ?? [];
        list.push({ skill: q.skill, level: q.level, importance: q.importance });
        byRole.set(q.roleId, list);
      }
      return (roles.all() as { id: string; name: string; archived: number }[]).map((r) => ({
        ...r,
        archived: r.archived === 1,
        requirements: byRole.get(r.id) ?? [],
      }));
    },
    skills: () => skills.all() as { id: string; name: string; category: string }[],
    categories: () => categories.all() as { id: string; name: string }[],
    skillExists: (id: string) => skillExists.get(id) !== undefined,
    roleExists: (id: string) => roleExists.get(id) !== undefined,
  };
}

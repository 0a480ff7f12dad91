import type { CatalogOrigin, FrameworkRef, Role, RoleRequirement } from '../../../shared/domain/catalog';
import { fromJson, toJson } from '../json-column';
import type { Db } from '../open';

interface RawRole {
  id: string;
  name: string;
  summary: string;
  responsibilities: string;
  employers: string;
  refs: string;
  origin: CatalogOrigin;
  userModified: number;
}

export interface RoleSummaryRow extends Omit<Role, 'requirements'> {
  origin: CatalogOrigin;
  requirementCount: number;
  criticalCount: number;
}

function decode(r: RawRole) {
  return {
    id: r.id,
    name: r.name,
    summary: r.summary,
    responsibilities: fromJson<string[]>(r.responsibilities, []),
    employers: fromJson<string[]>(r.employers, []),
    refs: fromJson<FrameworkRef[]>(r.refs, []),
    origin: r.origin,
  };
}

export function rolesRepository(db: Db) {
  const list = db.prepare(`
    SELECT r.id, r.name, r.summary, r.responsibilities, r.employers, r.refs, r.origin,
           COUNT(q.skill_id) AS requirementCount,
           COALESCE(SUM(q.importance = 3), 0) AS criticalCount
    FROM roles r LEFT JOIN role_requirements q ON q.role_id = r.id
    GROUP BY r.id ORDER BY r.name COLLATE NOCASE`);
  const get = db.prepare(`SELECT id, name, summary, responsibilities, employers, refs, origin,
    user_modified AS userModified FROM roles WHERE id = ?`);
  const requirements = db.prepare(`
    SELECT q.skill_id AS skill, q.level, q.importance
    FROM role_requirements q JOIN skills s ON s.id = q.skill_id
    WHERE q.role_id = ? ORDER BY q.importance DESC, s.name`);
  const insert = db.prepare(`INSERT INTO roles (id, name, summary, responsibilities, employers, refs, origin)
    VALUES (@id, @name, @summary, @responsibilities, @employers, @refs, @origin)`);
  const insertRequirement = db.prepare(
    'INSERT INTO role_requirements (role_id, skill_id, level, importance) VALUES (?, ?, ?, ?)',
  );

  return {
    list(): RoleSummaryRow[] {
      return (list.all() as (RawRole & { requirementCount: number; criticalCount: number })[]).map((r) => ({
        ...decode(r),
        requirementCount: r.requirementCount,
        criticalCount: r.criticalCount,
      }));
    },
    get(id: string) {
      const row = get.get(id) as RawRole | undefined;
      if (!row) return undefined;
      return {
        ...decode(row),
        userModified: row.userModified === 1,
        requirements: requirements.all(id) as RoleRequirement[],
      };
    },
    insert(r: Role, origin: CatalogOrigin) {
      insert.run({
        ...r,
        responsibilities: toJson(r.responsibilities),
        employers: toJson(r.employers),
        refs: toJson(r.refs),
        origin,
      });
      for (const q of r.requirements) insertRequirement.run(r.id, q.skill, q.level, q.importance);
    },
  };
}

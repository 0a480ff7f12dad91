import type { CatalogOrigin, FrameworkRef, Role, RoleRequirement } from '../../../shared/domain/catalog';
import { fromJson, toJson } from '../json-column';
import { statementTypeOf, type StatementType } from '../../../shared/domain/requirement-levels';
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
  version: number;
  archived: number;
}

export interface RoleSummaryRow extends Omit<Role, 'requirements'> {
  origin: CatalogOrigin;
  userModified: boolean;
  version: number;
  archived: boolean;
  requirementCount: number;
  criticalCount: number;
}

export interface RoleRow extends Omit<Role, 'requirements'> {
  origin: CatalogOrigin;
  userModified: boolean;
  version: number;
  archived: boolean;
  requirements: RequirementRow[];
}

/** A requirement as the role page shows it: with the skill's name, category and NICE statement type. */
export interface RequirementRow extends RoleRequirement {
  skillName: string;
  skillCategory: string;
  statementType: StatementType | null;
}

const COLUMNS = 'r.id, r.name, r.summary, r.responsibilities, r.employers, r.refs, r.origin, r.user_modified AS userModified, r.version, r.archived';

function decode(r: RawRole) {
  return {
    id: r.id,
    name: r.name,
    summary: r.summary,
    responsibilities: fromJson<string[]>(r.responsibilities, []),
    employers: fromJson<string[]>(r.employers, []),
    refs: fromJson<FrameworkRef[]>(r.refs, []),
    origin: r.origin,
    userModified: r.userModified === 1,
    version: r.version,
    archived: r.archived === 1,
  };
}

function columns(r: Omit<Role, 'requirements'>) {
  return {
    id: r.id,
    name: r.name,
    summary: r.summary,
    responsibilities: toJson(r.responsibilities),
    employers: toJson(r.employers),
    refs: toJson(r.refs),
  };
}

export function rolesRepository(db: Db) {
  const list = db.prepare(`
    SELECT ${COLUMNS},
           COUNT(q.skill_id) AS requirementCount,
           COALESCE(SUM(q.importance = 3), 0) AS criticalCount
    FROM roles r LEFT JOIN role_requirements q ON q.role_id = r.id
    GROUP BY r.id ORDER BY r.name COLLATE NOCASE`);
  const get = db.prepare(`SELECT ${COLUMNS} FROM roles r WHERE r.id = ?`);
  const requirements = db.prepare(`
    SELECT q.skill_id AS skill, s.name AS skillName, q.level, q.importance, s.category_id AS skillCategory, s.refs
    FROM role_requirements q JOIN skills s ON s.id = q.skill_id
    WHERE q.role_id = ? ORDER BY q.importance DESC, s.name COLLATE NOCASE`);
  const byName = db.prepare('SELECT id FROM roles WHERE name = ? COLLATE NOCASE AND id <> ?');
  const insert = db.prepare(`INSERT INTO roles (id, name, summary, responsibilities, employers, refs, origin)
    VALUES (@id, @name, @summary, @responsibilities, @employers, @refs, @origin)`);
  const update = db.prepare(`UPDATE roles SET name = @name, summary = @summary, responsibilities = @responsibilities,
    employers = @employers, refs = @refs, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`);
  const insertRequirement = db.prepare(
    'INSERT INTO role_requirements (role_id, skill_id, level, importance) VALUES (?, ?, ?, ?)',
  );
  const deleteRequirements = db.prepare('DELETE FROM role_requirements WHERE role_id = ?');
  const rolesRequiring = db.prepare(`SELECT r.id, r.name, q.level, q.importance
    FROM role_requirements q JOIN roles r ON r.id = q.role_id
    WHERE q.skill_id = ? ORDER BY q.importance DESC, r.name COLLATE NOCASE`);
  const remove = db.prepare('DELETE FROM roles WHERE id = ?');
  const archive = db.prepare('UPDATE roles SET archived = ? WHERE id = ?');
  const setLevel = db.prepare(
    'UPDATE role_requirements SET level = COALESCE(@level, level), importance = COALESCE(@importance, importance) WHERE role_id = @roleId AND skill_id = @skill',
  );

  function insertRequirements(roleId: string, list: readonly RoleRequirement[]) {
    for (const q of list) insertRequirement.run(roleId, q.skill, q.level, q.importance);
  }

  return {
    list(): RoleSummaryRow[] {
      return (list.all() as (RawRole & { requirementCount: number; criticalCount: number })[]).map((r) => ({
        ...decode(r),
        requirementCount: r.requirementCount,
        criticalCount: r.criticalCount,
      }));
    },
    get(id: string): RoleRow | undefined {
      const row = get.get(id) as RawRole | undefined;
      if (!row) return undefined;
      const rows = requirements.all(id) as (Omit<RequirementRow, 'statementType'> & { refs: string })[];
      return {
        ...decode(row),
        requirements: rows.map(({ refs, ...q }) => ({ ...q, statementType: statementTypeOf(fromJson<FrameworkRef[]>(refs, [])) })),
      };
    },
    /** The id of another role with this name (any case), if there is one. */
    nameTakenBy: (name: string, exceptId = '') => (byName.get(name, exceptId) as { id: string } | undefined)?.id,
    /** The roles requiring a skill, most important first. */
    requiring: (skillId: string) =>
      rolesRequiring.all(skillId) as { id: string; name: string; level: number; importance: number }[],
    insert(r: Role, origin: CatalogOrigin) {
      insert.run({ ...columns(r), origin });
      insertRequirements(r.id, r.requirements);
    },
    update(r: Omit<Role, 'requirements'>) {
      update.run(columns(r));
    },
    replaceRequirements(roleId: string, list: readonly RoleRequirement[]) {
      deleteRequirements.run(roleId);
      insertRequirements(roleId, list);
    },
    delete: (id: string) => remove.run(id).changes,
    /** Archives or brings back a role (the row's version moves on, as with every UPDATE). */
    setArchived: (id: string, archived: boolean) => archive.run(archived ? 1 : 0, id).changes,
    /** Sets the level and/or importance of some of a role's requirements; a field left undefined keeps its value. */
    setRequirementLevels(roleId: string, skillIds: readonly string[], set: { level?: number; importance?: number }) {
      let changed = 0;
      for (const skill of skillIds) {
        changed += setLevel.run({ roleId, skill, level: set.level ?? null, importance: set.importance ?? null }).changes;
      }
      return changed;
    },
  };
}

import type { Role, Skill, SkillCategory } from '../../../shared/domain/catalog';
import { fromJson, toJson } from '../json-column';
import type { Db } from '../open';

/** A catalog row as the importer sees it: whether it may be changed, and what it holds now. */
export interface StoredRow {
  origin: string;
  userModified: boolean;
}

export interface StoredSkill extends StoredRow {
  name: string;
  category: string;
  description: string;
  refs: string;
}

export interface StoredRole extends StoredRow {
  name: string;
  summary: string;
  responsibilities: string[];
  refs: string;
}

type RawRole = { name: string; summary: string; responsibilities: string; refs: string; origin: string; userModified: number };

const storedRole = (r: RawRole): StoredRole => ({
  ...r,
  origin: r.origin,
  userModified: r.userModified === 1,
  responsibilities: fromJson<string[]>(r.responsibilities, []),
});

/** The statements the NICE importer runs: catalog rows read and written by id, with their origin. */
export function niceRows(db: Db) {
  const hasDeletions =
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'catalog_deletions'").get() !== undefined;
  const category = db.prepare('SELECT name, description, position FROM skill_categories WHERE id = ?');
  const categoryByName = db.prepare('SELECT id FROM skill_categories WHERE name = ? COLLATE NOCASE AND id <> ?');
  const insertCategory = db.prepare(
    'INSERT INTO skill_categories (id, name, description, position) VALUES (@id, @name, @description, @position)',
  );
  const updateCategory = db.prepare(
    'UPDATE skill_categories SET name = @name, description = @description, position = @position WHERE id = @id',
  );
  const allSkills = db.prepare(`SELECT id, name, category_id AS category, description, refs, origin,
    user_modified AS userModified FROM skills`);
  const insertSkill = db.prepare(`INSERT INTO skills (id, name, category_id, description, refs, origin)
    VALUES (?, ?, ?, ?, ?, 'nice')`);
  const updateSkill = db.prepare(`UPDATE skills SET name = @name, category_id = @category, description = @description,
    refs = @refs, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`);
  const role = db.prepare(`SELECT name, summary, responsibilities, refs, origin, user_modified AS userModified
    FROM roles WHERE id = ?`);
  const insertRole = db.prepare(`INSERT INTO roles (id, name, summary, responsibilities, employers, refs, origin)
    VALUES (@id, @name, @summary, @responsibilities, '[]', @refs, 'nice')`);
  const updateRole = db.prepare(`UPDATE roles SET name = @name, summary = @summary, responsibilities = @responsibilities,
    refs = @refs, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`);
  const allRoles = db.prepare(`SELECT id, name, summary, responsibilities, refs, origin, user_modified AS userModified FROM roles`);
  const allRequirements = db.prepare('SELECT role_id AS role, skill_id AS skill FROM role_requirements');
  const insertRequirement = db.prepare(
    'INSERT INTO role_requirements (role_id, skill_id, level, importance) VALUES (?, ?, ?, ?)',
  );
  const deleteRequirement = db.prepare('DELETE FROM role_requirements WHERE role_id = ? AND skill_id = ?');
  const deleted = hasDeletions ? db.prepare('SELECT 1 FROM catalog_deletions WHERE kind = ? AND id = ?') : null;
  const allDeleted = hasDeletions ? db.prepare('SELECT id FROM catalog_deletions WHERE kind = ?') : null;
  const undelete = hasDeletions ? db.prepare('DELETE FROM catalog_deletions WHERE kind = ? AND id = ?') : null;
  const latestSnapshot = db.prepare(
    'SELECT snapshot FROM framework_imports WHERE framework = ? ORDER BY id DESC LIMIT 1',
  );
  const latestImport = db.prepare(
    'SELECT version, imported_at AS importedAt, snapshot FROM framework_imports WHERE framework = ? ORDER BY id DESC LIMIT 1',
  );
  const forgetSnapshots = db.prepare("UPDATE framework_imports SET snapshot = 'null' WHERE framework = ?");
  const recordImport = db.prepare(
    'INSERT INTO framework_imports (framework, version, report, snapshot) VALUES (?, ?, ?, ?)',
  );

  const flags = (r: { origin: string; userModified: number }) => ({ origin: r.origin, userModified: r.userModified === 1 });

  return {
    category: (id: string) => category.get(id) as (Omit<SkillCategory, 'id'> & { position: number }) | undefined,
    categoryNameTakenBy: (name: string, id: string) => (categoryByName.get(name, id) as { id: string } | undefined)?.id,
    insertCategory: (c: SkillCategory & { position: number }) => insertCategory.run(c),
    updateCategory: (c: SkillCategory & { position: number }) => updateCategory.run(c),

    insertSkill: (s: Omit<Skill, 'prerequisites'>) => insertSkill.run(s.id, s.name, s.category, s.description, toJson(s.refs)),
    updateSkill: (s: Omit<Skill, 'prerequisites'>) => updateSkill.run({ ...s, refs: toJson(s.refs) }),

    role(id: string): StoredRole | undefined {
      const r = role.get(id) as RawRole | undefined;
      return r && storedRole(r);
    },

    /** The import's reads at once (one query per table instead of one per row): every skill and role by id. */
    skillsById(): Map<string, StoredSkill> {
      const rows = allSkills.all() as (Omit<StoredSkill, 'userModified'> & { id: string; userModified: number })[];
      return new Map(rows.map(({ id, ...r }) => [id, { ...r, ...flags(r) }]));
    },
    rolesById(): Map<string, StoredRole> {
      return new Map((allRoles.all() as (RawRole & { id: string })[]).map(({ id, ...r }) => [id, storedRole(r)]));
    },
    /** Each role's required skill ids. */
    requirementSkillsByRole(): Map<string, string[]> {
      const out = new Map<string, string[]>();
      for (const r of allRequirements.all() as { role: string; skill: string }[]) {
        const list = out.get(r.role);
        if (list) list.push(r.skill);
        else out.set(r.role, [r.skill]);
      }
      return out;
    },
    /** Ids the user deleted of one kind. */
    deletedIds: (kind: 'skill' | 'role') => new Set((allDeleted?.all(kind) as { id: string }[] | undefined)?.map((r) => r.id) ?? []),
    insertRole: (r: Role) =>
      insertRole.run({ ...r, responsibilities: toJson(r.responsibilities), refs: toJson(r.refs) }),
    updateRole: (r: Role) =>
      updateRole.run({ ...r, responsibilities: toJson(r.responsibilities), refs: toJson(r.refs) }),
    insertRequirement: (roleId: string, skillId: string, level: number, importance: number) =>
      insertRequirement.run(roleId, skillId, level, importance),
    deleteRequirement: (roleId: string, skillId: string) => deleteRequirement.run(roleId, skillId),

    /** Whether the user deleted this catalog row (the catalog keeps a record so updates do not bring it back). */
    isDeleted: (kind: 'skill' | 'role', id: string) => deleted?.get(kind, id) !== undefined,
    undelete: (kind: 'skill' | 'role', id: string) => undelete?.run(kind, id),

    latestImport(framework: string) {
      const r = latestImport.get(framework) as { version: string; importedAt: string; snapshot: string } | undefined;
      return r && { version: r.version, importedAt: r.importedAt, snapshot: fromJson<unknown>(r.snapshot, null) };
    },
    /** The newest import's snapshot as stored (JSON text), without reading it back into objects. */
    latestSnapshotText: (framework: string) => (latestSnapshot.get(framework) as { snapshot: string } | undefined)?.snapshot,
    /** Records an import; only the newest keeps its framework snapshot (the base of the next comparison). */
    recordImport(framework: string, version: string, report: unknown, snapshot: unknown, snapshotText = toJson(snapshot)) {
      forgetSnapshots.run(framework);
      recordImport.run(framework, version, toJson(report), snapshotText);
    },
  };
}

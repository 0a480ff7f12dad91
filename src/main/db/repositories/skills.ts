import type { CatalogOrigin, FrameworkRef, Skill, SkillAtLevel } from '../../../shared/domain/catalog';
import type { PrerequisiteLink } from '../../../shared/planning/skill-neighbourhood';
import { fromJson, toJson } from '../json-column';
import type { Db } from '../open';

export interface SkillRow extends Skill {
  categoryName: string;
  origin: CatalogOrigin;
  userModified: boolean;
  version: number;
  /** Ids of the roles that require the skill. */
  requiredBy: string[];
  /** How many courses teach it. */
  taughtBy: number;
}

interface RawSkill {
  id: string;
  name: string;
  category: string;
  categoryName: string;
  description: string;
  refs: string;
  origin: CatalogOrigin;
  userModified: number;
  version: number;
  taughtBy: number;
}

export interface LeveledName {
  skill: string;
  name: string;
  level: number;
}

const SELECT_SKILL = `
  SELECT s.id, s.name, s.category_id AS category, c.name AS categoryName, s.description, s.refs, s.origin,
         s.user_modified AS userModified, s.version,
         (SELECT COUNT(*) FROM course_skills t WHERE t.skill_id = s.id) AS taughtBy
  FROM skills s JOIN skill_categories c ON c.id = s.category_id`;

export function skillsRepository(db: Db) {
  const listAll = db.prepare(`${SELECT_SKILL} ORDER BY c.position, c.name, s.name COLLATE NOCASE`);
  const getOne = db.prepare(`${SELECT_SKILL} WHERE s.id = ?`);
  const allPrerequisites = db.prepare(
    'SELECT skill_id AS owner, requires_skill_id AS skill, level FROM skill_prerequisites ORDER BY skill_id, requires_skill_id',
  );
  const allRequiredBy = db.prepare('SELECT skill_id AS skill, role_id AS role FROM role_requirements ORDER BY role_id');
  const requiredByOne = db.prepare('SELECT role_id AS role FROM role_requirements WHERE skill_id = ? ORDER BY role_id');
  const requires = db.prepare(`SELECT p.requires_skill_id AS skill, s.name, p.level
    FROM skill_prerequisites p JOIN skills s ON s.id = p.requires_skill_id
    WHERE p.skill_id = ? ORDER BY s.name COLLATE NOCASE`);
  const unlocks = db.prepare(`SELECT p.skill_id AS skill, s.name, p.level
    FROM skill_prerequisites p JOIN skills s ON s.id = p.skill_id
    WHERE p.requires_skill_id = ? ORDER BY s.name COLLATE NOCASE`);
  const links = db.prepare('SELECT skill_id AS skill, requires_skill_id AS requires, level FROM skill_prerequisites');
  const namesOf = db.prepare('SELECT id, name, category_id AS category FROM skills');
  const byName = db.prepare('SELECT id FROM skills WHERE name = ? COLLATE NOCASE AND id <> ?');
  const exists = db.prepare('SELECT 1 FROM skills WHERE id = ?');
  const insert = db.prepare(`INSERT INTO skills (id, name, category_id, description, refs, origin)
    VALUES (@id, @name, @category, @description, @refs, @origin)`);
  const update = db.prepare(`UPDATE skills SET name = @name, category_id = @category, description = @description,
    refs = @refs, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = @id`);
  const insertPrerequisite = db.prepare(
    'INSERT INTO skill_prerequisites (skill_id, requires_skill_id, level) VALUES (?, ?, ?)',
  );
  const deletePrerequisites = db.prepare('DELETE FROM skill_prerequisites WHERE skill_id = ?');
  const remove = db.prepare('DELETE FROM skills WHERE id = ?');

  function decode(r: RawSkill, prerequisites: SkillAtLevel[], requiredBy: string[]): SkillRow {
    return {
      ...r,
      refs: fromJson<FrameworkRef[]>(r.refs, []),
      userModified: r.userModified === 1,
      prerequisites,
      requiredBy,
    };
  }

  function group<T>(rows: { owner: string; value: T }[]): Map<string, T[]> {
    const map = new Map<string, T[]>();
    for (const { owner, value } of rows) {
      const list = map.get(owner);
      if (list) list.push(value);
      else map.set(owner, [value]);
    }
    return map;
  }

  return {
    list(): SkillRow[] {
      const prerequisites = group(
        (allPrerequisites.all() as (SkillAtLevel & { owner: string })[]).map((p) => ({
          owner: p.owner,
          value: { skill: p.skill, level: p.level },
        })),
      );
      const requiredBy = group(
        (allRequiredBy.all() as { skill: string; role: string }[]).map((r) => ({ owner: r.skill, value: r.role })),
      );
      return (listAll.all() as RawSkill[]).map((r) =>
        decode(r, prerequisites.get(r.id) ?? [], requiredBy.get(r.id) ?? []),
      );
    },
    get(id: string): SkillRow | undefined {
      const row = getOne.get(id) as RawSkill | undefined;
      if (!row) return undefined;
      const prerequisites = (requires.all(id) as LeveledName[]).map(({ skill, level }) => ({ skill, level }) as SkillAtLevel);
      return decode(row, prerequisites, (requiredByOne.all(id) as { role: string }[]).map((r) => r.role));
    },
    exists: (id: string) => exists.get(id) !== undefined,
    /** The id of another skill with this name (any case), if there is one. */
    nameTakenBy: (name: string, exceptId = '') => (byName.get(name, exceptId) as { id: string } | undefined)?.id,
    requires: (id: string) => requires.all(id) as LeveledName[],
    unlocks: (id: string) => unlocks.all(id) as LeveledName[],
    /** Every prerequisite link of the catalog, for cycle checks and neighbourhoods. */
    links: () => links.all() as PrerequisiteLink[],
    names(): Map<string, { name: string; category: string }> {
      const rows = namesOf.all() as { id: string; name: string; category: string }[];
      return new Map(rows.map((r) => [r.id, { name: r.name, category: r.category }]));
    },
    /** Inserts a skill without its prerequisites (they may point at skills inserted later). */
    insert(s: Skill, origin: CatalogOrigin) {
      insert.run({ ...s, refs: toJson(s.refs), origin });
    },
    insertPrerequisites(s: Pick<Skill, 'id' | 'prerequisites'>) {
      for (const p of s.prerequisites) insertPrerequisite.run(s.id, p.skill, p.level);
    },
    update(s: Omit<Skill, 'prerequisites'>) {
      update.run({ ...s, refs: toJson(s.refs) });
    },
    replacePrerequisites(s: Pick<Skill, 'id' | 'prerequisites'>) {
      deletePrerequisites.run(s.id);
      for (const p of s.prerequisites) insertPrerequisite.run(s.id, p.skill, p.level);
    },
    /** Deletes the skill; the store removes its prerequisites, requirements, course links and plan steps with it. */
    delete: (id: string) => remove.run(id).changes,
  };
}

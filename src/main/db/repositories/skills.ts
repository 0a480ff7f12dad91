import type { CatalogOrigin, FrameworkRef, Skill, SkillAtLevel } from '../../../shared/domain/catalog';
import { fromJson, toJson } from '../json-column';
import type { Db } from '../open';

export interface SkillRow extends Skill {
  categoryName: string;
  origin: CatalogOrigin;
}

interface RawSkill {
  id: string;
  name: string;
  category: string;
  categoryName: string;
  description: string;
  refs: string;
  origin: CatalogOrigin;
}

export function skillsRepository(db: Db) {
  const listAll = db.prepare(`
    SELECT s.id, s.name, s.category_id AS category, c.name AS categoryName, s.description, s.refs, s.origin
    FROM skills s JOIN skill_categories c ON c.id = s.category_id
    ORDER BY c.position, c.name, s.name`);
  const allPrerequisites = db.prepare(
    'SELECT skill_id AS owner, requires_skill_id AS skill, level FROM skill_prerequisites ORDER BY skill_id, requires_skill_id',
  );
  const insert = db.prepare(`INSERT INTO skills (id, name, category_id, description, refs, origin)
    VALUES (@id, @name, @category, @description, @refs, @origin)`);
  const insertPrerequisite = db.prepare(
    'INSERT INTO skill_prerequisites (skill_id, requires_skill_id, level) VALUES (?, ?, ?)',
  );

  return {
    list(): SkillRow[] {
      const prerequisites = new Map<string, SkillAtLevel[]>();
      for (const p of allPrerequisites.all() as (SkillAtLevel & { owner: string })[]) {
        const list = prerequisites.get(p.owner) ?? [];
        list.push({ skill: p.skill, level: p.level });
        prerequisites.set(p.owner, list);
      }
      return (listAll.all() as RawSkill[]).map((r) => ({
        ...r,
        refs: fromJson<FrameworkRef[]>(r.refs, []),
        prerequisites: prerequisites.get(r.id) ?? [],
      }));
    },
    /** Inserts a skill without its prerequisites (they may point at skills inserted later). */
    insert(s: Skill, origin: CatalogOrigin) {
      insert.run({ ...s, refs: toJson(s.refs), origin });
    },
    insertPrerequisites(s: Pick<Skill, 'id' | 'prerequisites'>) {
      for (const p of s.prerequisites) insertPrerequisite.run(s.id, p.skill, p.level);
    },
  };
}

import type { Role, Skill, SkillCategory } from './catalog';
import { statementShortName, type NiceFramework, type NiceStatement } from './nice-framework';
import type { Importance, TargetLevel } from './proficiency';

/** How a NICE framework becomes catalog rows. Ids are keyed on NICE's own, so a re-import updates in place. */
export const NICE_FRAMEWORK_CODE = 'NICE';
export const niceCategoryId = (categoryId: string) => `nice-${categoryId}`;
export const niceSkillId = (statementId: string) => `nice-${statementId}`;
export const niceRoleId = (workRoleId: string) => `nice-${workRoleId}`;

/** Where imported categories sort: after the embedded and the user's own. */
export const NICE_CATEGORY_POSITION = 1000;

export interface NiceImportOptions {
  /** Level each requirement the import adds asks for (existing requirements keep theirs). */
  level: TargetLevel;
  importance: Importance;
}

export interface NiceCatalogRows {
  categories: (SkillCategory & { position: number })[];
  skills: (Omit<Skill, 'prerequisites'> & { statement: NiceStatement })[];
  roles: Role[];
}

/** The names statement skills get: the statement's short form, with its NICE id where two would read the same. */
export function statementSkillNames(framework: NiceFramework): Map<string, string> {
  // Each statement's short name made once (not once to count and again to name).
  const named = Object.values(framework.statements)
    .filter((s) => s.kind !== 'task')
    .map((s) => ({ id: s.id, name: statementShortName(s.text) }));
  const counts = new Map<string, number>();
  for (const s of named) {
    const key = s.name.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Map(named.map(({ id, name }) => [id, (counts.get(name.toLowerCase()) ?? 0) > 1 ? `${name} (${id})` : name]));
}

/**
 * The category each statement skill is filed under: the category of the first work role (in the framework's
 * order) that lists it. Decided over the whole framework, so it does not depend on which roles are picked.
 */
export function statementCategories(framework: NiceFramework): Map<string, string> {
  const out = new Map<string, string>();
  for (const role of framework.roles) {
    for (const id of [...role.knowledge, ...role.skills]) if (!out.has(id)) out.set(id, role.category);
  }
  return out;
}

/** The catalog rows an import of the picked work roles writes: their categories, statement skills and roles. */
export function niceCatalogRows(framework: NiceFramework, roleIds: readonly string[], options: NiceImportOptions): NiceCatalogRows {
  const picked = new Set(roleIds);
  const roles = framework.roles.filter((r) => picked.has(r.id));
  const names = statementSkillNames(framework);
  const categoryOf = statementCategories(framework);

  const statementIds = [...new Set(roles.flatMap((r) => [...r.knowledge, ...r.skills]))].sort();
  const skills = statementIds.map((id) => {
    const statement = framework.statements[id]!;
    return {
      id: niceSkillId(id),
      name: names.get(id)!,
      category: niceCategoryId(categoryOf.get(id)!),
      description: statement.text,
      refs: [{ framework: NICE_FRAMEWORK_CODE, id }],
      statement,
    };
  });
  const usedCategories = new Set(skills.map((s) => s.category));
  const categories = framework.categories
    .map((c, i) => ({
      id: niceCategoryId(c.id),
      name: `NICE: ${c.name}`,
      description: c.description,
      position: NICE_CATEGORY_POSITION + i,
    }))
    .filter((c) => usedCategories.has(c.id));

  return {
    categories,
    skills,
    roles: roles.map((r) => ({
      id: niceRoleId(r.id),
      name: r.name,
      summary: r.definition.slice(0, 2000),
      responsibilities: r.tasks.map((t) => framework.statements[t]!.text).slice(0, 200),
      employers: [],
      refs: [{ framework: NICE_FRAMEWORK_CODE, id: r.id }],
      requirements: [...r.knowledge, ...r.skills].map((id) => ({
        skill: niceSkillId(id),
        level: options.level,
        importance: options.importance,
      })),
    })),
  };
}

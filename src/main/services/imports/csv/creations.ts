import { role, skill } from '../../../../shared/domain/catalog';
import { memberDraft } from '../../../../shared/domain/team';
import type { Db } from '../../../db/open';
import { categoriesRepository } from '../../../db/repositories/categories';
import { importRowsRepository } from '../../../db/repositories/import-rows';
import { membersRepository } from '../../../db/repositories/members';
import { rolesRepository } from '../../../db/repositories/roles';
import { skillsRepository } from '../../../db/repositories/skills';
import { slugId } from './cells';
import type { Creation } from './value-resolver';

/** The category skills created by an import go in when the catalog has none to offer. */
export const NEW_SKILLS_CATEGORY = 'Imported skills';

/**
 * Writes the skills, roles and members the user chose to create from a file's unknown values, before the rows
 * that name them, inside the import's transaction; each passes the same schema as the API's. New skills go in
 * `categoryId`, or in a category “Imported skills” made for them.
 */
export function writeCreations(db: Db, creations: readonly Creation[], categoryId: string | null): void {
  if (creations.length === 0) return;
  const categories = categoriesRepository(db);
  let category = categoryId && categories.get(categoryId) ? categoryId : null;
  if (!category && creations.some((c) => c.kind === 'skill')) {
    const existing = categories.list().find((c) => c.name === NEW_SKILLS_CATEGORY);
    category = existing?.id ?? slugId(NEW_SKILLS_CATEGORY, (id) => categories.get(id) !== undefined);
    if (!existing) categories.insert({ id: category, name: NEW_SKILLS_CATEGORY, description: '' }, importRowsRepository(db).maxCategoryPosition() + 1);
  }
  const skills = skillsRepository(db);
  const roles = rolesRepository(db);
  const members = membersRepository(db);
  for (const c of creations) {
    if (c.kind === 'skill') skills.insert(skill.parse({ id: c.id, name: c.name, category, description: '' }), 'user');
    else if (c.kind === 'role') roles.insert(role.parse({ id: c.id, name: c.name, summary: '' }), 'user');
    else members.insert({ ...memberDraft.parse({ name: c.name }), id: c.id, isDemo: false } as Parameters<typeof members.insert>[0]);
  }
}

import { categoriesRepository } from '../../db/repositories/categories';
import { coursesRepository } from '../../db/repositories/courses';
import { rolesRepository } from '../../db/repositories/roles';
import { skillsRepository } from '../../db/repositories/skills';
import type { Db } from '../../db/open';
import { matchesSearch } from '../../../shared/domain/search';
import { notFound } from '../errors';

export function catalogService(db: Db) {
  const categories = categoriesRepository(db);
  const roles = rolesRepository(db);
  const skills = skillsRepository(db);
  const courses = coursesRepository(db);

  return {
    listCategories: () => categories.list(),
    listRoles(search?: string) {
      return roles.list().filter((r) => matchesSearch(search, r.name, r.summary, ...r.responsibilities));
    },
    getRole(id: string) {
      const role = roles.get(id);
      if (!role) throw notFound('Role', id);
      return role;
    },
    listSkills(search?: string) {
      return skills.list().filter((s) => matchesSearch(search, s.name, s.description, s.categoryName));
    },
    listCourses(search?: string) {
      return courses.list().filter((c) => matchesSearch(search, c.title, c.provider));
    },
  };
}

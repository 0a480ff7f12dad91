import { catalogChangesRepository } from '../../db/repositories/catalog-changes';
import { categoriesRepository } from '../../db/repositories/categories';
import { settingsRepository } from '../../db/repositories/settings';
import type { Db } from '../../db/open';
import { coursesService } from './courses-service';
import { rolesService } from './roles-service';
import { CATALOG_VERSION_KEY } from './seed';
import { skillsService } from './skills-service';

/** The catalog area: roles, skills with their prerequisite graph, courses, and what the user changed. */
export function catalogService(db: Db) {
  const categories = categoriesRepository(db);
  const changes = catalogChangesRepository(db);
  const settings = settingsRepository(db);
  return {
    roles: rolesService(db),
    skills: skillsService(db),
    courses: coursesService(db),
    listCategories: () => categories.list(),
    summary() {
      const { edited, added, deleted, members: _members, ...counts } = changes.summary();
      return {
        catalogVersion: (settings.get(CATALOG_VERSION_KEY) as string | undefined) ?? null,
        counts,
        changes: { edited, added, deleted },
      };
    },
  };
}

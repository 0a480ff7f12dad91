import { categoriesRepository } from '../../db/repositories/categories';
import { coursesRepository } from '../../db/repositories/courses';
import { rolesRepository } from '../../db/repositories/roles';
import { settingsRepository } from '../../db/repositories/settings';
import { skillsRepository } from '../../db/repositories/skills';
import type { Db } from '../../db/open';
import { loadEmbeddedCatalog, type EmbeddedCatalog } from './embedded';
import { catalogChangesRepository } from '../../db/repositories/catalog-changes';

export const CATALOG_VERSION_KEY = 'catalog.version';

export interface SeedReport {
  seeded: boolean;
  catalogVersion: string | null;
}

function isEmpty(db: Db): boolean {
  const { categories, skills, roles, courses } = catalogChangesRepository(db).summary();
  return categories + skills + roles + courses === 0;
}

/**
 * Fills an empty store with the embedded catalog, in one transaction, and records the catalog version.
 * A store that already holds catalog rows is left alone (the user's data is never overwritten).
 */
export function seedEmbeddedCatalog(db: Db, catalog: EmbeddedCatalog = loadEmbeddedCatalog()): SeedReport {
  const settings = settingsRepository(db);
  if (!isEmpty(db)) {
    return { seeded: false, catalogVersion: (settings.get(CATALOG_VERSION_KEY) as string | undefined) ?? null };
  }
  const categories = categoriesRepository(db);
  const skills = skillsRepository(db);
  const roles = rolesRepository(db);
  const courses = coursesRepository(db);
  db.transaction(() => {
    catalog.categories.forEach((c, i) => categories.insert(c, i));
    for (const s of catalog.skills) skills.insert(s, 'embedded');
    for (const s of catalog.skills) skills.insertPrerequisites(s);
    for (const r of catalog.roles) roles.insert(r, 'embedded');
    for (const c of catalog.courses) courses.insert(c, 'embedded');
    settings.put(CATALOG_VERSION_KEY, catalog.manifest.catalogVersion);
  })();
  return { seeded: true, catalogVersion: catalog.manifest.catalogVersion };
}

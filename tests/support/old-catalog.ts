import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openStore } from '../../src/main/db/open';
import { embeddedCatalogSchema, type EmbeddedCatalog } from '../../src/main/services/catalog/embedded';
import { seedEmbeddedCatalog } from '../../src/main/services/catalog/seed';

/** The catalog as shipped in 2026.11.2 (a copy of resources/catalog from that release). */
export function catalog2026112(): EmbeddedCatalog {
  const dir = resolve(__dirname, '../fixtures/catalog-2026.11.2');
  const read = (name: string) => JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as Record<string, unknown>;
  const skills = read('skills.json');
  return embeddedCatalogSchema.parse({
    manifest: read('manifest.json'),
    categories: skills.categories,
    skills: skills.skills,
    roles: read('roles.json').roles,
    courses: read('courses.json').courses,
  });
}

/** Creates a data file as the 2026.11.2 release filled it on first run (migrated, catalog loaded, no team). */
export function createFileFrom2026112(file: string): void {
  const store = openStore(file);
  try {
    seedEmbeddedCatalog(store.db, catalog2026112());
  } finally {
    store.db.close();
  }
}

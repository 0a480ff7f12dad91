import { z } from 'zod';
import { course, role, skill, skillCategory } from '../../../shared/domain/catalog';
import manifestJson from '../../../../resources/catalog/manifest.json';
import skillsJson from '../../../../resources/catalog/skills.json';
import rolesJson from '../../../../resources/catalog/roles.json';
import coursesJson from '../../../../resources/catalog/courses.json';

export const embeddedCatalogSchema = z.object({
  manifest: z.object({
    catalogVersion: z.string().min(1),
    frameworks: z.array(z.object({ code: z.string(), name: z.string() })),
  }),
  categories: z.array(skillCategory),
  skills: z.array(skill),
  roles: z.array(role),
  courses: z.array(course),
});
export type EmbeddedCatalog = z.infer<typeof embeddedCatalogSchema>;

/** The catalog shipped in resources/catalog, checked against the domain schemas (a broken file fails loudly). */
export function loadEmbeddedCatalog(): EmbeddedCatalog {
  const parsed = embeddedCatalogSchema.safeParse({
    manifest: manifestJson,
    categories: skillsJson.categories,
    skills: skillsJson.skills,
    roles: rolesJson.roles,
    courses: coursesJson.courses,
  });
  if (!parsed.success) {
    throw new Error(`The embedded catalog in resources/catalog is invalid:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

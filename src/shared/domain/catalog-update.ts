import { z } from 'zod';

/** A catalog row an update touched or left alone, named as the user knows it. */
export const catalogUpdateItem = z.object({
  kind: z.enum(['category', 'skill', 'role', 'course']),
  id: z.string(),
  name: z.string(),
});
export type CatalogUpdateItem = z.infer<typeof catalogUpdateItem>;

/**
 * What bringing a data file up to a newer embedded catalog did. Rows the user edited or deleted are never
 * changed; rows the new catalog no longer has are kept (plans and ratings may point at them) and listed as retired.
 */
export const catalogUpdateReport = z.object({
  fromVersion: z.string().nullable(),
  toVersion: z.string(),
  appliedAt: z.string(),
  /** New in this catalog version. */
  added: z.array(catalogUpdateItem),
  /** Unedited rows brought up to date. */
  updated: z.array(catalogUpdateItem),
  /** Rows the catalog changed but the user had edited: the user's version stays. */
  keptEdited: z.array(catalogUpdateItem),
  /** Rows the user deleted that the catalog still has: they stay deleted. */
  keptDeleted: z.array(catalogUpdateItem),
  /** Rows the new catalog no longer has: kept as they are. */
  retired: z.array(catalogUpdateItem),
});
export type CatalogUpdateReport = z.infer<typeof catalogUpdateReport>;

/** Orders catalog versions such as `2026.11.2`: negative when a is older than b. */
export function compareCatalogVersions(a: string, b: string): number {
  const pa = a.split('.').map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.split('.').map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

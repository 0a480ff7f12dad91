import type { CatalogOrigin } from '../../../shared/domain/catalog';
import type { Db } from '../open';

export type CatalogKind = 'skill' | 'role' | 'course';
const TABLES: Record<CatalogKind, string> = { skill: 'skills', role: 'roles', course: 'courses' };

/**
 * What the user changed in the catalog, kept so a later catalog update can leave it alone: edited rows carry
 * user_modified = 1 (embedded and imported rows only; the user's own rows are theirs anyway), and deleted
 * embedded or imported rows are remembered in catalog_deletions.
 */
export function catalogChangesRepository(db: Db) {
  // The one "user edited" rule: embedded and imported rows the user changes are marked, so catalog updates and
  // NICE re-imports leave them alone; the user's own rows are theirs anyway.
  const markEdited = Object.fromEntries(
    Object.entries(TABLES).map(([kind, table]) => [
      kind,
      db.prepare(`UPDATE ${table} SET user_modified = CASE WHEN origin = 'user' THEN user_modified ELSE 1 END,
        updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`),
    ]),
  ) as Record<CatalogKind, ReturnType<Db['prepare']>>;
  const remember = db.prepare(`INSERT INTO catalog_deletions (kind, id, origin, name) VALUES (?, ?, ?, ?)
    ON CONFLICT (kind, id) DO UPDATE SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`);
  const deletedIds = db.prepare('SELECT id FROM catalog_deletions WHERE kind = ?');
  const summary = db.prepare(`SELECT
      (SELECT COUNT(*) FROM skill_categories) AS categories,
      (SELECT COUNT(*) FROM skills) AS skills,
      (SELECT COUNT(*) FROM roles) AS roles,
      (SELECT COUNT(*) FROM courses) AS courses,
      (SELECT COUNT(*) FROM members) AS members,
      (SELECT COUNT(*) FROM skills WHERE user_modified = 1) + (SELECT COUNT(*) FROM roles WHERE user_modified = 1)
        + (SELECT COUNT(*) FROM courses WHERE user_modified = 1) AS edited,
      (SELECT COUNT(*) FROM skills WHERE origin = 'user') + (SELECT COUNT(*) FROM roles WHERE origin = 'user')
        + (SELECT COUNT(*) FROM courses WHERE origin = 'user') AS added,
      (SELECT COUNT(*) FROM catalog_deletions) AS deleted`);

  return {
    /** Records that the user changed these rows. */
    edited(kind: CatalogKind, ids: Iterable<string>) {
      for (const id of new Set(ids)) markEdited[kind].run(id);
    },
    /** Remembers a deleted embedded or imported row; the user's own rows leave no trace. */
    deleted(kind: CatalogKind, row: { id: string; origin: CatalogOrigin; name: string }) {
      if (row.origin !== 'user') remember.run(kind, row.id, row.origin, row.name);
    },
    /** Ids of the embedded or imported rows of this kind the user deleted. */
    deletedIds: (kind: CatalogKind) => new Set((deletedIds.all(kind) as { id: string }[]).map((r) => r.id)),
    summary: () =>
      summary.get() as {
        categories: number;
        skills: number;
        roles: number;
        courses: number;
        members: number;
        edited: number;
        added: number;
        deleted: number;
      },
  };
}

import type { CatalogUpdateReport } from '../shared/domain/catalog-update';
import { openStore, type OpenedStore } from './db/open';
import { updateFromEmbeddedCatalog } from './services/catalog/catalog-update';
import { backupsFolder, restoreHint } from './services/imports/backup/backup-files';
import { removePartialCopies, removeStaleRestoreFolders } from './services/imports/backup/leftovers';
import { seedEmbeddedCatalog, type SeedReport } from './services/catalog/seed';
import { seedDemoTeam } from './services/team/demo-team';

export interface PlannerStore extends OpenedStore {
  seed: SeedReport;
  /** What opening did to a file filled from an older catalog version; null when nothing was due. */
  catalogUpdate: CatalogUpdateReport | null;
}

/**
 * Opens the data file for this process alone, migrates it, fills it from the embedded catalog on first run, and
 * brings a file filled from an older catalog version up to the shipped one (leaving the user's edits and
 * deletions alone). Throws an Error whose message is plain text for the user (another window has the file;
 * damaged, not a planner file, newer, read-only, disk full): a shell shows it and quits. The file is then
 * unchanged.
 */
export function openPlannerStore(file: string): PlannerStore {
  const store = openStore(file, { restoreHint: () => restoreHint(file) });
  try {
    // This process now holds the file: what interrupted restores and copies left behind can go.
    removeStaleRestoreFolders();
    if (file !== ':memory:') removePartialCopies(backupsFolder(file));
    const seed = seedEmbeddedCatalog(store.db);
    // First run only (the catalog was just loaded), so a removed demo team never comes back.
    if (seed.seeded) seedDemoTeam(store.db);
    const catalogUpdate = seed.seeded ? null : updateFromEmbeddedCatalog(store.db);
    return { ...store, seed, catalogUpdate };
  } catch (error) {
    store.db.close();
    throw error;
  }
}

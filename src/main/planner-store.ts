import { openStore, type OpenedStore } from './db/open';
import { backupsFolder, restoreHint } from './services/imports/backup/backup-files';
import { removePartialCopies, removeStaleRestoreFolders } from './services/imports/backup/leftovers';
import { seedEmbeddedCatalog, type SeedReport } from './services/catalog/seed';
import { seedDemoTeam } from './services/team/demo-team';

export interface PlannerStore extends OpenedStore {
  seed: SeedReport;
}

/**
 * Opens the data file for this process alone, migrates it, and fills it from the embedded catalog on first run.
 * Throws an Error whose message is plain text for the user (another window has the file; damaged, not a
 * planner file, newer, read-only, disk full): a shell shows it and quits. The file is then unchanged.
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
    return { ...store, seed };
  } catch (error) {
    store.db.close();
    throw error;
  }
}

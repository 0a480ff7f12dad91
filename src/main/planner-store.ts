import { openStore, type OpenedStore } from './db/open';
import { seedEmbeddedCatalog, type SeedReport } from './services/catalog/seed';
import { seedDemoTeam } from './services/team/demo-team';

export interface PlannerStore extends OpenedStore {
  seed: SeedReport;
}

/** Opens the data file, migrates it, and fills it from the embedded catalog on first run. */
export function openPlannerStore(file: string): PlannerStore {
  const store = openStore(file);
  try {
    const seed = seedEmbeddedCatalog(store.db);
    // First run only (the catalog was just loaded), so a removed demo team never comes back.
    if (seed.seeded) seedDemoTeam(store.db);
    return { ...store, seed };
  } catch (error) {
    store.db.close();
    throw error;
  }
}

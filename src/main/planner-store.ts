import { openStore, type OpenedStore } from './db/open';
import { seedEmbeddedCatalog, type SeedReport } from './services/catalog/seed';

export interface PlannerStore extends OpenedStore {
  seed: SeedReport;
}

/** Opens the data file, migrates it, and fills it from the embedded catalog on first run. */
export function openPlannerStore(file: string): PlannerStore {
  const store = openStore(file);
  try {
    return { ...store, seed: seedEmbeddedCatalog(store.db) };
  } catch (error) {
    store.db.close();
    throw error;
  }
}

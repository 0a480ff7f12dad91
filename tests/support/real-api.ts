import { createApi } from '../../src/main/api';
import { openPlannerStore, type PlannerStore } from '../../src/main/planner-store';
import { setTransport } from '../../src/renderer/src/api';
import { tempDir } from './temp-dir';

/**
 * Points the renderer's API client at the real API on a real, fresh data file (no mock of our own code):
 * component tests render screens against it in jsdom.
 */
export function useRealApi(): { store: PlannerStore; calls: string[]; close: () => void } {
  const tmp = tempDir();
  const store = openPlannerStore(tmp.file('planner.sqlite'));
  const api = createApi({ db: store.db, file: store.file }, { checkOutputs: true, importWorker: 'inline' });
  const calls: string[] = [];
  setTransport(async (name, input) => {
    calls.push(name);
    return api.call(name, input);
  });
  return {
    store,
    calls,
    close() {
      setTransport(undefined);
      store.db.close();
      tmp.cleanup();
    },
  };
}

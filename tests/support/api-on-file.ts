import { createApi } from '../../src/main/api';
import { openPlannerStore, type PlannerStore } from '../../src/main/planner-store';
import type { OperationName, OperationOutput } from '../../src/shared/api/contract';
import { tempDir } from './temp-dir';

/** The real API on a fresh data file in a temp folder, with a call that must succeed and one that must be refused. */
export function apiOnFile() {
  const tmp = tempDir();
  const store: PlannerStore = openPlannerStore(tmp.file('planner.sqlite'));
  const api = createApi({ db: store.db, file: store.file }, { checkOutputs: true });
  return {
    store,
    call<N extends OperationName>(name: N, input: unknown): OperationOutput<N> {
      const result = api.call(name, input);
      if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
      return result.value as OperationOutput<N>;
    },
    refusal(name: OperationName, input: unknown) {
      const result = api.call(name, input);
      if (result.ok) throw new Error(`${name} was expected to be refused`);
      return result.error;
    },
    close() {
      store.db.close();
      tmp.cleanup();
    },
  };
}

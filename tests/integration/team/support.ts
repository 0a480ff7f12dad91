import { afterEach, beforeEach } from 'vitest';
import { createApi, type Api } from '../../../src/main/api';
import { openPlannerStore, type PlannerStore } from '../../../src/main/planner-store';
import { tempDir } from '../../support/temp-dir';

/** A fresh data file per test (first-run data included) and the API over it; `current()` is this test's. */
export function useTeamStore() {
  const state = {} as { tmp: ReturnType<typeof tempDir>; store: PlannerStore; api: Api };
  beforeEach(() => {
    state.tmp = tempDir();
    state.store = openPlannerStore(state.tmp.file('planner.sqlite'));
    state.api = createApi({ db: state.store.db, file: state.store.file }, { checkOutputs: true });
  });
  afterEach(() => {
    state.store.db.close();
    state.tmp.cleanup();
  });
  return state;
}

/** The value of a call that must succeed. */
export function ok<T>(result: ReturnType<Api['call']>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

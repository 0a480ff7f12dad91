import type { ApiResult } from './errors';

/** The IPC channel of the one API call. */
export const API_CHANNEL = 'planner:call';

/** What the preload exposes as `window.planner`: one narrow, typed entry point and nothing else. */
export interface PlannerBridge {
  call(name: string, input: unknown): Promise<ApiResult<unknown>>;
}

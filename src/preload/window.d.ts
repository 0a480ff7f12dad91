import type { PlannerBridge } from '../shared/api/bridge';

declare global {
  interface Window {
    /** Present in the desktop app (set by the preload); absent under the browser host. */
    planner?: PlannerBridge;
  }
}
export {};

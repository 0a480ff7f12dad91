import { useEffect, useRef, useState } from 'react';
import type { TeamPlanResult } from '../../../../shared/api/operations/team-budget';
import { call } from '../../api';

export interface ScenarioSettings {
  amount: number;
  currency: string;
  per: 'quarter' | 'year';
  priority: 'readiness' | 'critical' | 'coverage';
  horizonMonths: number;
  /** Shared-class prices entered for this scenario (see SharedClasses.tsx). */
  cohortOffers: { courseId: string; price: number; seats: number }[];
}

export type ScenarioState =
  | { status: 'loading'; plan: TeamPlanResult | null }
  | { status: 'ready'; plan: TeamPlanResult; ms: number }
  | { status: 'failed'; message: string; plan: TeamPlanResult | null };

/** The request `plans.generateTeam` takes for a scenario (every member with a target role). */
export const requestOf = (s: ScenarioSettings) => ({
  budget: { amount: s.amount, currency: s.currency, per: s.per },
  horizonMonths: s.horizonMonths,
  priority: s.priority,
  cohortOffers: s.cohortOffers,
});

/**
 * A scenario's team plan, recomputed 150 ms after its settings last changed (typing a budget is one what-if, not
 * one per key). The host keeps each member's candidate courses between calls, so a what-if only re-runs the team
 * solver; `ms` is the round trip as the user waits for it.
 */
export function useTeamPlan(settings: ScenarioSettings, valid: boolean): ScenarioState {
  const [state, setState] = useState<ScenarioState & { key: string }>({ status: 'loading', plan: null, key: '' });
  const latest = useRef(0);
  const key = JSON.stringify(settings);
  useEffect(() => {
    if (!valid) return undefined;
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      const started = performance.now();
      call('plans.generateTeam', requestOf(JSON.parse(key) as ScenarioSettings)).then(
        (plan) => {
          if (ticket === latest.current) setState({ status: 'ready', plan, ms: Math.round(performance.now() - started), key });
        },
        (error: unknown) => {
          if (ticket === latest.current) {
            setState((s) => ({ status: 'failed', message: error instanceof Error ? error.message : String(error), plan: s.plan, key }));
          }
        },
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [key, valid]);
  // Settings changed since the shown answer: it is being recomputed (the old figures stay until the new ones come).
  return state.key === key || !valid ? state : { status: 'loading', plan: state.plan };
}

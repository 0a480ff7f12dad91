import { useSyncExternalStore } from 'react';

import type { PrintRequest } from '../../../shared/domain/print';

/** The member route's option segment asking for the graph appendix (as `printRoutePath` writes it; no zod here). */
const GRAPH_APPENDIX_SEGMENT = 'with-graph';

/** The print views: `#/print/member/<memberId>[/with-graph]` and `#/print/team/<roleId | all>` (printRoutePath builds them). */
export type PrintRoute = PrintRequest;

export function parsePrintRoute(hash: string): PrintRoute | null {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== 'print') return null;
  if (parts[1] === 'member' && parts[2]) {
    // Only the one known option segment (printRoutePath's `with-graph`); anything else is not a print route.
    if (parts.length > 4 || (parts[3] !== undefined && parts[3] !== GRAPH_APPENDIX_SEGMENT)) return null;
    return parts[3] ? { view: 'member', memberId: parts[2], graphAppendix: true } : { view: 'member', memberId: parts[2] };
  }
  if (parts[1] === 'team-plan') {
    // Checked by hand (no zod in the start-up bundle); the API checks the same fields again.
    const [amount, currency = '', per, priority, horizon] = [Number(parts[2]), parts[3], parts[4], parts[5], Number(parts[6])];
    if (!(amount >= 0) || !/^[A-Z]{3}$/.test(currency) || !Number.isInteger(horizon) || horizon < 1 || horizon > 36) return null;
    if ((per !== 'quarter' && per !== 'year') || (priority !== 'readiness' && priority !== 'critical' && priority !== 'coverage')) return null;
    // Shared-class offers: `<courseId>~<price>~<seats>` joined by commas (ids hold neither).
    const cohortOffers = (parts[7] ?? '').split(',').filter(Boolean).map((o) => {
      const [courseId = '', price, seats] = o.split('~');
      return { courseId, price: Number(price), seats: Number(seats) };
    });
    if (cohortOffers.some((o) => !o.courseId || !(o.price >= 0) || !Number.isInteger(o.seats) || o.seats < 2)) return null;
    return { view: 'team-plan', amount, currency, per, priority, horizonMonths: horizon, ...(cohortOffers.length ? { cohortOffers } : {}) };
  }
  if (parts[1] === 'team') return { view: 'team', roleId: parts[2] && parts[2] !== 'all' ? parts[2] : null };
  return null;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function usePrintRoute(): PrintRoute | null {
  return parsePrintRoute(useSyncExternalStore(subscribe, () => window.location.hash));
}

import { useSyncExternalStore } from 'react';

import { GRAPH_APPENDIX_SEGMENT, type PrintRequest } from '../../../shared/domain/print';

/** The print views: `#/print/member/<memberId>[/with-graph]` and `#/print/team/<roleId | all>` (printRoutePath builds them). */
export type PrintRoute = PrintRequest;

export function parsePrintRoute(hash: string): PrintRoute | null {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== 'print') return null;
  if (parts[1] === 'member' && parts[2]) {
    // Only the one known option segment; anything else is not a print route.
    if (parts.length > 4 || (parts[3] !== undefined && parts[3] !== GRAPH_APPENDIX_SEGMENT)) return null;
    return parts[3] ? { view: 'member', memberId: parts[2], graphAppendix: true } : { view: 'member', memberId: parts[2] };
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

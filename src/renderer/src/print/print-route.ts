import { useSyncExternalStore } from 'react';

import type { PrintRequest } from '../../../shared/domain/print';

/** The print views: `#/print/member/<memberId>` and `#/print/team/<roleId | all>` (printRoutePath builds them). */
export type PrintRoute = PrintRequest;

export function parsePrintRoute(hash: string): PrintRoute | null {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== 'print') return null;
  if (parts[1] === 'member' && parts[2]) return { view: 'member', memberId: parts[2] };
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

import { useSyncExternalStore } from 'react';
import { holdDeparture, unsavedWork } from './unsaved';

/** The app's areas, in navigation order. Routes are hash-based (#/catalog) so print views (#/print/…) work too. */
export const AREAS = [
  { id: 'overview', label: 'Overview' },
  { id: 'catalog', label: 'Catalog' },
  { id: 'team', label: 'Team' },
  { id: 'paths', label: 'Learning paths' },
  { id: 'team-plan', label: 'Team plan' },
  { id: 'compare', label: 'Compare' },
  { id: 'reports', label: 'Reports' },
  { id: 'settings', label: 'Settings' },
  { id: 'about', label: 'About the data' },
] as const;
export type AreaId = (typeof AREAS)[number]['id'];

export interface Route {
  area: AreaId;
  /** Path segments after the area, e.g. ['skills'] for #/catalog/skills. */
  rest: string[];
}

export function parseRoute(hash: string): Route {
  const [first, ...rest] = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const area = AREAS.find((a) => a.id === first)?.id ?? 'overview';
  return { area, rest: area === first ? rest : [] };
}

export function routeHref(area: AreaId, ...rest: string[]): string {
  return `#/${[area, ...rest].map(encodeURIComponent).join('/')}`;
}

/**
 * The hash the app shows. A change of route while input is unsaved (unsaved.ts) is held: the address goes back to
 * the route shown and the user is asked; "Leave" sets the hash again, with nothing unsaved left to hold it.
 */
let shownHash: string | null = null;
const listeners = new Set<() => void>();

const sameRoute = (a: string, b: string) => {
  const [x, y] = [parseRoute(a), parseRoute(b)];
  return x.area === y.area && x.rest.join('/') === y.rest.join('/');
};

function onHashChange() {
  const next = window.location.hash;
  if (shownHash !== null && !sameRoute(next, shownHash) && unsavedWork().length > 0) {
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${shownHash}`);
    holdDeparture({ kind: 'navigate', hash: next });
    return;
  }
  shownHash = next;
  for (const l of listeners) l();
}

function subscribe(onChange: () => void) {
  if (listeners.size === 0) window.addEventListener('hashchange', onHashChange);
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) window.removeEventListener('hashchange', onHashChange);
  };
}

/** The address's hash: a held change was already put back, and a screen may rewrite its own route in place (filters). */
function currentHash(): string {
  shownHash = window.location.hash;
  return shownHash;
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseRoute(hash);
}

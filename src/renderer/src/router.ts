import { useSyncExternalStore } from 'react';

/** The app's areas, in navigation order. Routes are hash-based (#/catalog) so print views (#/print/…) work too. */
export const AREAS = [
  { id: 'catalog', label: 'Catalog' },
  { id: 'team', label: 'Team' },
  { id: 'paths', label: 'Learning paths' },
  { id: 'team-plan', label: 'Team plan' },
  { id: 'compare', label: 'Compare' },
  { id: 'reports', label: 'Reports' },
  { id: 'settings', label: 'Settings' },
] as const;
export type AreaId = (typeof AREAS)[number]['id'];

export interface Route {
  area: AreaId;
  /** Path segments after the area, e.g. ['skills'] for #/catalog/skills. */
  rest: string[];
}

export function parseRoute(hash: string): Route {
  const [first, ...rest] = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const area = AREAS.find((a) => a.id === first)?.id ?? 'catalog';
  return { area, rest: area === first ? rest : [] };
}

export function routeHref(area: AreaId, ...rest: string[]): string {
  return `#/${[area, ...rest].map(encodeURIComponent).join('/')}`;
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

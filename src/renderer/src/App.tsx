import { lazy } from 'react';
import { ErrorBanner } from './components/ErrorBanner';
import { LoadBoundary } from './components/LoadBoundary';
import { CatalogScreen } from './features/catalog/CatalogScreen';
import { CatalogUpdateNotice } from './features/catalog/CatalogUpdateNotice';
import { AREAS, routeHref, useRoute, type Route } from './router';

// The Catalog is the first screen and loads with the app; every other area is fetched the first time it is opened.
const TeamScreen = lazy(() => import('./features/team/TeamScreen').then((m) => ({ default: m.TeamScreen })));
const PathsScreen = lazy(() => import('./features/paths/PathsScreen').then((m) => ({ default: m.PathsScreen })));
const TeamPlanScreen = lazy(() => import('./features/team-plan/TeamPlanScreen').then((m) => ({ default: m.TeamPlanScreen })));
const CompareScreen = lazy(() => import('./features/compare/CompareScreen').then((m) => ({ default: m.CompareScreen })));
const ReportsScreen = lazy(() => import('./features/reports/ReportsScreen').then((m) => ({ default: m.ReportsScreen })));
const SettingsScreen = lazy(() => import('./features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));

function Screen({ route }: { route: Route }) {
  switch (route.area) {
    case 'catalog':
      return <CatalogScreen tab={route.rest[0]} id={route.rest[1]} />;
    case 'settings':
      return <SettingsScreen />;
    case 'team':
      return <TeamScreen rest={route.rest} />;
    case 'compare':
      return <CompareScreen tab={route.rest[0]} />;
    case 'paths':
      return <PathsScreen rest={route.rest} />;
    case 'reports':
      return <ReportsScreen />;
    case 'team-plan':
      return <TeamPlanScreen />;
  }
}

export function App() {
  const route = useRoute();
  const area = AREAS.find((a) => a.id === route.area)!;
  return (
    <div className="app">
      {/* A button, not an anchor: the hash is the route. */}
      <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <nav className="sidebar" aria-label="Areas">
        <div className="sidebar__brand">
          <span className="sidebar__logo" aria-hidden="true">
            ◆
          </span>
          <span>AI Security Path Planner</span>
        </div>
        <ul className="sidebar__list">
          {AREAS.map((area) => (
            <li key={area.id}>
              <a
                className="sidebar__link"
                href={routeHref(area.id)}
                aria-current={route.area === area.id ? 'page' : undefined}
              >
                {area.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        <ErrorBanner />
        <CatalogUpdateNotice />
        <LoadBoundary key={route.area} what={`the ${area.label} screen`}>
          <Screen route={route} />
        </LoadBoundary>
      </main>
    </div>
  );
}

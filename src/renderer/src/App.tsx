import { lazy, useEffect } from 'react';
import { ErrorBanner } from './components/ErrorBanner';
import { LeaveGuard } from './components/LeaveGuard';
import { LoadBoundary } from './components/LoadBoundary';
import { CatalogUpdateNotice } from './features/catalog/CatalogUpdateNotice';
import { ShortcutSheet } from './features/help/ShortcutSheet';
import { OverviewScreen } from './features/overview/OverviewScreen';
import { DataProvider, retryFailedReads } from './data';
import { AREAS, routeHref, useRoute, type Route } from './router';

// The Overview is the first screen and loads with the app; every other area is fetched the first time it is opened.
const CatalogScreen = lazy(() => import('./features/catalog/CatalogScreen').then((m) => ({ default: m.CatalogScreen })));
const TeamScreen = lazy(() => import('./features/team/TeamScreen').then((m) => ({ default: m.TeamScreen })));
const PathsScreen = lazy(() => import('./features/paths/PathsScreen').then((m) => ({ default: m.PathsScreen })));
const TeamPlanScreen = lazy(() => import('./features/team-plan/TeamPlanScreen').then((m) => ({ default: m.TeamPlanScreen })));
const CompareScreen = lazy(() => import('./features/compare/CompareScreen').then((m) => ({ default: m.CompareScreen })));
const ReportsScreen = lazy(() => import('./features/reports/ReportsScreen').then((m) => ({ default: m.ReportsScreen })));
const AboutDataPage = lazy(() => import('./features/help/AboutDataPage').then((m) => ({ default: m.AboutDataPage })));
const SettingsScreen = lazy(() => import('./features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));

function Screen({ route }: { route: Route }) {
  switch (route.area) {
    case 'overview':
      return <OverviewScreen />;
    case 'catalog':
      return <CatalogScreen tab={route.rest[0]} id={route.rest[1]} />;
    case 'settings':
      return <SettingsScreen />;
    case 'about':
      return <AboutDataPage />;
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

/** The app's frame and screens, with the shared cache of server data (also when rendered alone, in tests). */
export function App() {
  return (
    <DataProvider>
      <AppFrame />
    </DataProvider>
  );
}

function AppFrame() {
  const route = useRoute();
  const area = AREAS.find((a) => a.id === route.area)!;
  useEffect(() => retryFailedReads(), [route.area]);
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
        <ShortcutSheet />
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        <ErrorBanner />
        <CatalogUpdateNotice />
        <LoadBoundary key={route.area} what={`the ${area.label} screen`}>
          <Screen route={route} />
        </LoadBoundary>
      </main>
      <LeaveGuard />
    </div>
  );
}

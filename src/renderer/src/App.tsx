import { ErrorBanner } from './components/ErrorBanner';
import { CatalogScreen } from './features/catalog/CatalogScreen';
import { CatalogUpdateNotice } from './features/catalog/CatalogUpdateNotice';
import { CompareScreen } from './features/compare/CompareScreen';
import { PathsScreen } from './features/paths/PathsScreen';
import { ReportsScreen } from './features/reports/ReportsScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { TeamScreen } from './features/team/TeamScreen';
import { AREAS, routeHref, useRoute, type Route } from './router';

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
  }
}

export function App() {
  const route = useRoute();
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
        <Screen route={route} />
      </main>
    </div>
  );
}

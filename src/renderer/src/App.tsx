import { ErrorBanner } from './components/ErrorBanner';
import { CatalogScreen } from './features/catalog/CatalogScreen';
import { PendingArea } from './features/pending/PendingArea';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { AREAS, routeHref, useRoute, type Route } from './router';

function Screen({ route }: { route: Route }) {
  switch (route.area) {
    case 'catalog':
      return <CatalogScreen tab={route.rest[0]} />;
    case 'settings':
      return <SettingsScreen />;
    default:
      return <PendingArea area={route.area} />;
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
        <Screen route={route} />
      </main>
    </div>
  );
}

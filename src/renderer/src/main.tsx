import { lazy, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { adoptTokenFromAddress } from './api';
// The shared styles first, so each area's own styles come after them whether it loads at start or on demand.
import './styles/app.css';
import './styles/controls.css';
import { App } from './App';
import { installCloseHandshake } from './app-closing';
import { installUnloadPrompt } from './unsaved';
import { LoadBoundary } from './components/LoadBoundary';
import { DataProvider } from './data';
import { usePrintRoute } from './print/print-route';

// Print views are only opened for a PDF export (or its preview tab), so they load on demand.
const PrintView = lazy(() => import('./print/PrintView').then((m) => ({ default: m.PrintView })));

/** Print views (#/print/…) stand alone, without the app's frame; everything else is the app. */
function Root() {
  const print = usePrintRoute();
  return print ? (
    <LoadBoundary what="the print view">
      <PrintView route={print} />
    </LoadBoundary>
  ) : (
    <App />
  );
}

// First, before any view reads the route: the browser host's token leaves the address bar.
adoptTokenFromAddress();
installCloseHandshake();
installUnloadPrompt();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <DataProvider>
      <Root />
    </DataProvider>
  </StrictMode>,
);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { adoptTokenFromAddress } from './api';
import { App } from './App';
import { installCloseHandshake } from './app-closing';
import { usePrintRoute } from './print/print-route';
import { PrintView } from './print/PrintView';
import './styles/app.css';
import './styles/controls.css';

/** Print views (#/print/…) stand alone, without the app's frame; everything else is the app. */
function Root() {
  const print = usePrintRoute();
  return print ? <PrintView route={print} /> : <App />;
}

// First, before any view reads the route: the browser host's token leaves the address bar.
adoptTokenFromAddress();
installCloseHandshake();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);

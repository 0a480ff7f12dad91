import { app, session, shell, type WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './protocol';

/** Scheme and host of a URL, or undefined when it does not parse. */
function placeOf(url: string): { protocol: string; host: string } | undefined {
  try {
    const { protocol, host } = new URL(url);
    return { protocol, host };
  } catch {
    return undefined;
  }
}

/**
 * True for the app's own pages: `app://planner/…`, or the dev server in development. Compares scheme and host,
 * never `URL.origin`: in the main process `URL` is Node's, and the origin of any custom-scheme URL is "null".
 */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  const place = placeOf(url);
  if (!place) return false;
  if (place.protocol === `${APP_SCHEME}:` && place.host === APP_HOST) return true;
  const dev = devServerUrl === undefined ? undefined : placeOf(devServerUrl);
  return dev !== undefined && place.protocol === dev.protocol && place.host === dev.host;
}

function openExternally(url: string): void {
  // Only web links leave the app, and they go to the system browser; file:, javascript: etc. go nowhere.
  if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
}

/**
 * The lockdown every window gets: no navigation away from the app (main frame or subframe), no new windows (links
 * open in the system browser), no webviews, and every permission request (camera, notifications, …) denied.
 */
export function applySecurityPolicy(devServerUrl: string | undefined): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.setWindowOpenHandler(({ url }) => {
      openExternally(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, devServerUrl)) {
        event.preventDefault();
        openExternally(url);
      }
    });
    // Frames inside the page (the app has none of its own) may not load anything but the app's pages.
    contents.on('will-frame-navigate', (event) => {
      if (!event.isMainFrame && !isAppUrl(event.url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, devServerUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

/** True when an IPC message comes from the app's own page (not a frame or page loaded from elsewhere). */
export function isTrustedSender(frameUrl: string | undefined, devServerUrl: string | undefined): boolean {
  return frameUrl !== undefined && isAppUrl(frameUrl, devServerUrl);
}

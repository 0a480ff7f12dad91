import { app, session, shell, type WebContents } from 'electron';
import { APP_ORIGIN } from './protocol';

function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  try {
    const origin = new URL(url).origin;
    return origin === APP_ORIGIN || (devServerUrl !== undefined && origin === new URL(devServerUrl).origin);
  } catch {
    return false;
  }
}

function openExternally(url: string): void {
  // Only web links leave the app, and they go to the system browser; file:, javascript: etc. go nowhere.
  if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
}

/**
 * The lockdown every window gets: no navigation away from the app, no new windows (links open in the system
 * browser), no webviews, and every permission request (camera, notifications, …) denied.
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

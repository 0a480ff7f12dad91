import { BrowserWindow, type WebPreferences } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from './protocol';

/** Every window of the app, visible or not: isolated, sandboxed, no Node, the one narrow preload. */
export function baseWebPreferences(): WebPreferences {
  return {
    preload: join(__dirname, '../preload/index.js'),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
  };
}

export function createMainWindow(devServerUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'AI Security Path Planner',
    backgroundColor: '#f6f7f9',
    webPreferences: { ...baseWebPreferences(), spellcheck: true },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

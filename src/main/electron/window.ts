import { app, BrowserWindow, ipcMain, type IpcMainEvent, type WebPreferences } from 'electron';
import { BEFORE_CLOSE_CHANNEL, CLOSE_WINDOW_CHANNEL, READY_TO_CLOSE_CHANNEL, type CloseAnswer } from '../../shared/api/bridge';
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
  askBeforeClosing(window);
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}

/** How long a closing window waits for the page to finish its saves. */
const CLOSE_GRACE_MS = 4000;

/**
 * Closing right after an edit loses nothing: the first close is held, the page is asked to flush its pending
 * saves (the same IPC API call, answered before the window goes), and the window closes when the page says it
 * is done, or after a grace period if the page does not answer. A page holding unsaved input (ratings not
 * saved, an edited form) answers `{ close: false }` and asks the user itself: the close (and a quit in progress)
 * is called off, and the page sends CLOSE_WINDOW_CHANNEL if the user chooses to discard and close.
 */
function askBeforeClosing(window: BrowserWindow): void {
  let mayClose = false;
  let asking = false;
  // Holding a close cancels a quit in progress (Cmd+Q): quit again once the window has closed.
  let quitting = false;
  app.on('before-quit', () => (quitting = true));
  ipcMain.on(CLOSE_WINDOW_CHANNEL, (e: IpcMainEvent) => {
    if (e.sender === window.webContents && !window.isDestroyed()) window.close();
  });
  window.on('close', (event) => {
    if (mayClose || window.webContents.isCrashed()) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    const done = () => {
      asking = false;
      clearTimeout(timer);
      ipcMain.removeListener(READY_TO_CLOSE_CHANNEL, onReady);
    };
    const close = () => {
      if (mayClose) return;
      mayClose = true;
      done();
      if (!window.isDestroyed()) window.close();
      if (quitting) app.quit();
    };
    const onReady = (e: IpcMainEvent, answer?: CloseAnswer) => {
      if (e.sender !== window.webContents) return;
      if (answer?.close === false) {
        done();
        quitting = false;
      } else close();
    };
    const timer = setTimeout(close, CLOSE_GRACE_MS);
    ipcMain.on(READY_TO_CLOSE_CHANNEL, onReady);
    window.webContents.send(BEFORE_CLOSE_CHANNEL);
  });
}

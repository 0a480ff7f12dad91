/**
 * The Electron shell: lifecycle, one window, security lockdown, IPC. Everything it wires is plain Node
 * code that the browser host and the tests use too.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { createApi } from './api';
import { DATA_FILE_NAME } from './data-location';
import { bindFileDialogs } from './electron/dialogs';
import { bindApi } from './electron/ipc';
import { bindPdfExport } from './electron/pdf';
import { installMenu } from './electron/menu';
import { registerAppScheme, serveRenderer } from './electron/protocol';
import { applySecurityPolicy } from './electron/security';
import { createMainWindow } from './electron/window';
import { openPlannerStore, type PlannerStore } from './planner-store';
import { startRollingBackups, type RollingBackups } from './services/imports/backup/rolling-backups';

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let store: PlannerStore | undefined;
  let backups: RollingBackups | undefined;

  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });

  void app.whenReady().then(() => {
    const file = join(app.getPath('userData'), DATA_FILE_NAME);
    try {
      store = openPlannerStore(file);
    } catch (error) {
      dialog.showErrorBox('The planner could not open its data', error instanceof Error ? error.message : String(error));
      app.quit();
      return;
    }
    backups = startRollingBackups(store.db, file, { log: (message) => console.log(message) });
    applySecurityPolicy(devServerUrl);
    serveRenderer(join(__dirname, '../renderer'));
    const api = createApi({ db: store.db, file });
    bindApi(api, devServerUrl);
    bindFileDialogs(devServerUrl);
    bindPdfExport(api, store.db, devServerUrl);
    installMenu(devServerUrl !== undefined);
    createMainWindow(devServerUrl);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createMainWindow(devServerUrl);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    backups?.stop();
    store?.db.close();
  });
}

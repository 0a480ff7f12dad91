import { AppDouble } from './app';
import { browserWindowClass, type BrowserWindowDouble, type WindowContext } from './browser-window';
import { IpcMainDouble } from './ipc-main';
import { DialogDouble, menuFactory, SessionDouble, ShellDouble } from './os-services';
import { ProtocolDouble } from './protocol';
import type { DesktopSystem } from './system';

/**
 * A test double of the `electron` module as the main process sees it: only the surface the shell uses, behaving
 * as Electron documents it (see each part). One double is one launch of the app; launches share a
 * `DesktopSystem` (single-instance locks, Chromium).
 */
export function createElectronDouble(options: { system: DesktopSystem; userData: string; argv?: string[] }) {
  const windows: BrowserWindowDouble[] = [];
  const app = new AppDouble(options.system, options.userData, { openWindows: () => windows.filter((w) => !w.isDestroyed()) }, options.argv ?? ['electron', '.']);
  const ipcMain = new IpcMainDouble();
  const protocol = new ProtocolDouble(app);
  const session = new SessionDouble();
  const ctx: WindowContext = { system: options.system, app, ipcMain, protocol, session, windows, pending: new Set() };
  const menus = menuFactory();
  return {
    app,
    BrowserWindow: browserWindowClass(ctx),
    ipcMain,
    protocol,
    dialog: new DialogDouble(),
    shell: new ShellDouble(),
    session: { defaultSession: session },
    Menu: menus.Menu,
    /** Not part of Electron: what the harness and the tests look at. */
    harness: {
      windows,
      menu: menus.state,
      /** Waits for the pages the doubles are closing. */
      settle: () => Promise.all([...ctx.pending]),
    },
  };
}

export type ElectronDouble = ReturnType<typeof createElectronDouble>;
export { DesktopSystem } from './system';

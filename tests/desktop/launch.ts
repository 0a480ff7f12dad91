import Module, { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createElectronDouble, type DesktopSystem, type ElectronDouble } from './electron-double';

export const OUT_DIR = resolve(__dirname, '../../out');
export const MAIN_ENTRY = resolve(OUT_DIR, 'main/index.js');
export const PRELOAD_ENTRY = resolve(OUT_DIR, 'preload/index.js');

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: Loader };
let loading: ElectronDouble | undefined;
let hooked = false;

/** `require('electron')` from the built main answers the double of the launch being loaded. */
function hookElectron(): void {
  if (hooked) return;
  hooked = true;
  const original = moduleInternals._load;
  moduleInternals._load = function load(request, parent, isMain) {
    if (request === 'electron') {
      if (!loading) throw new Error('electron was required outside a launch: only the built main may require it');
      return loading;
    }
    return original.call(this, request, parent, isMain);
  };
}

export interface LaunchedApp {
  electron: ElectronDouble;
  userData: string;
  /** The main window once its page has loaded. */
  mainWindow(): Promise<ElectronDouble['harness']['windows'][number]>;
  /** Quits as the user would (Cmd+Q / last window closed) and waits until the app has exited. */
  quit(): Promise<void>;
}

/**
 * Runs the BUILT main process (`out/main/index.js`) against the electron double: a fresh copy of the bundle per
 * launch, `ready` emitted after the entry script has run, as Electron does.
 */
export function launchDesktopApp(system: DesktopSystem, userData: string, argv?: string[]): LaunchedApp {
  if (!existsSync(MAIN_ENTRY)) throw new Error('The app is not built: run `npx electron-vite build` (npm test does).');
  hookElectron();
  const electron = createElectronDouble({ system, userData, argv });
  const cache = createRequire(__filename).cache;
  for (const key of Object.keys(cache)) if (key.startsWith(resolve(OUT_DIR, 'main'))) delete cache[key];
  loading = electron;
  try {
    createRequire(__filename)(MAIN_ENTRY);
  } finally {
    loading = undefined;
  }
  setImmediate(() => electron.app.becomeReady());
  return {
    electron,
    userData,
    async mainWindow() {
      const started = Date.now();
      for (;;) {
        const window = electron.harness.windows.find((w) => w.visible && !w.isDestroyed());
        if (window) return window;
        if (electron.app.exited) throw new Error('The app exited before its window opened');
        if (Date.now() - started > 30_000) throw new Error('The main window did not load within 30 s');
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    async quit() {
      electron.app.quit();
      await electron.app.whenExited();
      await electron.harness.settle();
    },
  };
}

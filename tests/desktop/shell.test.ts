import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BEFORE_CLOSE_CHANNEL,
  CLOSE_WINDOW_CHANNEL,
  EXPORT_PDF_CHANNEL,
  OPEN_TEXT_FILE_CHANNEL,
  READY_TO_CLOSE_CHANNEL,
  SAVE_TEXT_FILE_CHANNEL,
  SHOW_IN_FOLDER_CHANNEL,
} from '../../src/shared/api/bridge';
import { DesktopSystem } from './electron-double';
import { electronEvent } from './electron-double/app';
import { launchDesktopApp, PRELOAD_ENTRY, type LaunchedApp } from './launch';
import { APP_PAGE, callOverIpc, ipcEventFrom, sha256, until, userDataFolder } from './support';

/** The main process alone (no Chromium): lifecycle, protocol, IPC trust, security handlers. */
describe('the built Electron shell against the electron double', () => {
  const cleanups: (() => void | Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  function start(system = new DesktopSystem(), folder = userDataFolder()): LaunchedApp {
    cleanups.push(folder.remove);
    const launched = launchDesktopApp(system, folder.path);
    cleanups.push(async () => {
      if (launched.electron.app.exited) return;
      // No page here to answer the close handshake: answer for it, as the renderer does once it has flushed.
      const { app, ipcMain, harness } = launched.electron;
      const exited = launched.quit();
      for (const window of harness.windows.filter((w) => !w.isDestroyed())) {
        ipcMain.sendFromPage(READY_TO_CLOSE_CHANNEL, ipcEventFrom(APP_PAGE, window.webContents), []);
      }
      await exited;
      expect(app.exited).toBe(true);
    });
    return launched;
  }

  async function startedWindow(launched: LaunchedApp) {
    return until(() => launched.electron.harness.windows.find((w) => w.visible), 'the main window to show');
  }

  it('first start: fills the store in userData, registers the app scheme before ready, and opens one locked-down window', async () => {
    const launched = start();
    const { electron } = launched;
    expect(electron.protocol.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    const window = await startedWindow(launched);
    expect(window.webContents.currentUrl).toBe(APP_PAGE);
    expect(window.webContents.webPreferences).toMatchObject({
      preload: PRELOAD_ENTRY,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(electron.harness.menu.application?.items.map((i) => i.role ?? i.label)).toEqual(['fileMenu', 'editMenu', 'View', 'windowMenu']);
    const view = electron.harness.menu.application!.items[2]!.submenu!.map((i) => i.role);
    expect(view).not.toContain('toggleDevTools');

    const members = await callOverIpc(electron, APP_PAGE, 'members.list');
    expect(members.ok).toBe(true);
    expect((members.value as unknown[]).length).toBe(7);
    await launched.quit();

    const db = new Database(join(launched.userData, 'planner.sqlite'), { readonly: true });
    try {
      expect((db.prepare('SELECT count(*) AS n FROM roles').get() as { n: number }).n).toBeGreaterThanOrEqual(5);
      expect((db.prepare('SELECT count(*) AS n FROM members WHERE is_demo = 1').get() as { n: number }).n).toBe(7);
    } finally {
      db.close();
    }
  });

  it('serves the renderer from app://planner/ with the CSP, and nothing outside it', async () => {
    const launched = start();
    await startedWindow(launched);
    const { protocol } = launched.electron;
    const page = await protocol.fetch(APP_PAGE);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await page.text()).toContain('<div id="root">');
    expect((await protocol.fetch('app://planner/')).status).toBe(200);
    expect((await protocol.fetch('app://planner/../../../../etc/passwd')).status).toBe(404);
    expect((await protocol.fetch('app://planner/%2e%2e/%2e%2e/package.json')).status).toBe(404);
    expect((await protocol.fetch('app://elsewhere/index.html')).status).toBe(404);
  });

  it('answers IPC only from the app’s own page: every other sender is refused and nothing runs', async () => {
    const launched = start();
    const window = await startedWindow(launched);
    const { electron } = launched;
    expect((await callOverIpc(electron, `${APP_PAGE}#/team`, 'app.info')).ok).toBe(true);
    for (const frame of ['https://evil.example/', 'app://planner.evil/index.html', 'app://evil/index.html', 'file:///etc/passwd', 'null', 'about:blank', null]) {
      const result = await callOverIpc(electron, frame, 'members.delete', { id: 'demo-priya-raman' });
      expect(result, String(frame)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    expect((await callOverIpc(electron, APP_PAGE, 'members.get', { id: 'demo-priya-raman' })).ok).toBe(true);

    // The other channels: no dialog, no file, no folder shown for a foreign frame.
    const evil = ipcEventFrom('https://evil.example/', window.webContents);
    expect(await electron.ipcMain.invokeFromPage(OPEN_TEXT_FILE_CHANNEL, evil, [{ title: 'x', extensions: ['csv'] }])).toBeNull();
    expect(await electron.ipcMain.invokeFromPage(SAVE_TEXT_FILE_CHANNEL, evil, [{ title: 'x', fileName: 'a.csv', content: 'x', extensions: ['csv'] }])).toBeNull();
    expect(await electron.ipcMain.invokeFromPage(EXPORT_PDF_CHANNEL, evil, [{ view: 'team' }])).toMatchObject({ status: 'failed' });
    await electron.ipcMain.invokeFromPage(SHOW_IN_FOLDER_CHANNEL, evil, ['/etc/passwd']);
    expect(electron.dialog.calls).toEqual([]);
    expect(electron.shell.shownInFolder).toEqual([]);

    // Even from the app's page, only files this session exported are shown in their folder.
    await electron.ipcMain.invokeFromPage(SHOW_IN_FOLDER_CHANNEL, ipcEventFrom(APP_PAGE, window.webContents), ['/etc/passwd']);
    expect(electron.shell.shownInFolder).toEqual([]);
  });

  it('denies navigation away, subframe navigation, new windows, redirects, webviews and every permission', async () => {
    const launched = start();
    const window = await startedWindow(launched);
    const { electron } = launched;
    const contents = window.webContents;

    const navigate = (url: string) => {
      const event = electronEvent({ url, isMainFrame: true });
      contents.emit('will-navigate', event, url);
      return event.defaultPrevented;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('app://planner.evil/index.html')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate(`${APP_PAGE}#/catalog`)).toBe(false);
    expect(electron.shell.openedExternally).toEqual(['https://example.com/']);

    const frameNavigate = (url: string, isMainFrame: boolean) => {
      const event = electronEvent({ url, isMainFrame });
      contents.emit('will-frame-navigate', event);
      return event.defaultPrevented;
    };
    expect(frameNavigate('https://evil.example/frame.html', false)).toBe(true);
    expect(frameNavigate('data:text/html,<script>1</script>', false)).toBe(true);
    expect(frameNavigate(`${APP_PAGE}#/print/team`, false)).toBe(false);

    const redirect = (url: string) => {
      const event = electronEvent({ url });
      contents.emit('will-redirect', event, url);
      return event.defaultPrevented;
    };
    expect(redirect('https://evil.example/')).toBe(true);
    expect(redirect(APP_PAGE)).toBe(false);

    const open = (url: string) => contents.windowOpenHandler!({ url, frameName: '', features: '', disposition: 'new-window' });
    expect(open('https://owasp.org/www-project-top-10-for-large-language-model-applications/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(open(APP_PAGE)).toEqual({ action: 'deny' });
    expect(electron.shell.openedExternally).toEqual(['https://example.com/', 'https://owasp.org/www-project-top-10-for-large-language-model-applications/']);

    expect(contents.attachWebview('https://evil.example/')).toBe(false);

    const session = electron.session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'midi', 'pointerLock', 'fullscreen', 'openExternal', 'hid', 'serial', 'usb']) {
      expect(await session.requestPermission(contents, permission, APP_PAGE), permission).toBe(false);
      expect(session.checkPermission(contents, permission, 'app://planner'), permission).toBe(false);
    }
    // A window created later (the hidden print window) gets the same lockdown.
    const later = new electron.BrowserWindow({ show: false });
    const event = electronEvent({ url: 'https://example.com/' });
    later.webContents.emit('will-navigate', event, 'https://example.com/');
    expect(event.defaultPrevented).toBe(true);
    later.destroy();
  });

  it('a second instance focuses the first and quits without opening the store', async () => {
    const system = new DesktopSystem();
    const folder = userDataFolder();
    const first = start(system, folder);
    const window = await startedWindow(first);
    window.minimize();
    const second = launchDesktopApp(system, folder.path, ['electron', '.', '--second']);
    await second.electron.app.whenExited();
    expect(second.electron.harness.windows).toEqual([]);
    expect(second.electron.ipcMain.hasHandler('planner:call')).toBe(false);
    expect(window.focusCount).toBe(1);
    expect(window.isMinimized()).toBe(false);
    expect(first.electron.app.exited).toBe(false);
    expect((await callOverIpc(first.electron, APP_PAGE, 'app.info')).ok).toBe(true);
  });

  it('a data file that cannot be opened: an error box, the app quits, the file is left byte for byte', async () => {
    const folder = userDataFolder();
    const file = join(folder.path, 'planner.sqlite');
    writeFileSync(file, Buffer.concat([Buffer.from('This is not a planner data file.\n'), Buffer.alloc(8192, 7)]));
    const before = sha256(file);
    const launched = start(new DesktopSystem(), folder);
    await launched.electron.app.whenExited();
    expect(launched.electron.dialog.errorBoxes).toHaveLength(1);
    expect(launched.electron.dialog.errorBoxes[0]!.title).toBe('The planner could not open its data');
    expect(launched.electron.dialog.errorBoxes[0]!.content.length).toBeGreaterThan(10);
    expect(launched.electron.harness.windows).toEqual([]);
    expect(sha256(file)).toBe(before);
    expect(readdirSync(folder.path).sort()).toEqual(['planner.sqlite']);
  });

  it('closing holds the window until the page has flushed its saves, then quits; will-quit stops backups and closes the store', async () => {
    const launched = start();
    const window = await startedWindow(launched);
    const { electron } = launched;
    electron.app.quit();
    // The close was held: the window is still there and the page was asked to flush.
    expect(window.isDestroyed()).toBe(false);
    expect(electron.app.exited).toBe(false);
    expect(window.webContents.sent.map((m) => m.channel)).toEqual([BEFORE_CLOSE_CHANNEL]);
    // A message from another page does not release it.
    electron.ipcMain.sendFromPage(READY_TO_CLOSE_CHANNEL, ipcEventFrom(APP_PAGE, {}), []);
    expect(window.isDestroyed()).toBe(false);
    electron.ipcMain.sendFromPage(READY_TO_CLOSE_CHANNEL, ipcEventFrom(APP_PAGE, window.webContents), []);
    await electron.app.whenExited();
    expect(window.isDestroyed()).toBe(true);
    // The store is closed: SQLite removed its write-ahead log, and the file opens for writing elsewhere.
    const file = join(launched.userData, 'planner.sqlite');
    expect(existsSync(`${file}-wal`)).toBe(false);
    const db = new Database(file);
    db.prepare("UPDATE settings SET value = value WHERE key = 'x'").run();
    db.close();
    // Backups stopped: the first daily copy (due 5 s after start) never comes.
    await new Promise((r) => setTimeout(r, 5_500));
    expect(existsSync(join(launched.userData, 'backups'))).toBe(false);
  });

  it('in development (ELECTRON_RENDERER_URL) the dev server’s page is trusted by scheme, host and port, and nothing else', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    let launched: LaunchedApp;
    try {
      launched = start();
    } finally {
      delete process.env.ELECTRON_RENDERER_URL;
    }
    const window = await startedWindow(launched);
    const { electron } = launched;
    expect(window.webContents.currentUrl).toBe('http://localhost:5173/');
    expect((await callOverIpc(electron, 'http://localhost:5173/#/team', 'app.info')).ok).toBe(true);
    expect((await callOverIpc(electron, APP_PAGE, 'app.info')).ok).toBe(true);
    for (const frame of ['http://localhost:5174/', 'https://localhost:5173/', 'http://127.0.0.1:5173/', 'http://localhost.evil.example:5173/']) {
      expect((await callOverIpc(electron, frame, 'app.info')).error?.code, frame).toBe('UNAUTHORIZED');
    }
    const view = electron.harness.menu.application!.items[2]!.submenu!.map((i) => i.role);
    expect(view).toContain('toggleDevTools');
  });

  it('activate (macOS dock click) opens a window only when none is open', async () => {
    const launched = start();
    await startedWindow(launched);
    launched.electron.app.emit('activate');
    expect(launched.electron.harness.windows.filter((w) => !w.isDestroyed())).toHaveLength(1);
  });

  it('a page holding unsaved input answers “not now”: the close and the quit are called off until the page closes the window itself', async () => {
    const launched = start();
    const window = await startedWindow(launched);
    const { electron } = launched;
    electron.app.quit();
    electron.ipcMain.sendFromPage(READY_TO_CLOSE_CHANNEL, ipcEventFrom(APP_PAGE, window.webContents), [{ close: false }]);
    // Past the grace period: still open, and the quit was called off.
    await new Promise((r) => setTimeout(r, 4_500));
    expect(window.isDestroyed()).toBe(false);
    expect(electron.app.exited).toBe(false);
    // Another page cannot close it.
    electron.ipcMain.sendFromPage(CLOSE_WINDOW_CHANNEL, ipcEventFrom(APP_PAGE, {}), []);
    expect(window.webContents.sent.filter((m) => m.channel === BEFORE_CLOSE_CHANNEL)).toHaveLength(1);
    // The user chose “Close and discard”: the page asks its window to close, and the handshake runs again.
    electron.ipcMain.sendFromPage(CLOSE_WINDOW_CHANNEL, ipcEventFrom(APP_PAGE, window.webContents), []);
    expect(window.webContents.sent.filter((m) => m.channel === BEFORE_CLOSE_CHANNEL)).toHaveLength(2);
    expect(window.isDestroyed()).toBe(false);
    electron.ipcMain.sendFromPage(READY_TO_CLOSE_CHANNEL, ipcEventFrom(APP_PAGE, window.webContents), [{ close: true }]);
    await until(() => window.isDestroyed(), 'the window to close');
    await electron.app.whenExited();
  });

  it('a window whose page never answers closes after the grace period', async () => {
    const launched = start();
    const window = await startedWindow(launched);
    window.close();
    expect(window.isDestroyed()).toBe(false);
    await until(() => window.isDestroyed(), 'the grace period to close the window', 8_000);
    // The last window closed (not a quit): window-all-closed quits the app on Linux and Windows.
    await launched.electron.app.whenExited();
  });
});


import { readFileSync } from 'node:fs';
import type { Frame, Page, Route, Request as PwRequest } from 'playwright-core';
import { electronEvent } from './app';
import type { IpcEvent, IpcMainDouble } from './ipc-main';
import { sandboxedPreloadScript } from './sandbox';
import type { DesktopSystem } from './system';

/**
 * Chromium shows the windows. Chromium cannot load `app://` pages through Playwright (`goto` aborts and
 * `route` never sees them), so the app's scheme is served under an http origin that exists nowhere else:
 * every request to it goes to the main process's `protocol.handle('app')` handler as `app://planner/…`, and
 * every URL the main process sees (sender frames, navigations) is reported back as `app://planner/…`.
 */
export const PAGE_ORIGIN = 'http://planner.test';
const APP_PREFIX = 'app://planner';

export function toPageUrl(url: string): string {
  return url.startsWith(`${APP_PREFIX}/`) ? PAGE_ORIGIN + url.slice(APP_PREFIX.length) : url;
}

export function toAppUrl(url: string): string {
  return url.startsWith(`${PAGE_ORIGIN}/`) ? APP_PREFIX + url.slice(PAGE_ORIGIN.length) : url;
}

/** What the router needs of the webContents that owns a page. */
export interface PageOwner {
  page: Page | null;
  loadingUrl: string | undefined;
  windowOpenHandler: ((details: { url: string; frameName: string; features: string; disposition: string }) => { action: 'allow' | 'deny' }) | null;
  readonly blocked: { kind: 'navigation' | 'frame-navigation' | 'new-window' | 'request'; url: string }[];
  readonly webPreferences: { preload?: string };
  readonly ipcMain: IpcMainDouble;
  emit(event: string, ...args: unknown[]): boolean;
  protocolFetch(url: string, init?: RequestInit): Promise<Response>;
}

/** The binding a page's `ipcRenderer` talks through (the stand-in for Electron's IPC pipe). */
export const IPC_BINDING = '__electronIpc';

type IpcMessage = { type: 'invoke' | 'send'; channel: string; args: unknown[] };

function senderFrameOf(frame: Frame): IpcEvent['senderFrame'] {
  const parent = frame.parentFrame();
  return { url: toAppUrl(frame.url()), name: frame.name(), top: parent ? senderFrameOf(frame.page().mainFrame()) : null };
}

/** Opens the Chromium page that shows a window: IPC binding first, then the preload as a sandbox runs it. */
export async function openPageFor(system: DesktopSystem, owner: PageOwner): Promise<Page> {
  const context = system.chromium!;
  await system.routeOnce(routeRequest);
  const page = await context.newPage();
  system.adoptPage(page, owner);
  await page.exposeBinding(IPC_BINDING, async (source, message: IpcMessage) => {
    const event: IpcEvent = { sender: owner, senderFrame: senderFrameOf(source.frame), processId: 1, frameId: 1 };
    if (message.type === 'send') {
      owner.ipcMain.sendFromPage(message.channel, event, message.args);
      return { ok: true };
    }
    try {
      return { ok: true, value: await owner.ipcMain.invokeFromPage(message.channel, event, message.args) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  if (owner.webPreferences.preload) {
    await page.addInitScript({ content: sandboxedPreloadScript(readFileSync(owner.webPreferences.preload, 'utf8'), IPC_BINDING) });
  }
  return page;
}

/** Every request any page makes, decided as Electron and the shell's handlers would. */
async function routeRequest(system: DesktopSystem, route: Route, request: PwRequest): Promise<void> {
  const url = request.url();
  let frame: Frame | undefined;
  try {
    frame = request.frame();
  } catch {
    // Playwright has no frame yet for the first navigation of a new window (window.open, target=_blank).
    frame = undefined;
  }
  const page = frame?.page() ?? (await system.newestStrayPage());
  const owner = page ? system.ownerOf(page) : undefined;
  if (!frame || !page || !owner) {
    // A page the app did not create: a new window asked for by window.open or a target=_blank link. The app's
    // page is cross-origin isolated (COOP same-origin), so a popup of another origin has no opener to ask:
    // the request is put to the window that is showing.
    const opener = await page?.opener();
    const openerOwner = (opener ? system.ownerOf(opener) : undefined) ?? system.shownOwner();
    const decision = openerOwner?.windowOpenHandler?.({ url: toAppUrl(url), frameName: '', features: '', disposition: 'new-window' }) ?? { action: 'deny' as const };
    openerOwner?.blocked.push({ kind: 'new-window', url: toAppUrl(url) });
    await route.abort('blockedbyclient');
    if (decision.action === 'deny') await page?.close().catch(() => undefined);
    return;
  }
  const appUrl = toAppUrl(url);
  if (request.isNavigationRequest()) {
    const isMainFrame = frame.parentFrame() === null;
    const loadingItself = isMainFrame && owner.loadingUrl === appUrl.split('#')[0];
    if (!loadingItself) {
      // Renderer-initiated: every frame gets will-frame-navigate, the main frame also will-navigate.
      const frameEvent = electronEvent({ url: appUrl, isMainFrame, isSameDocument: false });
      owner.emit('will-frame-navigate', frameEvent);
      let prevented = frameEvent.defaultPrevented;
      if (isMainFrame) {
        const navigateEvent = electronEvent({ url: appUrl, isMainFrame, isSameDocument: false });
        owner.emit('will-navigate', navigateEvent, appUrl);
        prevented ||= navigateEvent.defaultPrevented;
      }
      if (prevented) {
        owner.blocked.push({ kind: isMainFrame ? 'navigation' : 'frame-navigation', url: appUrl });
        // ERR_ABORTED cancels a navigation without an error page: the page stays, as after preventDefault.
        await route.abort('aborted');
        return;
      }
    }
  }
  if (!url.startsWith(`${PAGE_ORIGIN}/`)) {
    // Not the app: nothing leaves this machine (there is no network here, and the CSP forbids it anyway).
    owner.blocked.push({ kind: 'request', url });
    await route.abort('internetdisconnected');
    return;
  }
  let response: Response;
  try {
    response = await owner.protocolFetch(appUrl, { method: request.method(), headers: request.headers() });
  } catch {
    await route.abort('failed');
    return;
  }
  await route.fulfill({
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    body: Buffer.from(await response.arrayBuffer()),
  });
}

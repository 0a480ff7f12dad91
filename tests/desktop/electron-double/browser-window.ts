import { EventEmitter } from 'node:events';
import type { Page } from 'playwright-core';
import { electronEvent, type AppDouble } from './app';
import { openPageFor, toAppUrl, toPageUrl, type PageOwner } from './chromium-pages';
import type { IpcMainDouble } from './ipc-main';
import type { SessionDouble } from './os-services';
import type { ProtocolDouble } from './protocol';
import type { DesktopSystem } from './system';

export interface WindowContext {
  system: DesktopSystem;
  app: AppDouble;
  ipcMain: IpcMainDouble;
  protocol: ProtocolDouble;
  session: SessionDouble;
  windows: BrowserWindowDouble[];
  /** Work the doubles started and nobody awaits (closing pages): the harness waits for it before it ends. */
  pending: Set<Promise<unknown>>;
}

export interface WebPreferencesSeen {
  preload?: string;
  contextIsolation?: boolean;
  sandbox?: boolean;
  nodeIntegration?: boolean;
  webSecurity?: boolean;
  webviewTag?: boolean;
  [key: string]: unknown;
}

type WindowOpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => { action: 'allow' | 'deny' };

let nextId = 1;

function track(ctx: WindowContext, work: Promise<unknown>): void {
  const settled = work.catch(() => undefined).finally(() => ctx.pending.delete(settled));
  ctx.pending.add(settled);
}

/**
 * `webContents` as Electron documents it, for what the shell uses: `loadURL`, `send` (to the page's
 * `ipcRenderer.on` listeners), `executeJavaScript`, `printToPDF` (Chromium's own printing, `page.pdf`),
 * `setWindowOpenHandler`, and the navigation events (`will-navigate`, `will-frame-navigate`,
 * `will-attach-webview`, `will-redirect`), which the harness emits as Chromium's requests come in.
 */
export class WebContentsDouble extends EventEmitter implements PageOwner {
  readonly id = nextId++;
  page: Page | null = null;
  /** The URL `loadURL` is loading: its navigation is the app's own, not a renderer-initiated one. */
  loadingUrl: string | undefined;
  currentUrl = '';
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  readonly blocked: { kind: 'navigation' | 'frame-navigation' | 'new-window' | 'request'; url: string }[] = [];
  private destroyed = false;

  constructor(
    readonly ctx: WindowContext,
    readonly webPreferences: WebPreferencesSeen,
  ) {
    super();
  }

  get session(): SessionDouble {
    return this.ctx.session;
  }

  get ipcMain(): IpcMainDouble {
    return this.ctx.ipcMain;
  }

  protocolFetch(url: string, init?: RequestInit): Promise<Response> {
    return this.ctx.protocol.fetch(url, init);
  }

  async loadURL(url: string): Promise<void> {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.loadingUrl = url.split('#')[0];
    try {
      if (this.ctx.system.chromium) {
        this.page ??= await openPageFor(this.ctx.system, this);
        const response = await this.page.goto(toPageUrl(url));
        if (!response || !response.ok()) throw new Error(`ERR_FAILED (-2) loading '${url}'`);
      } else if (!/^https?:/i.test(url)) {
        // No Chromium: the main-process side still answers the page's first request (a dev server's http page
        // is not ours to answer).
        const response = await this.ctx.protocol.fetch(url);
        if (!response.ok) throw new Error(`ERR_FAILED (-2) loading '${url}'`);
      }
    } finally {
      this.loadingUrl = undefined;
    }
    this.currentUrl = url;
    this.emit('did-finish-load');
  }

  getURL(): string {
    return this.page ? toAppUrl(this.page.url()) : this.currentUrl;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) return;
    this.sent.push({ channel, args });
    const page = this.page;
    if (page) {
      track(
        this.ctx,
        page.evaluate(([c, a]) => (globalThis as unknown as { __electronIpcDeliver?: (c: string, a: unknown[]) => void }).__electronIpcDeliver?.(c, a), [channel, args] as const),
      );
    }
  }

  async executeJavaScript(code: string): Promise<unknown> {
    if (!this.page) throw new Error('Script failed to execute: no page is loaded');
    return this.page.evaluate(code);
  }

  async printToPDF(options: { preferCSSPageSize?: boolean; printBackground?: boolean; landscape?: boolean; pageSize?: string }): Promise<Buffer> {
    if (!this.page) throw new Error('Failed to generate PDF: no page is loaded');
    return this.page.pdf({
      preferCSSPageSize: options.preferCSSPageSize ?? false,
      printBackground: options.printBackground ?? false,
      landscape: options.landscape ?? false,
      ...(options.pageSize && !options.preferCSSPageSize ? { format: options.pageSize } : {}),
    });
  }

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  isCrashed(): boolean {
    return false;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isLoading(): boolean {
    return this.loadingUrl !== undefined;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    const page = this.page;
    if (page) {
      this.ctx.system.forgetPage(page);
      track(this.ctx, page.close());
    }
    this.emit('destroyed');
  }

  /** Harness: the page asks to embed a `<webview>`; returns whether it may. */
  attachWebview(src: string): boolean {
    const event = electronEvent();
    const webPreferences: Record<string, unknown> = { preload: undefined, nodeIntegration: false };
    this.emit('will-attach-webview', event, webPreferences, { src });
    return !event.defaultPrevented;
  }
}

/**
 * `BrowserWindow` as Electron documents it: `close()` emits a preventable `close`; an unprevented close destroys
 * the window (`closed`), and the last window gone makes the app emit `window-all-closed` (not while quitting).
 * Creating a window emits `browser-window-created` and `web-contents-created` on `app`, as Electron does.
 */
export class BrowserWindowDouble extends EventEmitter {
  readonly id: number;
  readonly webContents: WebContentsDouble;
  visible = false;
  minimized = false;
  focusCount = 0;
  private destroyed = false;
  private shownOnce = false;

  constructor(
    private readonly ctx: WindowContext,
    readonly options: { show?: boolean; webPreferences?: WebPreferencesSeen; [key: string]: unknown } = {},
  ) {
    super();
    this.id = nextId++;
    this.webContents = new WebContentsDouble(ctx, { ...(options.webPreferences ?? {}) });
    this.visible = options.show !== false;
    ctx.windows.push(this);
    this.webContents.on('did-finish-load', () => {
      if (this.shownOnce) return;
      this.shownOnce = true;
      this.emit('ready-to-show');
    });
    ctx.app.emit('browser-window-created', electronEvent(), this);
    ctx.app.emit('web-contents-created', electronEvent(), this.webContents);
  }

  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }

  show(): void {
    this.visible = true;
    this.emit('show');
  }

  hide(): void {
    this.visible = false;
  }

  isVisible(): boolean {
    return this.visible;
  }

  focus(): void {
    this.focusCount++;
    this.emit('focus');
  }

  minimize(): void {
    this.minimized = true;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  restore(): void {
    this.minimized = false;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  close(): void {
    if (this.destroyed) return;
    const event = electronEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroy();
    this.emit('closed');
    this.ctx.app.windowDestroyed();
  }
}

export type BrowserWindowOptions = ConstructorParameters<typeof BrowserWindowDouble>[1];

export interface BrowserWindowClass {
  new (options?: BrowserWindowOptions): BrowserWindowDouble;
  getAllWindows(): BrowserWindowDouble[];
  fromWebContents(contents: unknown): BrowserWindowDouble | null;
  getFocusedWindow(): BrowserWindowDouble | null;
}

/** The `BrowserWindow` class one launch's `electron` module exports, with its static look-ups. */
export function browserWindowClass(ctx: WindowContext): BrowserWindowClass {
  return class BrowserWindow extends BrowserWindowDouble {
    constructor(options?: BrowserWindowOptions) {
      super(ctx, options);
    }

    static getAllWindows(): BrowserWindowDouble[] {
      return ctx.windows.filter((w) => !w.isDestroyed());
    }

    static fromWebContents(contents: unknown): BrowserWindowDouble | null {
      return ctx.windows.find((w) => w.webContents === contents && !w.isDestroyed()) ?? null;
    }

    static getFocusedWindow(): BrowserWindowDouble | null {
      return BrowserWindow.getAllWindows()[0] ?? null;
    }
  };
}

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Request, Route } from 'playwright-core';
import type { PageOwner } from './chromium-pages';

/** What an app holds while it has the single-instance lock. */
interface LockHolder {
  readonly exited: boolean;
  emit(event: string, ...args: unknown[]): boolean;
}

/**
 * The "computer" the doubles run on, shared by every launch in a test: the single-instance locks (one per
 * userData folder, as Electron keys them), the temp and home folders, and optionally the Chromium that shows
 * the windows. Without Chromium, windows load nothing and only the main-process side runs.
 */
export class DesktopSystem {
  readonly tempDir: string;
  readonly homeDir: string;
  private readonly locks = new Map<string, LockHolder>();
  private readonly owners = new Map<Page, PageOwner>();
  private routing: Promise<unknown> | undefined;

  constructor(readonly chromium?: BrowserContext) {
    this.tempDir = mkdtempSync(join(tmpdir(), 'planner-desktop-temp-'));
    this.homeDir = mkdtempSync(join(tmpdir(), 'planner-desktop-home-'));
  }

  lockHolder(userData: string): LockHolder | undefined {
    return this.locks.get(userData);
  }

  takeLock(userData: string, holder: LockHolder): void {
    this.locks.set(userData, holder);
  }

  releaseLock(userData: string, holder: LockHolder): void {
    if (this.locks.get(userData) === holder) this.locks.delete(userData);
  }

  /** Routes every request of the browser context through `router`, once. */
  async routeOnce(router: (system: DesktopSystem, route: Route, request: Request) => Promise<void>): Promise<void> {
    this.routing ??= this.chromium!.route('**/*', (route, request) => router(this, route, request));
    await this.routing;
  }

  adoptPage(page: Page, owner: PageOwner): void {
    this.owners.set(page, owner);
  }

  forgetPage(page: Page): void {
    this.owners.delete(page);
  }

  ownerOf(page: Page): PageOwner | undefined {
    return this.owners.get(page);
  }

  /** The first window's page still open (the main window). */
  shownOwner(): PageOwner | undefined {
    return [...this.owners.values()].find((owner) => owner.page && !owner.page.isClosed());
  }

  /**
   * A page nobody adopted (a new window Chromium is opening); Playwright may announce it just after its first
   * request, so wait a moment for it.
   */
  async newestStrayPage(): Promise<Page | undefined> {
    for (let tries = 0; tries < 20; tries++) {
      const stray = this.chromium!.pages().filter((p) => !this.owners.has(p) && !p.isClosed()).at(-1);
      if (stray) return stray;
      await new Promise((r) => setTimeout(r, 25));
    }
    return undefined;
  }
}

import type { Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';

/** Areas other than the Catalog load on first use: what the user sees while that happens, and when it fails. */
describe.skipIf(!chromiumAvailable)('screens loaded on demand, in Chromium through the browser host', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  async function openCatalog(): Promise<{ page: Page; scripts: string[] }> {
    const page = await chromium.browser.newPage({ viewport: { width: 1360, height: 880 } });
    page.setDefaultTimeout(15_000);
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${host.url}#/catalog`);
    await page.getByRole('region', { name: 'Roles' }).getByRole('link', { name: 'AI Security Engineer', exact: true }).waitFor();
    return { page, scripts };
  }
  const area = (page: Page, name: string) => page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name, exact: true });

  it('fetches an area’s code only when it is opened', async () => {
    const { page, scripts } = await openCatalog();
    expect(scripts.filter((s) => /Compare|ReadinessRadar/.test(s))).toEqual([]);
    await area(page, 'Compare').click();
    await page.getByRole('heading', { level: 1, name: 'Compare' }).waitFor();
    await expect.poll(() => scripts.filter((s) => /\/CompareScreen-[^/]+\.js$/.test(s)).length).toBe(1);
    await page.close();
  });

  it('says what is loading while an area’s code is on its way', async () => {
    const { page } = await openCatalog();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/SettingsScreen-[^/]+\.js$/, async (route: Route) => {
      await held;
      await route.continue();
    });
    await area(page, 'Settings').click();
    const status = page.getByRole('status').filter({ hasText: 'Loading the Settings screen' });
    await status.waitFor();
    release();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await status.count()).toBe(0);
    await page.close();
  });

  it('names the area that could not be loaded, and loads it after “Reload the app”', async () => {
    const { page } = await openCatalog();
    const blocked = /\/TeamScreen-[^/]+\.js$/;
    await page.route(blocked, (route) => route.abort());
    await area(page, 'Team').click();
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The Team screen could not be loaded. A part of the application is missing or damaged');
    // The rest of the app still works.
    await area(page, 'Reports').click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await area(page, 'Team').click();
    await alert.waitFor();
    await page.unroute(blocked);
    await alert.getByRole('button', { name: 'Reload the app' }).click();
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    await page.getByRole('region', { name: 'Members' }).waitFor();
    await page.close();
  });
});

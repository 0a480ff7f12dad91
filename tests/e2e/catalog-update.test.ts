import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileFrom2026112 } from '../support/old-catalog';
import { tempDir } from '../support/temp-dir';
import { seriousViolations } from './support/axe';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { watchPage } from './support/watch';

/**
 * A data file filled by the 2026.11.2 release, opened by this build in Chromium: the host brings the catalog up
 * to date on start, the app says once what changed, and after "Dismiss" (and a restart) it says nothing more.
 */
describe.skipIf(!chromiumAvailable)('a catalog update, seen in Chromium', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;
  const offMachineRequests: string[] = [];
  const consoleErrors: string[] = [];
  const notice = () => page.getByRole('region', { name: /The catalog was updated/ });

  beforeAll(async () => {
    tmp = tempDir();
    createFileFrom2026112(tmp.file('planner.sqlite'));
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(15_000);
    watchPage(page, { offMachineRequests, consoleErrors });
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  it('updates the file on start and shows what changed, once', async () => {
    expect(host.output()).toMatch(/Updated the catalog 2026\.11\.2 → 2026\.12\.1: 17 added, \d+ updated, 0 kept because you edited them\./);
    await page.goto(`${host.url}#/catalog/roles`);
    await notice().waitFor();
    expect(await page.getByRole('heading', { name: 'The catalog was updated to 2026.12.1 (from 2026.11.2)' }).isVisible()).toBe(true);
    expect(await notice().getByText(/^17 added · \d+ updated · 0 kept as you edited them$/).isVisible()).toBe(true);
    await notice().getByText('Show what changed').click();
    expect(await notice().getByText(/1 skill: AI and ML literacy \(conceptual\)/).isVisible()).toBe(true);
    if (process.env.SCREENSHOTS) await page.screenshot({ path: `${process.env.SCREENSHOTS}/catalog-update-notice.png` });
    expect(await seriousViolations(page)).toEqual([]);

    await notice().getByRole('button', { name: 'Dismiss' }).click();
    await notice().waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('region', { name: 'Roles' }).waitFor();
    expect(await notice().count()).toBe(0);
  }, 60_000);

  it('says nothing after a restart on the same file', async () => {
    await host.stop();
    host = await startHost(tmp.file('planner.sqlite'));
    expect(host.output()).not.toMatch(/Updated the catalog/);
    await page.goto(`${host.url}#/catalog/roles`);
    await page.getByRole('region', { name: 'Roles' }).waitFor();
    expect(await notice().count()).toBe(0);
    expect(offMachineRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});

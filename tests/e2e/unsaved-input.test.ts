import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { watchPage } from './support/watch';

const SHEET = '#/team/member/demo-priya-raman/sheet';

describe.skipIf(!chromiumAvailable)('no lost input: unsaved ratings and edited forms ask before they are lost', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1360, height: 880 } });
    page.setDefaultTimeout(15_000);
    watchPage(page, { consoleErrors });
    await page.goto(`${host.url}${SHEET}`);
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  const nav = (name: string) => page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name, exact: true });
  const pendingLevels = () => page.locator('.sheet__row--changed').count();
  const leaveDialog = () => page.getByRole('alertdialog', { name: 'Leave without saving?' });

  async function rateTwoSkills() {
    await page.getByRole('gridcell', { name: /: new level/ }).first().focus();
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    await expect.poll(pendingLevels).toBe(2);
  }

  it('moving to another screen with two unsaved ratings asks first; Cancel keeps them', async () => {
    await rateTwoSkills();
    await nav('Overview').click();
    const dialog = leaveDialog();
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('2 new ratings for Priya Raman on the skill sheet');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => window.location.hash)).toBe(SHEET);
    expect(await pendingLevels()).toBe(2);
  });

  it('reloading asks through the browser’s own prompt; staying keeps the ratings', async () => {
    const asked = new Promise<Dialog>((resolve) => page.once('dialog', resolve));
    void page.evaluate(() => window.location.reload()).catch(() => undefined);
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    await page.waitForTimeout(300);
    expect(await pendingLevels()).toBe(2);
  });

  it('“Leave and discard” goes, and the ratings are gone; with nothing unsaved, nothing is asked', async () => {
    await nav('Compare').click();
    await leaveDialog().getByRole('button', { name: 'Leave and discard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare' }).waitFor();
    await page.goto(`${host.baseUrl}${SHEET}`);
    await page.getByRole('gridcell', { name: /: new level/ }).first().waitFor();
    expect(await pendingLevels()).toBe(0);
    await nav('Overview').click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  });

  it('saved ratings are not asked about', async () => {
    await page.goto(`${host.baseUrl}${SHEET}`);
    await rateTwoSkills();
    await page.keyboard.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: /^Saved 2 ratings for/ }).waitFor();
    await nav('Overview').click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  });

  it('an edited form asks too (Settings → Preferences)', async () => {
    await page.goto(`${host.baseUrl}#/settings/preferences`);
    const months = page.getByLabel('Ratings become stale after (months)');
    await months.fill('12');
    await nav('Team').click();
    const dialog = leaveDialog();
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('changes to the preferences');
    await dialog.getByRole('button', { name: 'Leave and discard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });
});

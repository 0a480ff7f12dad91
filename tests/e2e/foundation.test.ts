import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { seriousViolations } from './support/axe';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { watchPage } from './support/watch';

const FIVE_ROLES = [
  'AI Governance Specialist',
  'AI Incident Response Specialist',
  'AI Security Engineer',
  'Application Security Engineer (Gen AI)',
  'MLSecOps Engineer',
];

const AREAS = [
  { link: 'Overview', heading: 'Overview' },
  { link: 'Catalog', heading: 'Catalog' },
  { link: 'Team', heading: 'Team' },
  { link: 'Learning paths', heading: 'Learning paths' },
  { link: 'Team plan', heading: 'Team plan' },
  { link: 'Compare', heading: 'Compare' },
  { link: 'Reports', heading: 'Reports' },
  { link: 'Settings', heading: 'Settings' },
  { link: 'About the data', heading: 'About the data' },
];

describe.skipIf(!chromiumAvailable)('the planner in Chromium through the browser host', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;
  const offMachineRequests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1360, height: 880 } });
    page.setDefaultTimeout(10_000);
    watchPage(page, { offMachineRequests, consoleErrors });
    await page.goto(`${host.url}#/catalog`);
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  it('lists the five roles of the field, with their responsibilities', async () => {
    const roles = page.getByRole('table', { name: 'Roles' });
    await roles.locator('tbody th a').first().waitFor();
    const names = await roles.locator('tbody th a').allTextContents();
    expect(names.sort()).toEqual(FIVE_ROLES);
    await expect.poll(() => page.getByText('5 of 5 roles').isVisible()).toBe(true);
    // Each role's page lists its responsibilities.
    await roles.getByRole('link', { name: 'AI Security Engineer', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Responsibilities' }).waitFor();
    expect(await page.locator('#resp-heading + ul li').count()).toBeGreaterThan(0);
    await page.goBack();
    await page.getByText('5 of 5 roles').waitFor();
  });

  it('takes the token out of the address bar and keeps it for the tab; a page without it cannot reach the data', async () => {
    expect(page.url()).not.toContain('token');
    expect(await page.evaluate(() => sessionStorage.getItem('planner.apiToken'))).toBe(host.token);
    const served = await page.evaluate(async () => (await fetch('/')).text());
    expect(served).not.toContain(host.token);
    // Another tab (its own sessionStorage) opened at the bare address: no token, no data.
    const stranger = await chromium.browser.newPage();
    await stranger.goto(host.baseUrl);
    await stranger.getByText('This page is not connected to a planner data file.').first().waitFor();
    const refused = await stranger.evaluate(async () => (await fetch('/api/members.list', { method: 'POST', body: '{}' })).status);
    expect(refused).toBe(401);
    await stranger.close();
  });

  it('filters the roles by search', async () => {
    await page.getByRole('searchbox', { name: 'Search roles' }).fill('incident response specialist');
    await page.getByText('1 of 5 roles').waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Roles' }).locator('tbody th a').allTextContents()).toEqual([
      'AI Incident Response Specialist',
    ]);
    await page.getByRole('searchbox', { name: 'Search roles' }).fill('');
  });

  const nav = () => page.getByRole('navigation', { name: 'Areas' });

  it('reaches every area, each clean for axe-core (no serious or critical violations) in the light and the dark scheme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe(colorScheme);
      for (const area of AREAS) {
        await nav().getByRole('link', { name: area.link, exact: true }).click();
        await page.getByRole('heading', { level: 1, name: area.heading }).waitFor();
        await expect.poll(() => nav().getByRole('link', { name: area.link, exact: true }).getAttribute('aria-current')).toBe('page');
        const violations = await seriousViolations(page);
        expect(violations.map((v) => `${colorScheme} ${area.link}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('moves through the areas by keyboard', async () => {
    await nav().getByRole('link', { name: 'Catalog', exact: true }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
  });

  it('shows the data file and the catalog in Settings, and saves a preference to the database', async () => {
    await nav().getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByText(tmp.file('planner.sqlite')).waitFor();
    await page.getByLabel('Ratings become stale after (months)').fill('12');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('Ratings become stale after (months)').inputValue()).toBe('12');
  });

  it('shows the catalog’s skills and courses tabs from the store', async () => {
    await nav().getByRole('link', { name: 'Catalog', exact: true }).click();
    await page.getByRole('tab', { name: 'Skills' }).click();
    await page.getByText(/^\d+ of \d+ skills$/).waitFor();
    await page.getByRole('tab', { name: 'Courses' }).click();
    await page.getByText(/^\d+ of \d+ courses$/).waitFor();
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(offMachineRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { api } from './support/api';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { watchPage } from './support/watch';

// Changes made in one screen show in the others at once, without reloading the page (issue 15: one data layer).
describe.skipIf(!chromiumAvailable)('live data across screens in Chromium', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;
  let memberId: string;
  const consoleErrors: string[] = [];
  const offMachineRequests: string[] = [];
  /** Set on the page at start: gone if the page ever reloads. */
  const stillTheSamePage = () => page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad === true);

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1440, height: 960 } });
    page.setDefaultTimeout(15_000);
    watchPage(page, { consoleErrors, offMachineRequests });
    // The editor check counts milestone nodes of the full skill-level graph (the roadmap view groups them).
    await page.addInitScript(() => localStorage.setItem('planner.pathView', 'graph'));
    await page.goto(host.url);
    // Set up before any screen reads it: one member aiming at a role, one rating.
    const member = await api(page, 'members.create', { name: 'Noor Haddad', targetRoleId: 'ai-security-engineer', weeklyHours: 5, startDate: '2027-01-04' });
    memberId = member.id;
    await page.reload();
    await page.evaluate(() => ((window as unknown as { sameLoad?: boolean }).sameLoad = true));
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  const nav = (area: string) => page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: area, exact: true }).click();

  it('a course imported from a CSV while the path editor is open is in its palette when the user comes back, the plan as it was', async () => {
    await page.evaluate((id) => (window.location.hash = `#/paths/${id}`), memberId);
    await page.getByRole('button', { name: 'Start an empty plan' }).click();
    const canvas = page.locator('.react-flow__pane');
    await canvas.waitFor();
    await page.getByRole('radio', { name: 'Courses' }).click();
    await page.getByRole('searchbox', { name: 'Search courses' }).fill('Live data tabletop');
    await page.getByText('Nothing matches: clear the search or a filter.').waitFor();
    // Something on the canvas, saved, to find again.
    await page.getByRole('radio', { name: 'Milestone' }).click();
    await page.getByRole('listbox', { name: 'Milestone' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.react-flow__node-milestone').count()).toBe(1);
    await page.getByText('All changes saved').waitFor();

    await nav('Settings');
    await page.evaluate(() => (window.location.hash = '#/settings/import/csv'));
    const csv = 'Title;Provider;Hours;URL;Kind\r\nLive data tabletop drill;Gamma Labs;3;https://gamma.example/drill;lab\r\n';
    await page.locator('input[type=file]').setInputFiles({ name: 'courses.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Import 1 row' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Imported courses' });
    await expect.poll(() => result.textContent()).toContain('1 added');

    // Back to the member's plan (the route changes in the page; nothing reloads).
    await page.evaluate((id) => (window.location.hash = `#/paths/${id}`), memberId);
    await page.locator('.react-flow__pane').waitFor();
    await expect.poll(() => page.locator('.react-flow__node-milestone').count()).toBe(1);
    await page.getByRole('radio', { name: 'Courses' }).click();
    await page.getByRole('searchbox', { name: 'Search courses' }).fill('Live data tabletop');
    await expect.poll(() => page.getByRole('listbox', { name: 'Courses' }).getByRole('option').allTextContents()).toEqual([
      expect.stringContaining('Live data tabletop drill'),
    ]);
    expect(await stillTheSamePage()).toBe(true);
  });

  it('a skill renamed in the catalog is renamed at once in Compare', async () => {
    await nav('Compare');
    await page.getByRole('combobox', { name: 'Member' }).click();
    await page.getByRole('option', { name: 'Noor Haddad' }).click();
    const table = page.getByRole('table', { name: /Noor Haddad against AI Security Engineer/ });
    await table.waitFor();
    const firstSkill = (await table.locator('tbody tr').first().getAttribute('data-skill'))!;
    const before = (await table.locator(`tbody tr[data-skill="${firstSkill}"] th, tbody tr[data-skill="${firstSkill}"] td`).first().textContent())!;

    await page.evaluate((id) => (window.location.hash = `#/catalog/skills/${id}`), firstSkill);
    await page.getByRole('button', { name: /Edit/ }).first().click();
    const dialog = page.getByRole('dialog', { name: /^Edit “/ });
    await dialog.getByLabel('Name').fill('Renamed live skill');
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'detached' });

    await nav('Compare');
    await expect.poll(() => table.locator(`tbody tr[data-skill="${firstSkill}"]`).first().textContent()).toContain('Renamed live skill');
    expect(before).not.toContain('Renamed live skill');
    expect(await stillTheSamePage()).toBe(true);
  });

  it('logged no errors and asked nothing off the machine', () => {
    expect(consoleErrors).toEqual([]);
    expect(offMachineRequests).toEqual([]);
  });
});

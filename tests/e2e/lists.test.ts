import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { api } from './support/api';
import { seriousViolations } from './support/axe';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { watchPage } from './support/watch';

// Every list is the one table: it sorts by a column (the first row as worked out from the data), and the sort
// survives a reload.
describe.skipIf(!chromiumAvailable)('sortable lists in Chromium', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(15_000);
    watchPage(page, { consoleErrors });
    await page.goto(host.url);
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  const table = (name: string) => page.getByRole('table', { name, exact: true });
  const firstRow = (name: string) => table(name).locator('tbody tr').first();
  const sortButton = (tableName: string, column: string) => table(tableName).getByRole('columnheader', { name: new RegExp(`^${column}`) }).getByRole('button');
  const ariaSort = (tableName: string, column: string) => table(tableName).getByRole('columnheader', { name: new RegExp(`^${column}`) }).getAttribute('aria-sort');
  const shot = async (name: string) => process.env.SHOTS_DIR && page.screenshot({ path: resolve(process.env.SHOTS_DIR, name), fullPage: true });

  it('members: by name, then the other way; the choice survives a reload', async () => {
    const members = await api(page, 'members.list', {});
    expect(members.length).toBeGreaterThan(2);
    const byName = members.map((m) => m.name).sort((a, b) => a.localeCompare(b));
    await page.evaluate(() => (window.location.hash = '#/team'));
    await expect.poll(() => firstRow('Team members').locator('th').locator('a').textContent()).toBe(byName[0]);
    expect(await ariaSort('Team members', 'Member')).toBe('ascending');
    await sortButton('Team members', 'Member').click();
    await expect.poll(() => firstRow('Team members').locator('th a').textContent()).toBe(byName.at(-1));
    expect(await ariaSort('Team members', 'Member')).toBe('descending');
    await shot('members-sorted.png');
    await page.reload();
    await expect.poll(() => firstRow('Team members').locator('th a').textContent()).toBe(byName.at(-1));
    expect(await ariaSort('Team members', 'Member')).toBe('descending');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('courses: by hours, fewest first, then most first; the choice survives a reload', async () => {
    const courses = await api(page, 'courses.list', {});
    const hours = courses.map((c) => c.hours).filter((h): h is number => h !== null);
    const fewest = Math.min(...hours);
    const most = Math.max(...hours);
    const titlesWith = (h: number) => courses.filter((c) => c.hours === h).map((c) => c.title);
    await page.evaluate(() => (window.location.hash = '#/catalog/courses'));
    await page.getByText(/^\d+ of \d+ courses$/).waitFor();
    await sortButton('Courses', 'Hours').click();
    await expect.poll(() => ariaSort('Courses', 'Hours')).toBe('ascending');
    expect(titlesWith(fewest)).toContain(await firstRow('Courses').locator('.table__primary').textContent());
    await sortButton('Courses', 'Hours').click();
    await expect.poll(() => ariaSort('Courses', 'Hours')).toBe('descending');
    expect(titlesWith(most)).toContain(await firstRow('Courses').locator('.table__primary').textContent());
    await shot('courses-sorted.png');
    await page.reload();
    await page.getByText(/^\d+ of \d+ courses$/).waitFor();
    await expect.poll(() => ariaSort('Courses', 'Hours')).toBe('descending');
    expect(titlesWith(most)).toContain(await firstRow('Courses').locator('.table__primary').textContent());
    // Keyboard: the first row takes focus, the arrow moves to the next.
    await firstRow('Courses').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-index'))).toBe('1');
  });

  it('backups: newest first, then oldest first; the choice survives a reload', async () => {
    await page.evaluate(() => (window.location.hash = '#/settings/backups'));
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: 'Back up now' }).click();
      await page.getByText(/^Copied the data file to /).waitFor();
      await page.waitForTimeout(1100); // copies are named by the second they were made
    }
    const list = await api(page, 'backups.list', {});
    const byMade = [...list.backups].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).map((b) => b.name);
    expect(byMade.length).toBeGreaterThan(1);
    const name = () => firstRow('Copies of the data file').locator('.table__refs').textContent();
    await expect.poll(name).toBe(byMade.at(-1));
    await sortButton('Copies of the data file', 'Made').click();
    await expect.poll(name).toBe(byMade[0]);
    await shot('backups-sorted.png');
    await page.reload();
    await expect.poll(name).toBe(byMade[0]);
    expect(await ariaSort('Copies of the data file', 'Made')).toBe('ascending');
  });

  it('logged no errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});

import type { Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { api } from './support/api';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { watchPage } from './support/watch';

/**
 * The one form pattern in Chromium through the browser host: an open, edited form holds a move to another
 * screen, a reload and its own Escape; the API's refusal (a title the provider already has) shows at its field;
 * the domain's message for a bad preference shows at that field; nothing reaches the data file until it is right.
 */
describe.skipIf(!chromiumAvailable)('forms: one pattern, and no lost input', () => {
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
    // Arrive at the courses by the app's own links, so the browser's Back has somewhere to go.
    await page.goto(`${host.url}#/overview`);
    await nav('Catalog').click();
    await page.getByRole('tab', { name: 'Courses' }).click();
    await page.getByText(/^\d+ of \d+ courses$/).waitFor();
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  const nav = (name: string) => page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name, exact: true });
  const courseDialog = () => page.getByRole('dialog', { name: 'New course' });
  const title = () => courseDialog().getByLabel('Title');
  /** The message a field is described by (its hint and its error, as a screen reader reads them). */
  const describedBy = (field: ReturnType<Page['getByLabel']>) =>
    field.evaluate((el) =>
      (el.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter(Boolean)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' | '),
    );

  it('an edited new course holds a move to another screen (Back); Cancel keeps what was typed', async () => {
    await page.getByRole('button', { name: 'New course' }).first().click();
    await title().fill('Watermarking lab');
    // The open dialog is modal (the sidebar cannot be clicked): Back is how one leaves with it open.
    await page.evaluate(() => history.back());
    const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await leave.waitFor();
    expect(await leave.textContent()).toContain('the new course');
    await leave.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => leave.count()).toBe(0);
    expect(await page.evaluate(() => window.location.hash)).toBe('#/catalog/courses');
    expect(await title().inputValue()).toBe('Watermarking lab');
  });

  it('a reload asks through the browser’s own prompt; staying keeps the form as typed', async () => {
    const asked = new Promise<Dialog>((resolve) => page.once('dialog', resolve));
    void page.evaluate(() => window.location.reload()).catch(() => undefined);
    const prompt = await asked;
    expect(prompt.type()).toBe('beforeunload');
    await prompt.dismiss();
    await page.waitForTimeout(300);
    expect(await title().inputValue()).toBe('Watermarking lab');
  });

  it('Escape asks before it throws the form away; Cancel goes back to it', async () => {
    await title().press('Escape');
    const ask = page.getByRole('alertdialog', { name: 'Discard your changes?' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => ask.count()).toBe(0);
    expect(await title().inputValue()).toBe('Watermarking lab');
  });

  it('the server’s refusal of a title the provider already has shows at the Title field, and nothing is saved', async () => {
    const courses = await api(page, 'courses.list', {});
    const existing = courses[0]!;
    await title().fill(existing.title);
    await courseDialog().getByLabel('Provider').fill(existing.provider);
    await courseDialog().getByLabel('Web address (URL)').fill('https://academy.example.org/again');
    await courseDialog().getByLabel('Hours', { exact: true }).fill('6');
    await courseDialog().getByRole('button', { name: 'Create course' }).click();
    const message = `${existing.provider} already has a course titled “${existing.title}” in the catalog; change the title or edit that course.`;
    await expect.poll(() => describedBy(title())).toBe(message);
    expect(await title().getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    expect((await api(page, 'courses.list', {})).length).toBe(courses.length);
  });

  it('“Leave and discard” goes, and the course never reached the data file', async () => {
    const before = (await api(page, 'courses.list', {})).length;
    // A new address (a typed one, a link from a print view): held the same way.
    await page.evaluate(() => {
      window.location.hash = '#/overview';
    });
    await page.getByRole('alertdialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave and discard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    expect(await courseDialog().count()).toBe(0);
    expect((await api(page, 'courses.list', {})).length).toBe(before);
  });

  it('a preference out of range shows the domain’s message at its field; leaving by the sidebar asks; fixed, it saves and asks no more', async () => {
    await page.goto(`${host.baseUrl}#/settings/preferences`);
    const months = page.getByLabel('Ratings become stale after (months)');
    await months.fill('0');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await expect.poll(() => describedBy(months)).toBe('A rating becomes stale after 1 month at the earliest.');
    expect((await api(page, 'settings.get', {})).staleAfterMonths).toBe(18);
    // A page form: the sidebar is there to click, and the move is asked about; Cancel keeps the value typed.
    await nav('Team').click();
    const leave = page.getByRole('alertdialog', { name: 'Leave without saving?' });
    await leave.waitFor();
    expect(await leave.textContent()).toContain('changes to the preferences');
    await leave.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => leave.count()).toBe(0);
    expect(await months.inputValue()).toBe('0');
    await months.fill('24');
    await months.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    expect((await api(page, 'settings.get', {})).staleAfterMonths).toBe(24);
    await nav('Team').click();
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });
});

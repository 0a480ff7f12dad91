import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { seriousViolations } from './support/axe';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { watchPage } from './support/watch';

/**
 * Editing the catalog in Chromium through the browser host: a new skill with a prerequisite, a refused
 * cycle, a course teaching the skill, the skill added to a role — and all of it still there after the host
 * is restarted on the same data file.
 */
describe.skipIf(!chromiumAvailable)('editing the catalog in Chromium', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;
  const offMachineRequests: string[] = [];
  const consoleErrors: string[] = [];

  const accessibilityProblems = async (screen: string) =>
    (await seriousViolations(page)).map((v) => `${screen}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(10_000);
    watchPage(page, { offMachineRequests, consoleErrors });
    await page.goto(`${host.url}#/catalog/skills`);
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  it('creates a skill with a prerequisite and opens its page', async () => {
    await page.getByText('73 of 73 skills').waitFor();
    expect(await accessibilityProblems('Skills')).toEqual([]);
    await page.getByRole('button', { name: 'New skill' }).click();
    const dialog = page.getByRole('dialog', { name: 'New skill' });
    await dialog.getByLabel('Name').fill('Model watermarking');
    await dialog.getByLabel('Category').selectOption('adversarial-ml');
    await dialog.getByLabel('Description').fill('Embeds and verifies watermarks in models and their outputs.');
    await dialog.getByLabel('Prerequisites: skill to add').selectOption({ label: 'Machine learning fundamentals' });
    await dialog.getByLabel('Prerequisites: needed at').selectOption('2');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    expect(await accessibilityProblems('New skill dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Create skill' }).click();

    await page.getByRole('heading', { level: 1, name: 'Model watermarking' }).waitFor();
    const requires = page.getByRole('region', { name: 'Requires' });
    await expect.poll(() => requires.getByRole('link', { name: 'Machine learning fundamentals' }).isVisible()).toBe(true);
    await page.locator('.react-flow__node', { hasText: 'Machine learning fundamentals' }).waitFor();
    expect(await accessibilityProblems('Skill page')).toEqual([]);
  });

  it('refuses a prerequisite that would close a cycle, and names the cycle', async () => {
    await page.getByRole('region', { name: 'Requires' }).getByRole('link', { name: 'Machine learning fundamentals' }).click();
    await page.getByRole('heading', { level: 1, name: 'Machine learning fundamentals' }).waitFor();
    const requires = page.getByRole('region', { name: 'Requires' });
    await requires.getByLabel('Prerequisite to add', { exact: true }).selectOption({ label: 'Model watermarking' });
    await requires.getByRole('button', { name: 'Add prerequisite' }).click();
    const alert = requires.getByRole('alert');
    await alert.waitFor();
    await expect.poll(() => alert.textContent()).toContain(
      'that would make a cycle, Model watermarking → Machine learning fundamentals → Model watermarking.',
    );
    await expect.poll(() => requires.getByRole('link', { name: 'Model watermarking' }).count()).toBe(0);
  });

  it('creates a course that teaches the new skill', async () => {
    await page.goto(`${host.url}#/catalog/courses`);
    await page.getByText(/^\d+ of \d+ courses$/).waitFor();
    expect(await accessibilityProblems('Courses')).toEqual([]);
    await page.getByRole('button', { name: 'New course' }).click();
    const dialog = page.getByRole('dialog', { name: 'New course' });
    await dialog.getByLabel('Title').fill('Watermarking lab');
    await dialog.getByLabel('Provider').fill('Acme Academy');
    await dialog.getByLabel('Web address (URL)').fill('https://academy.example.org/watermarking');
    await dialog.getByLabel('Kind').selectOption('lab');
    await dialog.getByLabel('Hours', { exact: true }).fill('6');
    await dialog.getByLabel('Cost', { exact: true }).fill('0');
    await dialog.getByLabel('Skills taught: skill to add').selectOption({ label: 'Model watermarking' });
    await dialog.getByLabel('Skills taught: brings to').selectOption('3');
    await dialog.getByRole('button', { name: 'Add', exact: true }).first().click();
    expect(await accessibilityProblems('New course dialog')).toEqual([]);
    await dialog.getByRole('button', { name: 'Create course' }).click();
    await page.getByText('Added “Watermarking lab”.').waitFor();
    await page.getByLabel('Skill taught').selectOption({ label: 'Model watermarking' });
    await page.getByText(/^1 of \d+ courses$/).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Watermarking lab', exact: true }).isVisible()).toBe(true);
  });

  it('adds the skill to a role’s requirement profile', async () => {
    await page.goto(`${host.url}#/catalog/roles`);
    await page.getByText('5 of 5 roles').waitFor();
    await page.getByRole('link', { name: 'AI Security Engineer', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'AI Security Engineer' }).waitFor();
    const profile = page.getByRole('region', { name: 'Requirement profile' });
    await profile.getByLabel('Skill to add', { exact: true }).selectOption({ label: 'Model watermarking' });
    await profile.getByLabel('Required level of the skill to add').selectOption('3');
    await profile.getByLabel('Importance of the skill to add').selectOption('2');
    await profile.getByRole('button', { name: 'Add to profile' }).click();
    await profile.getByText('Added Model watermarking.').waitFor();
    await expect.poll(() => profile.getByRole('link', { name: 'Model watermarking' }).isVisible()).toBe(true);
    expect(await accessibilityProblems('Role page')).toEqual([]);
  });

  it('finds all of it again after the host restarts on the same data file', async () => {
    await host.stop();
    host = await startHost(tmp.file('planner.sqlite'));
    await page.goto(`${host.url}#/catalog/skills`);
    await page.getByRole('searchbox', { name: 'Search skills' }).fill('watermarking');
    await page.getByText('1 of 74 skills').waitFor();
    await page.getByRole('link', { name: 'Model watermarking' }).click();
    await page.getByRole('heading', { level: 1, name: 'Model watermarking' }).waitFor();
    await expect.poll(() => page.getByText('Adversarial machine learning · Added by you').isVisible()).toBe(true);
    const requires = page.getByRole('region', { name: 'Requires' });
    await expect.poll(() => requires.getByRole('link', { name: 'Machine learning fundamentals' }).isVisible()).toBe(true);
    await expect.poll(() => requires.getByLabel('Level of Machine learning fundamentals needed').inputValue()).toBe('2');
    const courses = page.getByRole('region', { name: 'Taught by courses' });
    await expect.poll(() => courses.getByText('Watermarking lab').isVisible()).toBe(true);
    const roles = page.getByRole('region', { name: 'Required by roles' });
    await expect.poll(() => roles.getByRole('link', { name: 'AI Security Engineer' }).isVisible()).toBe(true);
    await expect.poll(() => roles.getByText('3 · Intermediate · Important').isVisible()).toBe(true);
    await page.goto(`${host.url}#/catalog/roles`);
    await page.getByText(/your changes: 1 entry edited, 2 added/).waitFor();
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(offMachineRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceAvailable, referencePath } from '../support/reference-data';
import { tempDir } from '../support/temp-dir';
import { api } from './support/api';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';

const NICE_FILE = 'nice/cprt_SP_800_181_2_1_0.json';
const niceAvailable = referenceAvailable('End-to-end role focus', NICE_FILE);

describe.skipIf(!chromiumAvailable || !niceAvailable)('imported frameworks do not flood the comparisons', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.setDefaultTimeout(20_000);
    await page.goto(host.url);
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  /** The skills the given roles require, counted once. */
  const skillsOf = (roles: { requirements: { skill: string }[] }[]) => new Set(roles.flatMap((r) => r.requirements.map((q) => q.skill))).size;

  it('after importing two NICE work roles nobody targets, the heatmap and coverage show the targeted roles only; the others on demand', async () => {
    const before = await api(page, 'team.snapshot', {});
    await api(page, 'nice.import', { content: readFileSync(referencePath(NICE_FILE), 'utf8'), roleIds: ['PD-WRL-003', 'DD-WRL-004'], level: 3 });
    const after = await api(page, 'team.snapshot', {});
    const targeted = new Set(after.members.map((m) => m.targetRoleId));
    const focus = after.roles.filter((r) => targeted.has(r.id));
    expect(after.roles.length).toBe(before.roles.length + 2);
    const members = after.members.length;

    await page.goto(`${host.baseUrl}#/compare/heatmap`);
    const count = page.locator('.heatmap__toolbar .toolbar__count');
    await expect.poll(() => count.textContent()).toBe(`${members} members × ${skillsOf(focus)} skills`);
    expect(skillsOf(focus)).toBe(skillsOf(before.roles.filter((r) => targeted.has(r.id))));
    // The picker offers the targeted roles; the NICE ones are not among them.
    await page.getByRole('combobox', { name: 'Measure against' }).click();
    const options = await page.getByRole('option').allTextContents();
    expect(options).not.toContain('Incident Response');
    await page.keyboard.press('Escape');

    const toggle = page.getByRole('checkbox', { name: 'Show the 2 roles nobody targets' });
    await toggle.check();
    await expect.poll(() => count.textContent()).toBe(`${members} members × ${skillsOf(after.roles)} skills`);
    expect(skillsOf(after.roles)).toBeGreaterThan(skillsOf(focus));
    await page.getByRole('combobox', { name: 'Measure against' }).click();
    expect(await page.getByRole('option').allTextContents()).toContain('Incident Response');
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Role coverage' }).click();
    const cards = page.locator('.coverage__card');
    await expect.poll(() => cards.count()).toBe(focus.length);
    expect(await page.locator('.coverage__card[data-role="nice-PD-WRL-003"]').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Show the 2 roles nobody targets' }).check();
    await expect.poll(() => cards.count()).toBe(after.roles.length);
    expect(await page.locator('.coverage__card[data-role="nice-PD-WRL-003"]').count()).toBe(1);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

  const shot = async (name: string) => {
    if (process.env.SHOTS_DIR) await page.screenshot({ path: resolve(process.env.SHOTS_DIR, `${name}.png`), fullPage: true });
  };
  const optionsOf = async (combobox: ReturnType<Page['getByRole']>) => {
    await combobox.click();
    const options = await page.getByRole('option').allTextContents();
    await page.keyboard.press('Escape');
    return options;
  };

  it('the skills list and the role pickers are as before the import by default; the NICE roles on demand', async () => {
    const skills = await api(page, 'skills.list', {});
    const nice = skills.filter((s) => s.origin === 'nice').length;
    const embedded = skills.length - nice;
    // Two work roles of the reference file: their statements are skills, none of them embedded.
    expect(nice).toBeGreaterThan(100);

    await page.goto(`${host.baseUrl}#/catalog/skills`);
    await page.getByText(`${embedded} of ${embedded} skills`).waitFor();
    await page.getByRole('note').filter({ hasText: `Showing the ${embedded} skills of the roles someone targets` }).waitFor();
    await shot('skills-list-focus');
    await page.getByRole('button', { name: `Show all ${skills.length}` }).click();
    await page.getByText(`${skills.length} of ${skills.length} skills`).waitFor();
    await page.getByRole('button', { name: 'Only the roles someone targets' }).click();
    await page.getByText(`${embedded} of ${embedded} skills`).waitFor();

    // Member vs role: the roles someone targets; the two work roles one tick away.
    await page.goto(`${host.baseUrl}#/compare/role`);
    const rolePicker = page.getByRole('combobox', { name: 'Role', exact: true });
    expect(await optionsOf(rolePicker)).not.toContain('Incident Response');
    await page.getByRole('checkbox', { name: 'Show the 2 roles nobody targets' }).check();
    expect(await optionsOf(rolePicker)).toContain('Incident Response');

    // The team report's heatmap picker, the same.
    await page.goto(`${host.baseUrl}#/reports`);
    const reportPicker = page.getByRole('combobox', { name: 'Heatmap for' });
    expect(await optionsOf(reportPicker)).not.toContain('Incident Response');
    await page.getByRole('checkbox', { name: 'Show the 2 roles nobody targets' }).check();
    expect(await optionsOf(reportPicker)).toContain('Incident Response');
  });

  it('archives a role from the roles list: gone from the list and the pickers, back on demand; a targeted role is refused by name', async () => {
    const roles = await api(page, 'roles.list', {});
    await page.goto(`${host.baseUrl}#/catalog/roles`);
    const table = page.getByRole('table', { name: 'Roles' });
    await page.getByText(`${roles.length} of ${roles.length} roles`).waitFor();

    await page.getByRole('button', { name: 'Actions for Incident Response' }).click();
    await page.getByRole('menuitem', { name: 'Archive' }).click();
    await page.getByText(`${roles.length - 1} of ${roles.length - 1} roles`).waitFor();
    expect(await table.getByRole('link', { name: 'Incident Response', exact: true }).count()).toBe(0);
    expect((await api(page, 'roles.get', { id: 'nice-PD-WRL-003' })).archived).toBe(true);

    const showArchived = page.getByRole('checkbox', { name: 'Show the 1 archived role' });
    await showArchived.check();
    await page.getByText(`${roles.length} of ${roles.length} roles`).waitFor();
    await expect.poll(() => table.locator('tr[data-archived="true"]').textContent()).toContain('Archived');
    await shot('roles-list-archived');
    await page.getByRole('checkbox', { name: 'Showing archived roles too' }).uncheck();

    // A role the team aims for stays: the refusal names who targets it, and nothing changes.
    const before = await api(page, 'roles.get', { id: 'mlsecops-engineer' });
    await page.getByRole('button', { name: 'Actions for MLSecOps Engineer' }).click();
    await page.getByRole('menuitem', { name: 'Archive' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('“MLSecOps Engineer” is the target role of 2 members (Aisha Karim, Marcus Webb), so it stays in view.');
    expect(await api(page, 'roles.get', { id: 'mlsecops-engineer' })).toEqual(before);
    await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();

    // Out of the comparisons too: only Secure Systems Development is left to show on demand.
    await page.goto(`${host.baseUrl}#/compare/role`);
    await page.getByRole('checkbox', { name: 'Show the 1 role nobody targets' }).check();
    expect(await optionsOf(page.getByRole('combobox', { name: 'Role', exact: true }))).not.toContain('Incident Response');
    // The member form offers it only when asked for.
    await page.goto(`${host.baseUrl}#/team`);
    await page.getByRole('button', { name: 'Add member' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add a team member' });
    const target = dialog.getByRole('combobox', { name: 'Target role' });
    expect(await optionsOf(target)).not.toContain('Incident Response');
    await dialog.getByRole('checkbox', { name: 'Show the 1 archived role' }).check();
    expect(await optionsOf(target)).toContain('Incident Response');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('sets the levels of an imported role’s knowledge statements at once, the profile follows, and Undo puts them back', async () => {
    const inspection = await api(page, 'nice.inspect', { content: readFileSync(referencePath(NICE_FILE), 'utf8') });
    const { knowledge, skills } = inspection.roles.find((r) => r.id === 'PD-WRL-003')!;
    await page.goto(`${host.baseUrl}#/catalog/roles/nice-PD-WRL-003`);
    await page.getByRole('heading', { level: 1, name: 'Incident Response' }).waitFor();
    await page.getByText('This role is archived').waitFor();

    await page.getByLabel('Requirements', { exact: true }).selectOption({ label: `NICE knowledge statements (${knowledge})` });
    await page.getByLabel('Level', { exact: true }).selectOption('4');
    await page.getByLabel('Importance', { exact: true }).selectOption('3');
    await page.getByText(`${knowledge} requirements of ${knowledge} would change to level 4 (Advanced), Critical.`).waitFor();
    await shot('role-bulk-levels');
    await page.getByRole('button', { name: `Set ${knowledge} requirements…` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: `Set ${knowledge} requirements` }).click();
    await page.getByRole('status').filter({ hasText: `Set ${knowledge} requirements of NICE knowledge statements to level 4 (Advanced), Critical.` }).waitFor();

    const rowsOf = async () => (await api(page, 'roles.get', { id: 'nice-PD-WRL-003' })).requirements;
    const after = await rowsOf();
    const isKnowledge = (skill: string) => /^nice-K\d/.test(skill);
    expect(after.filter((q) => isKnowledge(q.skill) && q.level === 4 && q.importance === 3)).toHaveLength(knowledge);
    expect(after.filter((q) => !isKnowledge(q.skill) && q.level === 3 && q.importance === 2)).toHaveLength(skills);
    // The profile on the page shows the new level.
    const first = after.find((q) => isKnowledge(q.skill))!;
    await expect.poll(() => page.getByLabel(`Required level for ${first.skillName}`, { exact: true }).inputValue()).toBe('4');

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').filter({ hasText: 'Put the levels back as they were.' }).waitFor();
    expect((await rowsOf()).every((q) => q.level === 3 && q.importance === 2)).toBe(true);
  });
});

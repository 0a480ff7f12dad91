import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/main/db/open';
import { tempDir } from '../support/temp-dir';
import { seriousViolations } from './support/axe';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { watchPage } from './support/watch';

/**
 * A small catalog written into the data file before the host starts (a store with catalog rows is never
 * seeded, so there is no demo team either), so every number below can be worked out by hand:
 *
 *   skills: Prompt injection (s1), Red teaming (s2) [Offence]; Threat modelling (s3), Logging (s4) [Defence];
 *           Risk management (s5) [Governance]
 *   Red teamer: s1 at 4 critical (3), s2 at 3 important (2), s3 at 2 useful (1)      Σ importance 6
 *   Defender:   s3 at 3 critical (3), s4 at 3 important (2), s1 at 2 useful (1)      Σ importance 6
 *   Governor:   s5 at 3 critical (3), s3 at 2 useful (1)                             Σ importance 4
 */
function writeSmallCatalog(file: string) {
  const { db } = openStore(file);
  db.exec(`
    INSERT INTO skill_categories (id, name, description, position) VALUES
      ('offence', 'Offence', '', 0), ('defence', 'Defence', '', 1), ('governance', 'Governance', '', 2);
    INSERT INTO skills (id, name, category_id, origin) VALUES
      ('s1', 'Prompt injection', 'offence', 'user'), ('s2', 'Red teaming', 'offence', 'user'),
      ('s3', 'Threat modelling', 'defence', 'user'), ('s4', 'Logging', 'defence', 'user'),
      ('s5', 'Risk management', 'governance', 'user');
    INSERT INTO roles (id, name, origin) VALUES ('red', 'Red teamer', 'user'), ('def', 'Defender', 'user'), ('gov', 'Governor', 'user');
    INSERT INTO role_requirements (role_id, skill_id, level, importance) VALUES
      ('red', 's1', 4, 3), ('red', 's2', 3, 2), ('red', 's3', 2, 1),
      ('def', 's3', 3, 3), ('def', 's4', 3, 2), ('def', 's1', 2, 1),
      ('gov', 's5', 3, 3), ('gov', 's3', 2, 1);`);
  db.close();
}

describe.skipIf(!chromiumAvailable)('team and comparisons in Chromium', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    tmp = tempDir();
    writeSmallCatalog(tmp.file('planner.sqlite'));
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(10_000);
    watchPage(page, { consoleErrors });
    await page.goto(`${host.url}#/team`);
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  async function expectNoSeriousViolations(where: string) {
    const violations = await seriousViolations(page);
    expect(violations.map((v) => `${where}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  async function addMember(name: string, targetRole: string) {
    await page.getByRole('button', { name: 'Add member' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add a team member' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('combobox', { name: 'Target role' }).click();
    await page.getByRole('option', { name: targetRole, exact: true }).click();
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
  }

  /** Focuses a skill's entry cell on the sheet; the keyboard does the rest. */
  async function focusSkill(skill: string) {
    await page.getByRole('gridcell', { name: new RegExp(`^${skill}: new level`) }).focus();
  }

  async function saveSheet(count: number) {
    await page.keyboard.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: new RegExp(`^Saved ${count} ratings? for`) }).waitFor();
  }

  it('adds two members and rates them by keyboard, adding a skill outside the target role', async () => {
    await page.getByRole('heading', { name: 'No one on the team yet' }).waitFor();
    await addMember('Ada', 'Red teamer');
    // The sheet lists the target role's skills, critical first; digits set a level and move to the next skill.
    await focusSkill('Prompt injection');
    await page.keyboard.press('3'); // s1 = 3
    await page.keyboard.press('3'); // s2 = 3
    await page.keyboard.press('1'); // s3 = 1
    await page.getByRole('button', { name: '+ Add a skill to the sheet' }).click();
    await page.getByRole('combobox', { name: 'Find a skill' }).fill('logg');
    await page.keyboard.press('Enter');
    await page.getByRole('gridcell', { name: /^Logging: new level not set/ }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Logging/);
    await page.keyboard.press('2'); // s4 = 2
    await expect.poll(() => page.getByTestId('sheet-readiness').textContent()).toBe('Readiness for Red teamer: 0% → 79% with the unsaved levels');
    await saveSheet(4);
    await expectNoSeriousViolations('skill sheet');

    await page.getByRole('link', { name: '← Team' }).click();
    await addMember('Bo', 'Defender');
    await focusSkill('Threat modelling');
    await page.keyboard.press('2'); // s3 = 2
    await page.keyboard.press('3'); // s4 = 3
    await page.keyboard.press('2'); // s1 = 2
    await saveSheet(3);
  });

  it('shows each member’s readiness for their target role, as worked out by hand', async () => {
    // Ada vs Red teamer: s1 3/4 × 3 = 2.25, s2 3/3 × 2 = 2, s3 1/2 × 1 = 0.5 → 4.75 / 6 = 79.2 % → 79 %
    // Bo vs Defender:    s3 2/3 × 3 = 2, s4 3/3 × 2 = 2, s1 2/2 × 1 = 1      → 5 / 6 = 83.3 % → 83 %
    await page.getByRole('link', { name: '← Team' }).click();
    const rows = page.getByRole('region', { name: 'Members' }).getByRole('row');
    await rows.filter({ hasText: 'Ada' }).waitFor();
    await expect.poll(() => rows.filter({ hasText: 'Ada' }).locator('.readiness').textContent()).toBe('79%Nearly ready');
    await expect.poll(() => rows.filter({ hasText: 'Bo' }).locator('.readiness').textContent()).toBe('83%Nearly ready');

    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Compare' }).click();
    await page.getByRole('combobox', { name: 'Member' }).click();
    await page.getByRole('option', { name: 'Ada' }).click();
    await expect.poll(() => page.getByTestId('readiness').locator('.readiness__value').textContent()).toBe('79%');
    // The table lists the three requirements; the gaps: s1 one short, s2 met, s3 one short.
    const table = page.getByRole('table', { name: /Ada against Red teamer/ });
    await expect.poll(() => table.locator('tbody tr[data-skill="s1"] .gap-chip').textContent()).toBe('−1');
    await expect.poll(() => table.locator('tbody tr[data-skill="s2"] .gap-chip').textContent()).toBe('Met');
    await expect.poll(() => table.locator('tbody tr[data-skill="s3"] .gap-chip').textContent()).toBe('−1');
    // The radar has one axis per category the role needs: Offence, Defence.
    await expect.poll(() => page.getByRole('img', { name: /Required and current level by skill category/ }).getAttribute('aria-label')).toBe(
      'Required and current level by skill category. Offence: required 3.5, Ada 3; Defence: required 2, Ada 1.',
    );
    await expectNoSeriousViolations('member vs role');
  });

  it('ranks every role by readiness for each member, with the top gaps', async () => {
    // Ada: Red teamer 79 %; Defender: s3 1/3 × 3 = 1, s4 2/3 × 2 = 1.33, s1 1 × 1 = 1 → 3.33 / 6 = 55 %;
    //      Governor: s5 0, s3 1/2 × 1 = 0.5 → 0.5 / 4 = 12 %.
    await page.getByRole('tab', { name: 'Best fit' }).click();
    const ranking = page.getByRole('list', { name: 'Roles ranked by Ada’s readiness' });
    await ranking.waitFor();
    await expect.poll(() => ranking.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Red teamer', 'Defender', 'Governor']);
    await expect.poll(() => ranking.locator(':scope > li .readiness__value').allTextContents()).toEqual(['79%', '55%', '12%']);
    // Red teamer's gaps: s1 1 short × critical = 3, s3 1 short × useful = 1.
    await expect.poll(() => ranking.getByRole('list', { name: 'Top gaps for Red teamer' }).locator('strong').allTextContents()).toEqual([
      'Prompt injection',
      'Threat modelling',
    ]);
    // Bo: Defender 83 %; Red teamer: s1 2/4 × 3 = 1.5, s2 0, s3 1 × 1 = 1 → 2.5 / 6 = 41 %; Governor: s3 1 × 1 → 1 / 4 = 25 %.
    await page.getByRole('combobox', { name: 'Member' }).click();
    await page.getByRole('option', { name: 'Bo' }).click();
    const boRanking = page.getByRole('list', { name: 'Roles ranked by Bo’s readiness' });
    await expect.poll(() => boRanking.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['Defender', 'Red teamer', 'Governor']);
    await expect.poll(() => boRanking.locator(':scope > li .readiness__value').allTextContents()).toEqual(['83%', '41%', '25%']);
    await expectNoSeriousViolations('best fit');
  });

  const heatCell = (member: string, skill: string) =>
    page.locator(`[data-testid=heatmap] [role=row][data-member="${member}"] [role=cell][data-skill="${skill}"]`);
  const cellsOf = async (member: string, skills: string[]) =>
    Promise.all(skills.map(async (s) => [await heatCell(member, s).textContent(), await heatCell(member, s).getAttribute('data-gap')]));
  const footer = (skill: string) => page.locator(`[data-testid=heatmap] .heatmap__row--foot [data-skill="${skill}"]`);

  it('draws the team heatmap against one role and against each member’s target role, with totals', async () => {
    await page.getByRole('tab', { name: 'Team heatmap' }).click();
    await page.getByRole('combobox', { name: 'Measure against' }).click();
    await page.getByRole('option', { name: 'Red teamer' }).click();
    await page.getByText('2 members × 3 skills').waitFor();
    // Against Red teamer (s1 4, s2 3, s3 2): cells are [level, levels short].
    await expect.poll(() => cellsOf('Ada', ['s1', 's2', 's3'])).toEqual([['3', '1'], ['3', '0'], ['1', '1']]);
    await expect.poll(() => cellsOf('Bo', ['s1', 's2', 's3'])).toEqual([['2', '2'], ['–', '3'], ['2', '0']]);
    await expect.poll(() => page.locator('[role=row][data-member="Ada"] [data-total=row]').textContent()).toBe('2');
    await expect.poll(() => page.locator('[role=row][data-member="Bo"] [data-total=row]').textContent()).toBe('5');
    expect([await footer('s1').textContent(), await footer('s2').textContent(), await footer('s3').textContent()]).toEqual(['3', '3', '1']);
    await expect.poll(() => page.locator('[data-total=all]').textContent()).toBe('7');

    // Sorting by levels short puts Bo (5) above Ada (2).
    await page.getByRole('columnheader', { name: 'Short' }).getByRole('button').click();
    expect(await page.locator('[data-testid=heatmap] [role=row][data-member]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-member')))).toEqual(['Bo', 'Ada']);
    await expectNoSeriousViolations('heatmap');

    // The same map as a spreadsheet, in the order shown (Bo first), with blanks where a skill is not rated.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^team-heatmap-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...csvRows] = Papa.parse<string[]>(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    const cell = (row: string[], column: string) => row[header!.indexOf(column)];
    expect(csvRows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Bo', '41', '5'],
      ['Ada', '79', '2'],
    ]);
    expect(['Prompt injection', 'Red teaming', 'Threat modelling'].map((s) => [cell(csvRows[0]!, `${s}: level`), cell(csvRows[0]!, `${s}: gap`)])).toEqual([
      ['2', '2'],
      ['', '3'],
      ['2', '0'],
    ]);

    // Each against their own target role: Ada → Red teamer, Bo → Defender (s3 3, s4 3, s1 2); -1 = not required.
    await page.getByRole('combobox', { name: 'Measure against' }).click();
    await page.getByRole('option', { name: /Each member’s target role/ }).click();
    // By default only the roles someone targets (Red teamer, Defender: s1–s4); Governance (s5) is one click away.
    await page.getByText('2 members × 4 skills').waitFor();
    await page.getByRole('checkbox', { name: 'Show the 1 role nobody targets' }).check();
    await page.getByText('2 members × 5 skills').waitFor();
    await expect.poll(() => cellsOf('Ada', ['s1', 's2', 's3', 's4', 's5'])).toEqual([['3', '1'], ['3', '0'], ['1', '1'], ['2', '-1'], ['–', '-1']]);
    await expect.poll(() => cellsOf('Bo', ['s1', 's2', 's3', 's4', 's5'])).toEqual([['2', '0'], ['–', '-1'], ['2', '1'], ['3', '0'], ['–', '-1']]);
    await expect.poll(() => page.locator('[data-total=all]').textContent()).toBe('3');
  });

  it('shows role coverage with the team’s blind spots', async () => {
    await page.getByRole('tab', { name: 'Role coverage' }).click();
    const card = (role: string) => page.locator(`.coverage__card[data-role="${role}"]`);
    await card('red').waitFor();
    await expect.poll(() => card('red').getByTestId('nearly-ready-count').textContent()).toBe('1');
    await expect.poll(() => card('red').getByTestId('ready-count').textContent()).toBe('0');
    // Nobody has Prompt injection at 4 (Ada is closest at 3); Defender lacks Threat modelling at 3; nobody rated Risk management.
    await expect.poll(() => card('red').locator('.coverage__spots li').allTextContents()).toEqual(['Prompt injection needs 4 · Critical · closest: Ada at 3']);
    await expect.poll(() => card('def').locator('.coverage__spots li').allTextContents()).toEqual(['Threat modelling needs 3 · Critical · closest: Bo at 2']);
    // Governance, which nobody targets, shows on demand.
    expect(await card('gov').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Show the 1 role nobody targets' }).check();
    await expect.poll(() => card('gov').locator('.coverage__spots li').allTextContents()).toEqual(['Risk management needs 3 · Critical · nobody rated']);
    await expectNoSeriousViolations('coverage');
  });

  it('follows a rating change at once, everywhere', async () => {
    // Ada's Prompt injection 3 → 4: Red teamer becomes 3 + 2 + 0.5 = 5.5 / 6 = 91 %, ready; no blind spot left there.
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('link', { name: 'Ada' }).click();
    await page.getByRole('tab', { name: 'Against a role' }).click();
    await expect.poll(() => page.getByTestId('readiness').locator('.readiness__value').textContent()).toBe('79%');
    await page.getByRole('tab', { name: 'Skill sheet' }).click();
    await focusSkill('Prompt injection');
    await page.keyboard.press('ArrowRight'); // 3 → 4
    await saveSheet(1);
    await page.getByRole('tab', { name: 'Against a role' }).click();
    await expect.poll(() => page.getByTestId('readiness').textContent()).toContain('91%Ready');
    await page.getByRole('tab', { name: 'Rating history' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Rating history of Ada' }).locator('tbody tr').count()).toBe(5);

    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Compare' }).click();
    await page.getByRole('tab', { name: 'Role coverage' }).click();
    const red = page.locator('.coverage__card[data-role="red"]');
    await expect.poll(() => red.getByTestId('ready-count').textContent()).toBe('1');
    await expect.poll(() => red.locator('.coverage__spots li').count()).toBe(0);
  });

  it('logged no errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});

describe.skipIf(!chromiumAvailable)('the demo team of a first start', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  it('fills Compare on first start, and goes away in one action after asking', async () => {
    await page.goto(`${host.url}#/compare/heatmap`);
    await page.getByText(/^7 members × \d+ skills$/).waitFor();
    await expect.poll(() => page.locator('[data-testid=heatmap] [role=row][data-member]').count()).toBe(7);
    await page.goto(`${host.url}#/team`);
    await page.getByText('7 demo members').waitFor();
    await page.getByRole('button', { name: 'Remove demo team' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Remove the demo team?' });
    await confirm.getByRole('button', { name: 'Remove demo team' }).click();
    await page.getByRole('heading', { name: 'No one on the team yet' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'No one on the team yet' }).waitFor();
  });
});

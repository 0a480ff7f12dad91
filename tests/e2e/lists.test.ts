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

  // As people read names: case and accents ignored, numbers by size (worked out here, apart from the app).
  const byText = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });
  const rowHeaders = (tableName: string) => table(tableName).locator('tbody tr th').allTextContents();

  it('learning paths: by member, then the other way; by hours left, most first', async () => {
    const team = await api(page, 'plans.team', {});
    const names = team.members.map((m) => m.name).sort(byText);
    await page.evaluate(() => (window.location.hash = '#/paths'));
    const label = 'Learning paths of the team';
    const shown = async () => (await table(label).locator('tbody tr th a.table__primary').allTextContents());
    await expect.poll(shown).toEqual(names);
    await sortButton(label, 'Member').click();
    await expect.poll(shown).toEqual([...names].reverse());
    await sortButton(label, 'Hours left').click();
    expect(await ariaSort(label, 'Hours left')).toBe('descending');
    const most = Math.max(...team.members.map((m) => m.totals?.remainingHours ?? -1));
    const withMost = team.members.filter((m) => (m.totals?.remainingHours ?? -1) === most).map((m) => m.name);
    expect(withMost).toContain((await shown())[0]);
    await shot('paths-sorted.png');
  });

  it('a member’s ratings: newest first, then by level, highest first and lowest first', async () => {
    const snapshot = await api(page, 'team.snapshot', {});
    const counts = new Map<string, number>();
    for (const r of snapshot.ratings) counts.set(r.memberId, (counts.get(r.memberId) ?? 0) + 1);
    const [memberId] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const member = snapshot.members.find((m) => m.id === memberId)!;
    const ratings = snapshot.ratings.filter((r) => r.memberId === memberId);
    const levels = ratings.map((r) => r.level);
    expect(new Set(levels).size).toBeGreaterThan(1);
    await page.evaluate((id) => (window.location.hash = `#/team/member/${id}/history`), memberId);
    const label = `Rating history of ${member.name}`;
    const dates = () => table(label).locator('tbody td.ratings-table__date').allTextContents();
    await expect.poll(dates).toEqual(ratings.map((r) => r.ratedOn).sort().reverse());
    const firstLevel = async () => Number((await firstRow(label).locator('td').nth(2).textContent())!.split(' ')[0]);
    await sortButton(label, 'Level').click();
    await expect.poll(firstLevel).toBe(Math.max(...levels));
    expect(await ariaSort(label, 'Level')).toBe('descending');
    await sortButton(label, 'Level').click();
    await expect.poll(firstLevel).toBe(Math.min(...levels));
    await shot('member-ratings-sorted.png');
  });

  it('ratings to re-assess: oldest first, then by member', async () => {
    // Two old manager ratings make sure the list has rows (each the newest validated rating of its skill).
    const snapshot = await api(page, 'team.snapshot', {});
    const [first, second] = snapshot.members;
    const unrated = (memberId: string) => snapshot.skills.find((s) => !snapshot.ratings.some((r) => r.memberId === memberId && r.skillId === s.id))!;
    await api(page, 'ratings.add', {
      ratings: [
        { memberId: first!.id, skillId: unrated(first!.id).id, level: 2, source: 'manager', ratedOn: '2019-03-01', evidence: '' },
        { memberId: second!.id, skillId: unrated(second!.id).id, level: 3, source: 'manager', ratedOn: '2018-07-01', evidence: '' },
      ],
    });
    const stale = await api(page, 'ratings.stale', {});
    expect(stale.length).toBeGreaterThan(1);
    // Written beside the app (not through its data layer): loaded afresh.
    await page.evaluate(() => (window.location.hash = '#/team/reassess'));
    await page.reload();
    const label = 'Ratings to re-assess';
    const dates = () => table(label).locator('tbody tr td:last-child').allTextContents();
    await expect.poll(dates).toEqual(stale.map((r) => r.ratedOn).sort());
    await sortButton(label, 'Member').click();
    const members = () => table(label).locator('tbody tr th').allTextContents();
    await expect.poll(members).toEqual(stale.map((r) => r.memberName).sort(byText));
    await shot('reassess-sorted.png');
  });

  it('member against role: biggest gaps first, then by skill name', async () => {
    const snapshot = await api(page, 'team.snapshot', {});
    const member = snapshot.members.find((m) => m.targetRoleId)!;
    const role = snapshot.roles.find((r) => r.id === member.targetRoleId)!;
    const skillName = new Map(snapshot.skills.map((s) => [s.id, s.name]));
    await page.evaluate((id) => (window.location.hash = `#/team/member/${id}/role`), member.id);
    const label = `${member.name} against ${role.name}, per required skill`;
    await table(label).waitFor();
    expect(await ariaSort(label, 'Gap')).toBe('descending');
    await sortButton(label, 'Skill').click();
    const expected = role.requirements.map((r) => skillName.get(r.skill)!).sort(byText);
    await expect.poll(() => rowHeaders(label)).toEqual(expected);
    await sortButton(label, 'Skill').click();
    await expect.poll(() => rowHeaders(label)).toEqual([...expected].reverse());
    await shot('fit-table-sorted.png');
  });

  it('overview readiness: by member, then readiness highest first', async () => {
    const overview = await api(page, 'overview.team', {});
    await page.evaluate(() => (window.location.hash = '#/overview'));
    const label = 'Readiness for target roles';
    await expect.poll(() => rowHeaders(label)).toEqual(overview.readiness.map((r) => r.name).sort(byText));
    await sortButton(label, 'Readiness').click();
    const best = Math.max(...overview.readiness.map((r) => r.readiness ?? -1));
    const bestNames = overview.readiness.filter((r) => (r.readiness ?? -1) === best).map((r) => r.name);
    await expect.poll(async () => bestNames.includes((await rowHeaders(label))[0]!)).toBe(true);
    await shot('overview-readiness-sorted.png');
  });

  it('logged no errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});

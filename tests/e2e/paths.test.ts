import { format, parseISO } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseCourses } from '../../src/shared/planning/path-generation';
import { scheduleCourses } from '../../src/shared/planning/schedule';
import { tempDir } from '../support/temp-dir';
import { seriousViolations } from './support/axe';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { watchPage } from './support/watch';
import { api } from './support/api';
import { expectedEffort, hoursLabel } from './support/effort';

const day = (iso: string) => format(parseISO(iso), 'd MMM yyyy');
const transformOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => (el as HTMLElement).style.transform);

describe.skipIf(!chromiumAvailable)('learning paths in Chromium through the browser host', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;
  let editorMember: string;
  const offMachineRequests: string[] = [];
  const consoleErrors: string[] = [];

  async function openPage(url: string) {
    page = await chromium.browser.newPage({ viewport: { width: 1440, height: 960 } });
    page.setDefaultTimeout(10_000);
    watchPage(page, { offMachineRequests, consoleErrors });
    await page.goto(url);
  }

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    await openPage(host.url);
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  it('generates a plan from a member’s gaps: the courses the search chooses, and the finish date of their schedule', async () => {
    // 2027-01-04 is a Monday.
    const member = await api(page, 'members.create', { name: 'Noor Haddad', targetRoleId: 'ai-security-engineer', weeklyHours: 6, startDate: '2027-01-04' });
    await page.goto(`${host.url}#/paths/${member.id}`);
    await page.getByRole('heading', { name: 'Noor Haddad has no learning path yet' }).waitFor();
    await page.getByRole('toolbar', { name: 'Plan actions' }).getByRole('button', { name: 'Generate from gaps' }).click();
    const dialog = page.getByRole('dialog', { name: 'Generate from gaps' });
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await page.getByText(/^Generated \d+ courses? for AI Security Engineer \(exact search\)/).waitFor();

    // The same choice, computed here from the catalog the host serves.
    const [role, skills, courses] = await Promise.all([
      api(page, 'roles.get', { id: 'ai-security-engineer' }),
      api(page, 'skills.list', {}),
      api(page, 'courses.list', {}),
    ]);
    const expected = chooseCourses({
      roleNeeds: role.requirements,
      current: new Map(),
      skills,
      courses,
      limits: { objective: 'hours', budgetCap: null, freeOnly: false, excludedProviders: [] },
    });
    const shown = await page.locator('.react-flow__node-course .plan-node__title').allTextContents();
    const titles = new Map(courses.map((c) => [c.id, c.title]));
    expect(shown.map((t) => t.trim()).sort()).toEqual(expected.courses.map((c) => titles.get(c.id)).sort());

    const { plan } = await api(page, 'plans.workspace', { memberId: member.id });
    const byId = new Map(courses.map((c) => [c.id, c]));
    // Each milestone is work: the levels it closes above the member (unrated here) and the plan's courses, at
    // the default 10 h per level.
    const { milestoneHours } = expectedEffort(plan!, byId, new Map(), 10);
    const schedule = scheduleCourses({
      nodes: plan!.nodes.map((n) => {
        const c = n.courseId ? byId.get(n.courseId)! : null;
        return { ...n, hours: c ? c.hours : (milestoneHours.get(n.id) ?? 0), examHours: c?.examHours ?? null, cost: c ? c.cost : 0 };
      }),
      edges: plan!.edges,
      weeklyHours: 6,
      startDate: '2027-01-04',
      blackouts: [],
      maxParallel: 1,
    });
    await expect.poll(() => page.getByTestId('finish-date').textContent()).toBe(day(schedule.finishDate!));
    const milestoneTotal = [...milestoneHours.values()].reduce((a, b) => a + b, 0);
    expect(milestoneTotal).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('total-hours').textContent()).toBe(hoursLabel(expected.totalHours + milestoneTotal));
    // The first course starts on the member's start date; the timeline lists every course and every milestone with effort.
    expect(plan!.nodes.filter((n) => n.kind === 'course').map((n) => n.startDate).sort()[0]).toBe('2027-01-04');
    const withEffort = [...milestoneHours.values()].filter((h) => h > 0).length;
    await expect
      .poll(() => page.getByRole('figure', { name: 'Timeline of the plan’s courses, exams and milestones' }).getByRole('listitem').count())
      .toBe(expected.courses.length + withEffort);
  });

  it('hides and shows the mentoring milestones of a large plan, without changing the plan', async () => {
    const milestones = page.locator('.react-flow__node-milestone');
    const count = await milestones.count();
    expect(count).toBeGreaterThan(0);
    await page.getByRole('button', { name: `Hide ${count} milestones` }).click();
    await expect.poll(() => milestones.count()).toBe(0);
    expect(await page.getByRole('button', { name: `Show ${count} milestones` }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: `Show ${count} milestones` }).click();
    await expect.poll(() => milestones.count()).toBe(count);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'All changes saved' }).count()).toBe(1);
  });

  it('adds a skill and a course from the palette by drag and drop, connects them, and refuses a loop', async () => {
    const member = await api(page, 'members.create', { name: 'Ivo Marin', targetRoleId: 'ai-security-engineer', weeklyHours: 5, startDate: '2027-01-04' });
    editorMember = member.id;
    await page.goto(`${host.url}#/paths/${member.id}`);
    await page.getByRole('button', { name: 'Start an empty plan' }).click();
    const canvas = page.locator('.react-flow__pane');
    await canvas.waitFor();

    await page.getByRole('radio', { name: 'Skills' }).click();
    await page.getByRole('searchbox', { name: 'Search skills' }).fill('prompt injection defence');
    await page.getByRole('listbox', { name: 'Skills' }).getByRole('option').first().dragTo(canvas, { targetPosition: { x: 420, y: 170 } });
    await page.getByRole('radio', { name: 'Courses' }).click();
    await page.getByRole('searchbox', { name: 'Search courses' }).fill('OWASP API Security');
    await page.getByRole('listbox', { name: 'Courses' }).getByRole('option').first().dragTo(canvas, { targetPosition: { x: 150, y: 400 } });
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(2);
    await expect.poll(() => page.locator('.react-flow__node-skill .plan-node__title').textContent()).toBe('Prompt injection defence');

    async function connect(from: string, to: string) {
      const source = (await page.locator(from).locator('.react-flow__handle-right').boundingBox())!;
      const target = (await page.locator(to).locator('.react-flow__handle-left').boundingBox())!;
      await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
      await page.mouse.down();
      await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
      await page.mouse.up();
    }
    await connect('.react-flow__node-course', '.react-flow__node-skill');
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    await page.getByText(/now comes before “Prompt injection defence”/).waitFor();

    await connect('.react-flow__node-skill', '.react-flow__node-course');
    await page.getByText(/cannot come before .* that would make a loop/).waitFor();
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);

    // Keyboard: Enter adds the selected palette item; Delete removes the selected node.
    await page.getByRole('radio', { name: 'Milestone' }).click();
    await page.getByRole('listbox', { name: 'Milestone' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.react-flow__node-milestone').count()).toBe(1);
    await page.locator('.react-flow__node-milestone').focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(2);
    await page.getByText('All changes saved').waitFor();
  });

  it('moves a node, and undoes and redoes the move', async () => {
    const skill = '.react-flow__node-skill';
    const before = await transformOf(page, skill);
    const box = (await page.locator(`${skill} .plan-node__title`).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 5);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + 200, { steps: 15 });
    await page.mouse.up();
    const moved = await transformOf(page, skill);
    expect(moved).not.toBe(before);

    await page.keyboard.press('Control+z');
    await expect.poll(() => transformOf(page, skill)).toBe(before);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => transformOf(page, skill)).toBe(moved);
    await page.getByText('All changes saved').waitFor();
  });

  it('sets a status by keyboard, marks a course done from its context menu, and records what it teaches as “course” ratings', async () => {
    await page.locator('.react-flow__node-course .plan-node__title').click();
    await page.keyboard.press('2');
    await expect.poll(() => page.locator('.react-flow__node-course .status-chip').textContent()).toBe('In progress');
    await page.locator('.react-flow__node-course').click({ button: 'right' });
    await page.getByRole('menuitemradio', { name: /^Done/ }).click();
    const offer = page.getByRole('alertdialog');
    await offer.getByText(/Record what it teaches/).waitFor();
    await offer.getByRole('button', { name: /^Record \d+ levels?$/ }).click();
    await page.getByText(/^Recorded \d+ ratings? from the completed course/).waitFor();
    await expect.poll(() => page.locator('.react-flow__node-course .status-chip').textContent()).toBe('Done');
    const ratings = await api(page, 'ratings.list', { memberId: editorMember });
    expect(ratings.length).toBeGreaterThan(0);
    expect(ratings.every((r) => r.source === 'course' && r.evidence.startsWith('Completed “OWASP API Security'))).toBe(true);
    await page.getByText('All changes saved').waitFor();
  });

  it('keeps an edit made right before the window closes', async () => {
    await page.locator('.react-flow__node-skill').click();
    await page.getByLabel('Note').fill('Pair with the red team in March');
    await page.close({ runBeforeUnload: true });
    await expect
      .poll(async () => {
        const check = await chromium.browser.newPage();
        await check.goto(host.url);
        const { plan } = await api(check, 'plans.workspace', { memberId: editorMember });
        await check.close();
        return plan!.nodes.find((n) => n.kind === 'skill')!.note;
      })
      .toBe('Pair with the red team in March');
  });

  it('finds everything as left after the host restarts on the same data file', async () => {
    await host.stop();
    host = await startHost(tmp.file('planner.sqlite'));
    await openPage(`${host.url}#/paths/${editorMember}`);
    await page.locator('.react-flow__node-skill').waitFor();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(2);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(1);
    await expect.poll(() => page.locator('.react-flow__node-course .status-chip').textContent()).toBe('Done');
    await expect.poll(() => page.locator('.react-flow__node-skill .plan-node__note').count()).toBe(1);
    const { plan } = await api(page, 'plans.workspace', { memberId: editorMember });
    const skill = plan!.nodes.find((n) => n.kind === 'skill')!;
    await expect.poll(() => transformOf(page, '.react-flow__node-skill')).toBe(`translate(${skill.x}px, ${skill.y}px)`);
    // Undo history starts fresh with the reopened plan.
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
  });

  it('shows the team timeline, and the editor and the timeline pass axe-core', async () => {
    expect((await seriousViolations(page)).map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.goto(`${host.url}#/paths/timeline`);
    const chart = page.getByRole('figure', { name: 'Every member’s courses and mentoring milestones on one time axis' });
    await chart.waitFor();
    await expect.poll(() => chart.getByRole('link', { name: /Noor Haddad/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('table').filter({ hasText: 'Per quarter' }).getByRole('row').count()).toBeGreaterThan(1);
    expect((await seriousViolations(page)).map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  it('made no request outside 127.0.0.1 and logged no errors', () => {
    expect(offMachineRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

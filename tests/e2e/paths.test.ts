import { format, parseISO } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { seriousViolations } from './support/axe';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { watchPage } from './support/watch';
import { api } from './support/api';
import { hoursLabel } from './support/effort';

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
    // These tests work on the full skill-level graph (the roadmap view has its own file, roadmap.test.ts).
    await page.addInitScript(() => localStorage.setItem('planner.pathView', 'graph'));
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

  it('generates a plan from a member’s gaps: the cheapest covering courses in hours, and the finish date of their schedule', async () => {
    // A small catalog of our own, worked by hand. The role needs threat modelling at 3 (critical), hardening at 2
    // (important) and reporting at 2 (useful); no course teaches reporting, so it becomes a mentoring milestone.
    //   A: threat modelling 3, 10 h · B: threat modelling 3 and hardening 2, 17 h · C: hardening 2, 5 h
    //   D: threat modelling 2 (not enough), 1 h
    // Covering both taught needs: A + C = 15 h, B = 17 h, A + B = 27 h … so A and C, 15 h.
    const skill = (name: string) => api(page, 'skills.create', { name, category: 'adversarial-ml' });
    const [threat, hardening, reporting] = [await skill('Path test threat modelling'), await skill('Path test hardening'), await skill('Path test reporting')];
    const course = (title: string, hours: number, teaches: { skill: string; level: number }[]) =>
      api(page, 'courses.create', { title, provider: 'Path Test Academy', kind: 'course', format: 'self-paced', hours, cost: 0, currency: null, url: 'https://academy.example.org/path-test', level: 'beginner', teaches });
    const a = await course('Path test A: threat modelling', 10, [{ skill: threat.id, level: 3 }]);
    await course('Path test B: threat modelling and hardening', 17, [{ skill: threat.id, level: 3 }, { skill: hardening.id, level: 2 }]);
    const c = await course('Path test C: hardening', 5, [{ skill: hardening.id, level: 2 }]);
    await course('Path test D: threat modelling basics', 1, [{ skill: threat.id, level: 2 }]);
    const role = await api(page, 'roles.create', {
      name: 'Path Test Role',
      requirements: [
        { skill: threat.id, level: 3, importance: 3 },
        { skill: hardening.id, level: 2, importance: 2 },
        { skill: reporting.id, level: 2, importance: 1 },
      ],
    });
    // 5 h a week is 1 h a working day; 2027-01-04 is a Monday.
    const member = await api(page, 'members.create', { name: 'Noor Haddad', targetRoleId: role.id, weeklyHours: 5, startDate: '2027-01-04' });
    await page.goto(`${host.url}#/paths/${member.id}`);
    await page.getByRole('heading', { name: 'Noor Haddad has no learning path yet' }).waitFor();
    await page.getByRole('toolbar', { name: 'Plan actions' }).getByRole('button', { name: 'Generate from gaps' }).click();
    const dialog = page.getByRole('dialog', { name: 'Generate from gaps' });
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await page.getByText(/^Generated 2 courses for Path Test Role \(exact search\)/).waitFor();

    const shown = await page.locator('.react-flow__node-course .plan-node__title').allTextContents();
    expect(shown.map((t) => t.trim()).sort()).toEqual(['Path test A: threat modelling', 'Path test C: hardening']);
    await expect.poll(() => page.locator('.react-flow__node-milestone').count()).toBe(1);
    // 15 h, one a working day, one course after the other: 4–8, 11–15 and 18–22 January.
    // 15 h of courses and the reporting milestone (0 → 2: 2 levels × the default 10 h), one step at a time at
    // 1 h a working day: 35 working days from Mon 4 January, to Fri 19 February.
    await expect.poll(() => page.getByTestId('finish-date').textContent()).toBe(day('2027-02-19'));
    await expect.poll(() => page.getByTestId('total-hours').textContent()).toBe(hoursLabel(35));
    const { plan } = await api(page, 'plans.workspace', { memberId: member.id });
    const steps = plan!.nodes
      .filter((n) => n.kind === 'course' || n.kind === 'milestone')
      .map((n) => ({ start: n.startDate!, end: n.endDate!, id: n.courseId === a.id ? 'A' : n.courseId === c.id ? 'C' : 'milestone' }))
      .sort((x, y) => x.start.localeCompare(y.start));
    // Whatever the order, the three steps follow each other without overlap, from the start date to the finish.
    expect(steps.map((st) => st.id).sort()).toEqual(['A', 'C', 'milestone']);
    expect(steps[0]!.start).toBe('2027-01-04');
    expect(steps.at(-1)!.end).toBe('2027-02-19');
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.start > steps[i - 1]!.end).toBe(true);
    await expect.poll(() => page.getByRole('figure', { name: 'Timeline of the plan’s courses, exams and milestones' }).getByRole('listitem').count()).toBe(3);
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

import { format } from 'date-fns';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { seriousViolations } from './support/axe';
import { api } from './support/api';
import { expectedEffort, hoursLabel } from './support/effort';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { pdfPageCount, pdfPageSizes, pdfWords, renderPages } from './support/pdf';
import { openPrintView, printToFile } from './support/print';

const XSS_NAME = '<img src=x onerror=alert(1)>';
/** pdftotext in content order, whitespace folded, so a title wrapped inside a table cell reads as one line. */
const flatText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const exportDay = () => format(new Date(), 'd MMM yyyy');

describe.skipIf(!chromiumAvailable)('PDF export through the browser host, checked with poppler', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'en-GB' });
    page.setDefaultTimeout(20_000);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(host.url);
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  it('prints a member’s plan with its header, every course, the totals, the notes and the footer', async () => {
    const member = await api(page, 'members.create', {
      name: XSS_NAME,
      title: 'Security engineer',
      targetRoleId: 'ai-security-engineer',
      weeklyHours: 6,
      startDate: '2027-01-04',
    });
    const plan = await api(page, 'plans.generate', { memberId: member.id, limits: {} });
    const courseNodes = plan.nodes.filter((n) => n.kind === 'course');
    expect(courseNodes.length).toBeGreaterThan(2);
    const noted = courseNodes[0]!;
    const { startDate: _s, endDate: _e, ...draft } = noted;
    await api(page, 'plans.save', {
      planId: plan.id,
      stamp: plan.saveStamp + 1,
      upsertNodes: [{ ...draft, note: 'Book the January cohort; ask finance first.' }],
    });
    const catalog = new Map((await api(page, 'courses.list', {})).map((c) => [c.id, c]));
    // Study + exam hours of the courses and the milestones' effort (a new member: no levels; 10 h per level).
    const effort = expectedEffort(plan, catalog, new Map(), 10);

    await openPrintView(page, host.url, `#/print/member/${member.id}`);
    const file = tmp.file('member.pdf');
    await printToFile(page, file);

    const text = flatText(file);
    expect(text).toContain(XSS_NAME); // printed literally, never run
    expect(dialogs).toEqual([]);
    expect(text).toContain('AI Security Engineer');
    expect(text).toContain('Readiness now');
    expect(text).toContain('Readiness at plan end');
    for (const n of courseNodes) expect(text).toContain(catalog.get(n.courseId!)!.title.replace(/\s+/g, ' '));
    expect(text).toContain(`Total hours ${hoursLabel(effort.total)}`);
    expect(text).toContain('Book the January cohort; ask finance first.');
    expect(text).toContain(`Exported ${exportDay()}`);
    const pages = pdfPageCount(file);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    // A4 portrait for the summary and the tables; the roadmap on A4 landscape pages right after the summary.
    const sizes = pdfPageSizes(file);
    expect(sizes[0]).toEqual({ width: expect.closeTo(595.3, 0) as number, height: expect.closeTo(841.9, 0) as number });
    for (const s of sizes) expect([Math.min(s.width, s.height), Math.max(s.width, s.height)].map(Math.round)).toEqual([595, 842]);
    expect(sizes[1]!.width).toBeGreaterThan(sizes[1]!.height);
    expect(text).toContain('Roadmap');
    // The full learning graph is an appendix, printed only when asked for.
    expect(text).not.toContain('Learning graph');
    mkdirSync(tmp.file('member-pages'));
    const pngs = renderPages(file, tmp.file('member-pages'));
    expect(pngs).toHaveLength(pages);
  });

  it('keeps every label of a 60-node graph at 7 pt or more', async () => {
    const member = await api(page, 'members.create', { name: 'Graph Reader', targetRoleId: 'mlsecops-engineer', weeklyHours: 5 });
    const plan = await api(page, 'plans.create', { memberId: member.id, name: 'Sixty steps', copyFromPlanId: null });
    const courses = (await api(page, 'courses.list', {})).slice(0, 40);
    const skills = (await api(page, 'skills.list', {})).slice(0, 20);
    const nodes = [
      ...courses.map((c, i) => ({ id: `g60-c${i}`, kind: 'course', courseId: c.id, x: (i % 8) * 330, y: Math.floor(i / 8) * 170 })),
      ...skills.map((s, i) => ({ id: `g60-s${i}`, kind: 'skill', skillId: s.id, x: (i % 8) * 330, y: 900 + Math.floor(i / 8) * 140 })),
    ];
    expect(nodes).toHaveLength(60);
    const edges = Array.from({ length: 30 }, (_, i) => ({ id: `g60-e${i}`, source: `g60-c${i}`, target: `g60-c${i + 8 < 40 ? i + 8 : i + 1}`, kind: 'order' }));
    await api(page, 'plans.save', { planId: plan.id, stamp: plan.saveStamp + 1, upsertNodes: nodes, upsertEdges: edges });

    await openPrintView(page, host.url, `#/print/member/${member.id}/with-graph`);
    const file = tmp.file('sixty.pdf');
    await printToFile(page, file);
    const words = pdfWords(file);
    const smallest = Math.min(...words.map((w) => w.height));
    expect(smallest).toBeGreaterThanOrEqual(7);
    expect(flatText(file)).toContain('Appendix — Learning graph');
    // Every course of the graph is printed somewhere (table or picture).
    const text = flatText(file);
    for (const c of courses) expect(text).toContain(c.title.replace(/\s+/g, ' '));
  });

  it('prints the team report: every member, coverage, budget and the heatmap', async () => {
    const members = await api(page, 'members.list', {});
    await openPrintView(page, host.url, '#/print/team/all');
    const file = tmp.file('team.pdf');
    await printToFile(page, file);
    const text = flatText(file);
    for (const m of members) expect(text).toContain(m.name);
    expect(text).toContain('Role coverage and blind spots');
    expect(text).toContain('Total budget');
    expect(text).toContain('Hours and cost by quarter and month');
    expect(text).toContain('Heatmap: every role’s skills');
    expect(text).toContain(`Exported ${exportDay()}`);
    mkdirSync(tmp.file('team-pages'));
    expect(renderPages(file, tmp.file('team-pages'))).toHaveLength(pdfPageCount(file));
  });

  it('opens the print view from Reports in a new tab under the browser host, and the screen is accessible', async () => {
    await page.goto(`${host.url}#/reports`);
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('button', { name: 'Export team report as PDF' }).click(),
    ]);
    await tab.waitForSelector('html[data-print-ready="true"]');
    await expect.poll(() => tab.getByRole('button', { name: 'Print or save as PDF' }).isEnabled()).toBe(true);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'opened in a new tab' }).isVisible()).toBe(true);
    await tab.close();
  });
});

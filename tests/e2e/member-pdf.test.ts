import { format, parseISO } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationOutput } from '../../src/shared/api/contract';
import { tempDir } from '../support/temp-dir';
import { api } from './support/api';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { expectedEffort, expectedReadiness, hoursLabel, levelsAfter } from './support/effort';
import { startHost, type RunningHost } from './support/host';
import { pdfFlatText, pdfPageCount, pdfPageSizes, pdfWords } from './support/pdf';
import { openPrintView, printToFile } from './support/print';

const DEMO_IDS = [
  'demo-priya-raman',
  'demo-marcus-webb',
  'demo-elena-petrova',
  'demo-sam-okoye',
  'demo-hannah-lindqvist',
  'demo-diego-alvarez',
  'demo-aisha-karim',
];
const MAX_PAGES = 8;
/** The page margin the print views set (14 mm), in points. */
const MARGIN_PT = (14 / 25.4) * 72;
/** The footer's font size (print views' @page margin boxes), the yardstick for reading font sizes off word boxes. */
const FOOTER_PT = 8;
const SMALLEST_PT = 7;

type Course = OperationOutput<'courses.list'>[number];
type Workspace = OperationOutput<'plans.workspace'>;

const day = (iso: string) => format(parseISO(iso), 'd MMM yyyy');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A title as it may wrap in a table cell or a card: any whitespace between words, a break after a hyphen. */
const wrapped = (title: string) => new RegExp(escape(title.trim()).replace(/-/g, '-\\s?').replace(/\s+/g, '\\s+'));

/** The plan's cost worked out here: published prices summed per currency, unknown prices named apart. */
function expectedCost(courses: readonly Course[]) {
  const sums = new Map<string, number>();
  for (const c of courses) if (c.cost !== null && c.cost > 0) sums.set(c.currency!, (sums.get(c.currency!) ?? 0) + c.cost);
  const unpriced = courses.filter((c) => c.cost === null).map((c) => c.title);
  const amounts = [...sums.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([currency, amount]) =>
      new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: amount % 1 ? 2 : 0, maximumFractionDigits: 2 }).format(amount),
    );
  if (unpriced.length) amounts.push(`${unpriced.length} course${unpriced.length === 1 ? '' : 's'} without a published price`);
  return { text: amounts.length ? amounts.join(' + ') : 'Free', unpriced };
}

/** Open gaps of the target role, largest first as a reader ranks them: importance, then size, then name. */
function openGapsByWeight(ws: Workspace, skillNames: ReadonlyMap<string, string>) {
  const levels = new Map(ws.levels.map((l) => [l.skillId, l.level]));
  return ws
    .targetRole!.requirements.map((r) => ({ name: skillNames.get(r.skill)!, importance: r.importance, gap: r.level - (levels.get(r.skill) ?? 0) }))
    .filter((g) => g.gap > 0)
    .sort((a, b) => b.importance - a.importance || b.gap - a.gap || a.name.localeCompare(b.name));
}

describe.skipIf(!chromiumAvailable)('member PDF of every demo plan: a summary page, the roadmap on landscape pages, at most 8 pages', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;
  const pageCounts: Record<string, number> = {};

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'en-GB' });
    page.setDefaultTimeout(20_000);
    await page.goto(host.url);
  });

  afterAll(async () => {
    console.log('Member PDF pages (without the appendix):', pageCounts);
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  it.each(DEMO_IDS)('%s: summary figures as worked out here, readable text, nothing cut, every course whole', async (id) => {
    await api(page, 'plans.generate', { memberId: id, limits: {} });
    const ws = await api(page, 'plans.workspace', { memberId: id });
    const plan = ws.plan!;
    const catalog = new Map((await api(page, 'courses.list', {})).map((c) => [c.id, c]));
    const skillNames = new Map((await api(page, 'skills.list', {})).map((s) => [s.id, s.name]));
    const settings = await api(page, 'settings.get', {});
    const levels = new Map(ws.levels.map((l) => [l.skillId, l.level]));
    const live = plan.nodes.filter((n) => n.status !== 'skipped');
    const planCourses = live.filter((n) => n.kind === 'course').map((n) => catalog.get(n.courseId!)!);
    const requirements = ws.targetRole!.requirements;

    // Worked out here from what the API serves, not by the report code.
    const effort = expectedEffort(plan, catalog, levels, settings.milestoneHoursPerLevel);
    const readinessNow = expectedReadiness(requirements, levels);
    const throughCourses = expectedReadiness(requirements, levelsAfter(plan, catalog, levels, false));
    const withMilestones = expectedReadiness(requirements, levelsAfter(plan, catalog, levels, true));
    const finish = day(live.map((n) => n.endDate).filter((d): d is string => !!d).sort().at(-1)!);
    const cost = expectedCost(planCourses);
    const gaps = openGapsByWeight(ws, skillNames);

    await openPrintView(page, host.url, `#/print/member/${id}`);
    // On the print layout, every roadmap card lies whole inside its page's drawing.
    await page.emulateMedia({ media: 'print' });
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('.roadmap-print__frame')].flatMap((frame) => {
        const f = frame.getBoundingClientRect();
        return [...frame.querySelectorAll('.roadmap-card')]
          .filter((card) => {
            const r = card.getBoundingClientRect();
            return r.left < f.left - 0.5 || r.right > f.right + 0.5 || r.top < f.top - 0.5 || r.bottom > f.bottom + 0.5;
          })
          .map((card) => card.textContent);
      }),
    );
    const roadmapSections = await page.locator('.roadmap-print').count();
    await page.emulateMedia({ media: 'screen' });
    expect(outside).toEqual([]);

    const file = tmp.file(`${id}.pdf`);
    await printToFile(page, file);
    const pages = pdfPageCount(file);
    pageCounts[id] = pages;
    expect(pages).toBeLessThanOrEqual(MAX_PAGES);

    // Page 1 portrait (the summary); then the roadmap, one or two landscape pages; then portrait tables.
    const sizes = pdfPageSizes(file);
    const landscape = sizes.map((s, i) => (s.width > s.height ? i + 1 : 0)).filter(Boolean);
    expect(sizes[0]!.height).toBeGreaterThan(sizes[0]!.width);
    expect(roadmapSections).toBeGreaterThanOrEqual(1);
    expect(landscape).toEqual(Array.from({ length: roadmapSections }, (_, i) => i + 2));
    expect(landscape.length).toBeLessThanOrEqual(2);

    // The summary page states the plan's figures.
    const summary = pdfFlatText(file, { first: 1, last: 1 });
    const member = await api(page, 'members.get', { id });
    expect(summary).toContain(member.name);
    expect(summary).toContain(ws.targetRole!.name);
    expect(summary).toContain(`${readinessNow} Readiness now`);
    expect(summary).toContain(`${throughCourses} with the courses`);
    expect(summary).toContain(`${withMilestones} with the mentoring too`);
    expect(summary).toContain(`${throughCourses} through courses · ${withMilestones} with mentoring milestones done`);
    expect(summary).toContain(`Hours ${hoursLabel(effort.total)}`);
    expect(summary).toContain(`Total hours ${hoursLabel(effort.total)}`);
    expect(summary).toContain(`Finish date ${finish}`);
    expect(summary).toContain(`total cost ${cost.text} · finish date ${finish}`);
    if (cost.unpriced.length) {
      expect(summary).toContain('Without a published price, not in the total:');
      for (const t of cost.unpriced) expect(summary).toMatch(wrapped(t));
    }
    for (const g of gaps.slice(0, 6)) expect(summary).toContain(g.name);
    if (gaps.length > 6) expect(summary).toContain(`The 6 largest gaps of ${gaps.length}`);

    // Every course title of the plan is printed whole (the schedule lists them all).
    const text = pdfFlatText(file);
    for (const c of planCourses) expect(text, c.title).toMatch(wrapped(c.title));

    // No word under 7 pt. pdftotext's word box is the font's ascent + descent, a fixed multiple of the font
    // size (DejaVu Sans, every weight: about 1.16); the 8 pt footer measures it, so the floor is 7 × that.
    const words = pdfWords(file);
    const footer = words.find((w) => w.text === 'Exported')!;
    const boxPerPt = footer.height / FOOTER_PT;
    expect(boxPerPt).toBeGreaterThan(1);
    expect(boxPerPt).toBeLessThan(1.3);
    const small = words.filter((w) => w.height < SMALLEST_PT * boxPerPt - 0.01);
    expect(small.map((w) => `${w.text} (page ${w.page}, ${(w.height / boxPerPt).toFixed(1)} pt)`)).toEqual([]);

    // Nothing runs past a page's edge: every word lies inside the page margins, the footer in the bottom one.
    const cut = words.filter((w) => {
      const { width, height } = sizes[w.page - 1]!;
      const { xMin, xMax, yMin, yMax } = w.box;
      const inFooter = yMin > height - MARGIN_PT;
      return xMin < MARGIN_PT - 1 || xMax > width - MARGIN_PT + 1 || yMin < MARGIN_PT - 1 || (!inFooter && yMax > height - MARGIN_PT + 1) || yMax > height;
    });
    expect(cut.map((w) => `${w.text} (page ${w.page})`)).toEqual([]);

    // The graph appendix only on request: it adds pages and the graph.
    expect(text).not.toContain('Learning graph');
    await openPrintView(page, host.url, `#/print/member/${id}/with-graph`);
    const withGraph = tmp.file(`${id}-graph.pdf`);
    await printToFile(page, withGraph);
    expect(pdfPageCount(withGraph)).toBeGreaterThan(pages);
    expect(pdfFlatText(withGraph)).toContain('Appendix — Learning graph');
  });

  it('the Reports screen’s checkbox asks for the graph appendix', async () => {
    await page.goto('about:blank');
    await page.goto(`${host.url}#/reports`);
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    const openTab = async () => {
      const [tab] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Export plan as PDF' }).click()]);
      await tab.waitForSelector('html[data-print-ready="true"]');
      const appendix = await tab.getByRole('region', { name: /^Appendix: learning graph/ }).count();
      const url = tab.url();
      await tab.close();
      return { url, appendix };
    };
    const plain = await openTab();
    expect(plain.url).toMatch(/#\/print\/member\/[^/]+$/);
    expect(plain.appendix).toBe(0);
    await page.getByRole('checkbox', { name: 'Add the full learning graph as an appendix' }).check();
    const withGraph = await openTab();
    expect(withGraph.url).toMatch(/#\/print\/member\/[^/]+\/with-graph$/);
    expect(withGraph.appendix).toBeGreaterThan(0);
  });
});

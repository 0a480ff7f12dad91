import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { api } from './support/api';
import { seriousViolations } from './support/axe';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { watchPage } from './support/watch';

const DEMO_MEMBERS = [
  'demo-priya-raman',
  'demo-marcus-webb',
  'demo-elena-petrova',
  'demo-sam-okoye',
  'demo-hannah-lindqvist',
  'demo-diego-alvarez',
  'demo-aisha-karim',
];

/** The smallest text of the roadmap nodes in view, in screen pixels: font size × the canvas's zoom. */
function smallestTextInView(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.roadmap-canvas')!.getBoundingClientRect();
    const zoom = Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)![1]);
    const sizes: number[] = [];
    let nodesInView = 0;
    for (const node of document.querySelectorAll<HTMLElement>('.roadmap-canvas .react-flow__node')) {
      const box = node.getBoundingClientRect();
      if (box.right < pane.left || box.left > pane.right || box.bottom < pane.top || box.top > pane.bottom) continue;
      nodesInView++;
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        if (!t.textContent?.trim()) continue;
        const el = t.parentElement!;
        if (el.closest('.visually-hidden')) continue;
        sizes.push(parseFloat(getComputedStyle(el).fontSize) * zoom);
      }
    }
    return { smallest: Math.min(...sizes), nodesInView, zoom };
  });
}

/** Whether a node is drawn inside the canvas (at least partly). */
function inView(page: Page, nodeId: string) {
  return page.evaluate((id) => {
    const pane = document.querySelector('.roadmap-canvas')!.getBoundingClientRect();
    const node = document.querySelector(`.roadmap-canvas .react-flow__node[data-id="${CSS.escape(id)}"]`);
    if (!node) return false;
    const box = node.getBoundingClientRect();
    return box.right > pane.left && box.left < pane.right && box.bottom > pane.top + 40 && box.top < pane.bottom;
  }, nodeId);
}

describe.skipIf(!chromiumAvailable)('the roadmap view in Chromium through the browser host', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;
  const offMachineRequests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    page.setDefaultTimeout(15_000);
    watchPage(page, { offMachineRequests, consoleErrors });
    await page.goto(host.url);
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  async function generate(memberId: string) {
    await page.goto(`${host.url}#/paths/${memberId}`);
    await page.getByRole('toolbar', { name: 'Plan actions' }).getByRole('button', { name: 'Generate from gaps' }).click();
    const dialog = page.getByRole('dialog', { name: 'Generate from gaps' });
    await dialog.getByRole('button', { name: 'Generate', exact: true }).click();
    const replace = page.getByRole('alertdialog');
    if (await replace.isVisible().catch(() => false)) await replace.getByRole('button', { name: /Replace/ }).click();
    await page.getByText(/^Generated \d+ courses? for /).waitFor();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
  }

  it('opens every demo member’s generated plan as a roadmap: text at least 11 px on screen, the first weeks in view, a minimap and the phases', async () => {
    for (const memberId of DEMO_MEMBERS) {
      await generate(memberId);
      // After Generate the focus is on the canvas, not the page.
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.plan-canvas'))).toBe(true);
      await page.goto(`${host.url}#/paths/${memberId}`);
      await page.locator('.roadmap-canvas .react-flow__node').first().waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Roadmap', pressed: true }).count()).toBe(1);

      const measured = await smallestTextInView(page);
      expect(measured.nodesInView, memberId).toBeGreaterThan(0);
      expect(measured.smallest, `${memberId}: smallest node text ${measured.smallest.toFixed(2)} px at zoom ${measured.zoom}`).toBeGreaterThanOrEqual(11);

      // The step that starts first (from the API's stored dates) is on screen.
      const { plan } = await api(page, 'plans.workspace', { memberId, planId: null });
      const first = plan!.nodes
        .filter((n) => n.kind === 'course' && n.startDate)
        .sort((a, b) => a.startDate!.localeCompare(b.startDate!) || a.id.localeCompare(b.id))[0]!;
      expect(await inView(page, first.id), `${memberId}: the first course is in view`).toBe(true);
      await expect.poll(() => page.getByRole('img', { name: 'Overview of the whole roadmap' }).count()).toBe(1);

      // The phases: the last one, reached by keyboard, brings its steps into view.
      const phases = page.getByRole('navigation', { name: 'Phases of the plan' }).getByRole('button');
      const count = await phases.count();
      expect(count).toBeGreaterThan(0);
      const last = phases.nth(count - 1);
      await last.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => last.getAttribute('aria-current')).toBe('location');
      const lastStart = plan!.nodes.filter((n) => n.kind === 'course' && n.startDate).sort((a, b) => b.startDate!.localeCompare(a.startDate!))[0]!;
      await expect.poll(() => inView(page, lastStart.id), { timeout: 5_000 }).toBe(true);
    }
  });

  it('saves the roadmap as SVG with every course title of the plan as text, and as PNG', async () => {
    const memberId = 'demo-aisha-karim';
    await page.goto(`${host.url}#/paths/${memberId}`);
    await page.locator('.roadmap-canvas .react-flow__node').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as SVG' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^roadmap-aisha-karim-\d{4}-\d{2}-\d{2}\.svg$/);
    const svgText = readFileSync((await download.path())!, 'utf8');
    // Read by Chromium's own XML parser: well-formed, and each node's <text> lines joined.
    const read = await page.evaluate((text) => {
      const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: svg.querySelector('parsererror')?.textContent ?? null,
        root: svg.documentElement.nodeName,
        nodeTexts: [...svg.querySelectorAll('g.node')].map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent).join(' ')),
      };
    }, svgText);
    expect(read.error).toBeNull();
    expect(read.root).toBe('svg');
    const { nodeTexts } = read;
    const { plan } = await api(page, 'plans.workspace', { memberId, planId: null });
    const courses = await api(page, 'courses.list', {});
    const titles = plan!.nodes.filter((n) => n.kind === 'course').map((n) => courses.find((c) => c.id === n.courseId)!.title);
    expect(titles.length).toBeGreaterThan(5);
    for (const title of titles) expect(nodeTexts.some((t) => t.includes(title)), `${title} in ${JSON.stringify(nodeTexts)}`).toBe(true);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as PNG' }).click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Width and height from the IHDR chunk: the picture is the roadmap, drawn at up to twice its size.
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000);
  });

  it('selects the course already on the plan instead of adding it again when it is dropped from the palette', async () => {
    const memberId = 'demo-marcus-webb';
    await page.goto(`${host.url}#/paths/${memberId}`);
    await page.locator('.roadmap-canvas .react-flow__node').first().waitFor();
    const before = (await api(page, 'plans.workspace', { memberId, planId: null })).plan!;
    const courses = await api(page, 'courses.list', {});
    const onPlan = before.nodes.find((n) => n.kind === 'course')!;
    const title = courses.find((c) => c.id === onPlan.courseId)!.title;

    await page.getByRole('radio', { name: 'Courses' }).click();
    await page.getByRole('searchbox', { name: 'Search courses' }).fill(title);
    const option = page.getByRole('listbox', { name: 'Courses' }).getByRole('option').filter({ hasText: title }).first();
    await option.dragTo(page.locator('.roadmap-canvas .react-flow__pane'), { targetPosition: { x: 300, y: 300 } });
    await page.getByText(`“${title}” is already on the plan: selected it instead of adding it again.`).waitFor();
    await expect.poll(() => page.locator(`.react-flow__node[data-id="${onPlan.id}"]`).getAttribute('class')).toContain('selected');

    // Nothing was added: the plan in the data file has the same steps.
    await page.waitForTimeout(1_000);
    const after = (await api(page, 'plans.workspace', { memberId, planId: null })).plan!;
    expect(after.nodes.map((n) => n.id).sort()).toEqual(before.nodes.map((n) => n.id).sort());
    expect(after.nodes.filter((n) => n.courseId === onPlan.courseId)).toHaveLength(1);
  });

  it('connects two steps by keyboard from a node’s menu, with a searchable list', async () => {
    const memberId = 'demo-sam-okoye';
    await page.goto(`${host.url}#/paths/${memberId}`);
    await page.locator('.roadmap-canvas .react-flow__node').first().waitFor();
    const { plan } = await api(page, 'plans.workspace', { memberId, planId: null });
    const courses = await api(page, 'courses.list', {});
    const titleOf = (id: string) => courses.find((c) => c.id === plan!.nodes.find((n) => n.id === id)!.courseId)!.title;
    const dated = plan!.nodes.filter((n) => n.kind === 'course' && n.startDate).sort((a, b) => a.startDate!.localeCompare(b.startDate!));
    // Two courses with no edge between them yet, the first scheduled before the second.
    const linked = (a: string, b: string) => plan!.edges.some((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));
    let pair: [string, string] | null = null;
    for (let i = 0; i < dated.length && !pair; i++) for (let j = i + 1; j < dated.length && !pair; j++) if (!linked(dated[i]!.id, dated[j]!.id)) pair = [dated[i]!.id, dated[j]!.id];
    expect(pair).not.toBeNull();
    const [source, target] = pair!;

    const node = page.locator(`.react-flow__node[data-id="${source}"]`);
    await node.focus();
    await page.keyboard.press('Shift+F10');
    const item = page.getByRole('menuitem', { name: 'Connect to…' });
    await item.waitFor();
    for (let i = 0; i < 10 && !(await item.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Connect “${titleOf(source)}”` });
    await dialog.waitFor();
    await page.keyboard.type(titleOf(target));
    await expect.poll(() => dialog.getByRole('option', { selected: true }).textContent()).toContain(titleOf(target));
    await page.keyboard.press('Enter');
    await page.getByText(`“${titleOf(source)}” now comes before “${titleOf(target)}”.`).waitFor();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    const saved = (await api(page, 'plans.workspace', { memberId, planId: null })).plan!;
    expect(saved.edges.filter((e) => e.source === source && e.target === target)).toHaveLength(1);
  });

  it('keeps a step placed by hand, undoes it, and passes axe-core', async () => {
    const memberId = 'demo-priya-raman';
    await page.goto(`${host.url}#/paths/${memberId}`);
    const first = page.locator('.roadmap-canvas .react-flow__node').first();
    await first.waitFor();
    const id = (await first.getAttribute('data-id'))!;
    const box = (await first.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + 30 + 40, { steps: 10 });
    await page.mouse.up();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    const pinsOf = async () => (await api(page, 'plans.workspace', { memberId, planId: null })).plan!.settings.roadmapPins;
    const pinned = (await pinsOf())[id];
    expect(pinned).toBeDefined();
    // Undo gives it back to the layout, redo places it again; each is saved.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await pinsOf())[id]).toBeUndefined();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await pinsOf())[id]).toEqual(pinned);
    // Opened again: the step is where it was put.
    await page.reload();
    await page.locator(`.react-flow__node[data-id="${id}"]`).waitFor();
    expect(await page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((el) => (el as HTMLElement).style.transform)).toBe(
      `translate(${pinned!.x}px, ${pinned!.y}px)`,
    );
    expect((await seriousViolations(page)).map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(offMachineRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { api } from './support/api';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { openPrintView, printToFile } from './support/print';

/** pdftotext in content order, whitespace folded, so a title wrapped inside a table cell reads as one line. */
const flatText = (file: string) => execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
const SANS = ['sans-sec595', 'sans-sec546', 'sans-sec545'];

describe.skipIf(!chromiumAvailable)('money: unknown prices are named, never 0, and every total agrees', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;
  let memberId = '';
  let memberName = '';
  /** The SANS courses the member's plan takes when nothing limits it. */
  let sansTaken: string[] = [];
  let titles: Map<string, string>;

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'en-GB' });
    page.setDefaultTimeout(20_000);
    await page.goto(host.url);
    titles = new Map((await api(page, 'courses.list', {})).map((c) => [c.id, c.title]));
    // The first demo member whose generated plan takes a SANS course (no published price in the demo catalog).
    for (const m of (await api(page, 'plans.team', {})).members) {
      const plan = await api(page, 'plans.generate', { memberId: m.memberId, limits: {} });
      sansTaken = plan.nodes.filter((n) => n.courseId && SANS.includes(n.courseId)).map((n) => n.courseId!);
      if (sansTaken.length > 0) {
        memberId = m.memberId;
        memberName = m.name;
        break;
      }
    }
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  it('the editor, the team timeline and the member PDF show the same total and list the unpriced courses', async () => {
    expect(memberId).not.toBe('');
    // The total worked out here from the plan's rows and the catalog's prices, not by the app's money module.
    const { plan } = await api(page, 'plans.workspace', { memberId });
    const catalog = new Map((await api(page, 'courses.list', {})).map((c) => [c.id, c]));
    const courses = plan!.nodes.filter((n) => n.kind === 'course' && n.status !== 'skipped').map((n) => catalog.get(n.courseId!)!);
    const unpriced = courses.filter((c) => c.cost === null).map((c) => c.title);
    expect(courses.every((c) => c.cost === null || c.cost === 0 || c.currency === 'USD')).toBe(true);
    const dollars = courses.reduce((s, c) => s + (c.cost ?? 0), 0);
    const expected = `$${dollars.toLocaleString('en-US')} + ${unpriced.length} course${unpriced.length === 1 ? '' : 's'} without a published price`;
    expect(unpriced.length).toBeGreaterThan(0);

    await page.goto(`${host.url}#/paths/${memberId}`);
    const editorTotal = fold((await page.getByTestId('total-cost').textContent())!);
    expect(editorTotal).toBe(expected);
    const listed = (await page.getByTestId('unpriced-courses').locator('li').allTextContents()).map(fold);
    expect(listed.sort()).toEqual(unpriced.map(fold).sort());

    await page.goto(`${host.url}#/paths/timeline`);
    const row = page.locator('.gantt__member', { hasText: memberName });
    expect(fold((await row.getByTestId('member-cost').textContent())!)).toBe(expected);
    // The tooltip names them.
    const tooltip = (await row.getAttribute('title'))!;
    for (const t of unpriced) expect(tooltip).toContain(t);

    await openPrintView(page, host.url, `#/print/member/${memberId}`);
    const file = tmp.file('member.pdf');
    await printToFile(page, file);
    const text = flatText(file);
    expect(text).toContain(`total cost ${expected} ·`);
    expect(text).toContain('Without a published price, not in the total:');
    for (const t of unpriced) expect(text).toContain(fold(t));
  });

  it('the team report states the team budget per currency, with the unpriced courses counted apart and named', async () => {
    const team = await api(page, 'plans.team', {});
    const catalog = new Map((await api(page, 'courses.list', {})).map((c) => [c.id, c]));
    let dollars = 0;
    const unpriced: string[] = [];
    for (const m of team.members.filter((x) => x.plan)) {
      const { plan } = await api(page, 'plans.workspace', { memberId: m.memberId });
      for (const n of plan!.nodes.filter((x) => x.kind === 'course' && x.status !== 'skipped')) {
        const c = catalog.get(n.courseId!)!;
        if (c.cost === null) unpriced.push(c.title);
        else dollars += c.cost;
      }
    }
    expect(unpriced.length).toBeGreaterThan(0);
    await openPrintView(page, host.url, '#/print/team/all');
    const file = tmp.file('team.pdf');
    await printToFile(page, file);
    const text = flatText(file);
    expect(text).toContain(`Total budget $${dollars.toLocaleString('en-US')} + ${unpriced.length} courses without a published price`);
    // Titles wrap inside a table cell, even at a hyphen (“AIP-” / “C01”): compare them without spaces.
    const squeezed = text.replace(/\s+/g, '');
    for (const t of new Set(unpriced)) expect(squeezed).toContain(t.replace(/\s+/g, ''));
  });

  it('under a budget cap the unpriced courses are left out and named, in the editor and the PDF; an assumed price brings one back', async () => {
    await page.goto(`${host.url}#/paths/${memberId}`);
    await page.getByRole('toolbar', { name: 'Plan actions' }).getByRole('button', { name: 'Generate from gaps' }).click();
    const dialog = page.getByRole('dialog', { name: 'Generate from gaps' });
    await dialog.getByLabel('Budget cap in USD (leave empty for none)').fill('100000');
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await dialog.waitFor({ state: 'detached' });
    const leftOut = fold((await page.getByTestId('unpriced-left-out').textContent())!);
    expect(leftOut).toMatch(/^\d+ courses? left out under the budget cap of \$100,000: no published price/);
    const { plan } = await api(page, 'plans.workspace', { memberId });
    const named = plan!.generation!.unpricedLeftOut;
    expect(named).toEqual(expect.arrayContaining(sansTaken));
    for (const id of named) expect(leftOut).toContain(titles.get(id)!);
    expect(plan!.nodes.some((n) => n.courseId && SANS.includes(n.courseId))).toBe(false);
    // Nothing unpriced is left in the plan, so the total is dollars only.
    expect(fold((await page.getByTestId('total-cost').textContent())!)).toMatch(/^\$[\d,]+$/);

    // A gap only unpriced courses teach says so, in the editor's report and in the PDF.
    const onlyUnpriced = plan!.generation!.open.filter((o) => o.reason === 'unpriced');
    expect(onlyUnpriced.length).toBeGreaterThan(0);
    const reasonText = 'only courses without a published price, under a budget cap teach it:';
    expect(await page.locator('.plan-totals__report').last().textContent()).toContain(reasonText);

    await openPrintView(page, host.url, `#/print/member/${memberId}`);
    const file = tmp.file('capped.pdf');
    await printToFile(page, file);
    const text = flatText(file);
    expect(text).toContain(reasonText);
    expect(text).toContain('Left out under the budget cap of $100,000 because no price is published:');
    for (const id of named) expect(text).toContain(fold(titles.get(id)!));

    // Assume $2,500 for each SANS course the open plan took: under the same cap they come back, read “assumed”.
    await page.goto(`${host.url}#/paths/${memberId}`);
    await page.getByRole('toolbar', { name: 'Plan actions' }).getByRole('button', { name: 'Generate from gaps' }).click();
    for (const id of sansTaken) await dialog.getByLabel(`Assumed price of ${titles.get(id)!} in USD`).fill('2500');
    await dialog.getByRole('button', { name: 'Generate' }).click();
    await dialog.waitFor({ state: 'detached' });
    const after = await api(page, 'plans.workspace', { memberId });
    expect(after.plan!.settings.limits.assumedPrices).toEqual(Object.fromEntries(sansTaken.map((id) => [id, 2500])));
    expect(after.plan!.nodes.filter((n) => n.courseId && SANS.includes(n.courseId)).map((n) => n.courseId).sort()).toEqual([...sansTaken].sort());
    expect(fold((await page.getByTestId('total-cost').textContent())!)).toContain(`$${(2500 * sansTaken.length).toLocaleString('en-US')} assumed`);
    const assumedLine = (await page.getByTestId('assumed-courses').textContent())!;
    for (const id of sansTaken) expect(assumedLine).toContain(titles.get(id)!);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPlannerStore } from '../../src/main/planner-store';
import { api } from '../e2e/support/api';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from '../e2e/support/chromium';
import { startHost, type RunningHost } from '../e2e/support/host';
import { openPrintView } from '../e2e/support/print';
import { tempDir } from '../support/temp-dir';
import { compareAsync, printTable, type ComparisonResult } from './support/compare';

const MEMBERS = 200;
const results: ComparisonResult[] = [];
let tmp: ReturnType<typeof tempDir>;
let host: RunningHost;
let chromium: LaunchedBrowser;
let page: Page;
let planMemberId = '';

/** The embedded catalog, plus 200 members each rated on a third of the skills. */
function writeTeam(file: string) {
  const { db } = openPlannerStore(file);
  const roles = (db.prepare('SELECT id FROM roles ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  const skills = (db.prepare('SELECT id FROM skills ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  db.transaction(() => {
    const member = db.prepare('INSERT INTO members (id, name, title, target_role_id, weekly_hours, start_date) VALUES (?, ?, ?, ?, 5, ?)');
    const rating = db.prepare("INSERT INTO ratings (member_id, skill_id, level, source, rated_on) VALUES (?, ?, ?, 'manager', '2026-06-01')");
    for (let m = 0; m < MEMBERS; m++) {
      const id = `bench-m${m}`;
      member.run(id, `Bench member ${String(m).padStart(3, '0')}`, 'Engineer', roles[m % roles.length], '2027-01-04');
      skills.forEach((s, i) => (i + m) % 3 === 0 && rating.run(id, s, (i * 7 + m) % 6));
    }
  })();
  db.close();
}

/** The printed document as a static page: its DOM with every stylesheet inlined and no script. */
async function staticCopy(p: Page): Promise<string> {
  return p.evaluate(() => {
    const css = [...document.styleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('script, link[rel="stylesheet"], meta[http-equiv]').forEach((e) => e.remove());
    const style = document.createElement('style');
    style.textContent = css;
    clone.querySelector('head')!.append(style);
    return `<!doctype html>${clone.outerHTML}`;
  });
}

async function printMs(p: Page, open: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await open();
  await p.emulateMedia({ media: 'print' });
  const pdf = await p.pdf({ preferCSSPageSize: true, printBackground: true });
  await p.emulateMedia({ media: 'screen' });
  expect(pdf.length).toBeGreaterThan(10_000);
  return performance.now() - start;
}

beforeAll(async () => {
  if (!chromiumAvailable) return;
  tmp = tempDir('planner-bench-');
  writeTeam(tmp.file('planner.sqlite'));
  host = await startHost(tmp.file('planner.sqlite'));
  chromium = await launchChromium();
  page = await chromium.browser.newPage({ locale: 'en-GB' });
  await page.goto(host.url);
  // A 60-node plan: 40 courses and 20 skills on a grid, 30 ordering edges.
  planMemberId = 'bench-m0';
  const plan = await api(page, 'plans.create', { memberId: planMemberId, name: 'Sixty', copyFromPlanId: null });
  const courses = (await api(page, 'courses.list', {})).slice(0, 40);
  const skills = (await api(page, 'skills.list', {})).slice(0, 20);
  await api(page, 'plans.save', {
    planId: plan.id,
    stamp: plan.saveStamp + 1,
    upsertNodes: [
      ...courses.map((c, i) => ({ id: `b60-c${i}`, kind: 'course', courseId: c.id, x: (i % 8) * 330, y: Math.floor(i / 8) * 170 })),
      ...skills.map((s, i) => ({ id: `b60-s${i}`, kind: 'skill', skillId: s.id, x: (i % 8) * 330, y: 900 + Math.floor(i / 8) * 140 })),
    ],
    upsertEdges: Array.from({ length: 30 }, (_, i) => ({ id: `b60-e${i}`, source: `b60-c${i}`, target: `b60-c${i + 8 < 40 ? i + 8 : i + 1}`, kind: 'order' })),
  });
}, 120_000);

afterAll(async () => {
  if (results.length) printTable(results);
  await chromium?.close();
  await host?.stop();
  tmp?.cleanup();
});

for (const [name, route] of [
  ['member plan of 60 nodes → PDF', () => `#/print/member/${planMemberId}`],
  [`team report of ${MEMBERS} members → PDF`, () => '#/print/team/all'],
] as const) {
  it.skipIf(!chromiumAvailable)(`${name}: the print view against a static page of the same content`, async () => {
    await openPrintView(page, host.url, route());
    const html = await staticCopy(page);
    results.push(
      await compareAsync({
        name,
        rounds: 5,
        baseline: {
          label: 'static copy of the same document (setContent + pdf)',
          prepare: () => page.goto('about:blank').then(() => undefined),
          run: () => printMs(page, () => page.setContent(html)),
        },
        subject: {
          label: 'print view: load, fetch data, lay out, pdf',
          prepare: () => page.goto('about:blank').then(() => undefined),
          run: () => printMs(page, () => openPrintView(page, host.url, route())),
        },
      }),
    );
  }, 300_000);
}

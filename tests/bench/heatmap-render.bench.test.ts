import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore } from '../../src/main/db/open';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from '../e2e/support/chromium';
import { startHost, type RunningHost } from '../e2e/support/host';
import { tempDir } from '../support/temp-dir';
import { compareAsync, printTable, type ComparisonResult } from './support/compare';
import { between, seeded } from './support/random';

const MEMBERS = 200;
const SKILLS = 100;

const results: ComparisonResult[] = [];
let tmp: ReturnType<typeof tempDir>;
let host: RunningHost;
let chromium: LaunchedBrowser;
let page: Page;
/** Per member, per skill: [text shown, colour class], the same cells the heatmap draws. */
let cells: [string, string][][] = [];
/** How many member rows the heatmap puts in the page (the rows in view plus its overscan), and their height. */
let inView = 0;
let rowHeight = 0;

/** 200 members targeting one role that requires 100 skills, each member rated on about 70 % of them. */
function writeTeam(file: string) {
  const random = seeded(7);
  const { db } = openStore(file);
  const required: number[] = [];
  db.transaction(() => {
    db.prepare("INSERT INTO skill_categories (id, name, description, position) VALUES ('bench', 'Bench', '', 0)").run();
    db.prepare("INSERT INTO roles (id, name, origin) VALUES ('bench-role', 'Bench role', 'user')").run();
    const skill = db.prepare("INSERT INTO skills (id, name, category_id, origin) VALUES (?, ?, 'bench', 'user')");
    const requirement = db.prepare("INSERT INTO role_requirements (role_id, skill_id, level, importance) VALUES ('bench-role', ?, ?, ?)");
    for (let s = 0; s < SKILLS; s++) {
      const id = `s${String(s).padStart(3, '0')}`;
      skill.run(id, `Benchmark skill ${String(s).padStart(3, '0')}`);
      required.push(between(random, 1, 5));
      requirement.run(id, required[s], between(random, 1, 3));
    }
    const member = db.prepare("INSERT INTO members (id, name, target_role_id) VALUES (?, ?, 'bench-role')");
    const rating = db.prepare("INSERT INTO ratings (member_id, skill_id, level, source, rated_on) VALUES (?, ?, ?, 'manager', '2026-01-05')");
    for (let m = 0; m < MEMBERS; m++) {
      const id = `m${String(m).padStart(3, '0')}`;
      member.run(id, `Member ${String(m).padStart(3, '0')}`);
      const row: [string, string][] = [];
      for (let s = 0; s < SKILLS; s++) {
        const level = random() < 0.7 ? between(random, 0, 5) : null;
        if (level !== null) rating.run(id, `s${String(s).padStart(3, '0')}`, level);
        const gap = Math.max(0, required[s]! - (level ?? 0));
        row.push([level === null ? '–' : String(level), gap === 0 ? 'met' : `g${Math.min(gap, 3)}`]);
      }
      cells.push(row);
    }
  })();
  db.close();
}

beforeAll(async () => {
  if (!chromiumAvailable) return;
  tmp = tempDir('planner-bench-');
  cells = [];
  writeTeam(tmp.file('planner.sqlite'));
  host = await startHost(tmp.file('planner.sqlite'));
  chromium = await launchChromium();
  page = await chromium.browser.newPage({ viewport: { width: 1360, height: 900 } });
  // The virtualised map's window: the baseline table draws the same number of rows.
  await page.goto(`${host.url}#/compare/heatmap`);
  const row = page.locator('[data-testid=heatmap] [role=row][data-member]');
  await row.first().waitFor();
  inView = await row.count();
  rowHeight = (await row.first().boundingBox())!.height;
  await page.goto(`${host.url}#/compare/coverage`);
  await page.locator('.coverage__card').first().waitFor();
}, 180_000);

afterAll(async () => {
  if (results.length) printTable(results);
  await chromium?.close();
  await host?.stop();
  tmp?.cleanup();
});

/** Leaves the heatmap (so the next round draws it from scratch) and drops any baseline table. */
async function reset() {
  await page.evaluate(() => {
    document.getElementById('bench-baseline')?.remove();
    window.location.hash = '#/compare/coverage';
  });
  await page.locator('.coverage__card').first().waitFor();
}

it.skipIf(!chromiumAvailable)('heatmap render, 200 members × 100 skills in Chromium, against a virtualised plain table of the same cells', async () => {
  const result = await compareAsync({
    name: 'heatmap render 200 × 100 (to painted frame)',
    baseline: {
      label: 'virtualised plain table: innerHTML of the rows in view × 100 skills, in a scroller as tall as 200 rows',
      prepare: reset,
      run: () =>
        page.evaluate(
          ({ rows, shown, height }) => {
            const start = performance.now();
            // As a virtualiser draws it: the rows in view, positioned in a scroller as tall as every row.
            const html = rows
              .slice(0, shown)
              .map((row, r) => `<tr style="height:${height}px"><th>Member ${r}</th>${row.map(([text, cls]) => `<td class="heat heat--${cls}">${text}</td>`).join('')}</tr>`)
              .join('');
            const box = document.createElement('div');
            box.id = 'bench-baseline';
            box.style.cssText = 'height:600px;overflow:auto';
            box.innerHTML = `<div style="height:${rows.length * height}px;position:relative"><table style="position:absolute;top:0">${html}</table></div>`;
            document.getElementById('main')!.append(box);
            void box.offsetHeight;
            return new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start))));
          },
          { rows: cells, shown: inView, height: rowHeight },
        ),
    },
    subject: {
      label: 'Team heatmap screen (virtualised rows)',
      prepare: reset,
      run: () =>
        page.evaluate(
          () =>
            new Promise<number>((done) => {
              const start = performance.now();
              const drawn = () => document.querySelector('[data-testid=heatmap] [role=row][data-member]');
              const finish = () => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
              const observer = new MutationObserver(() => {
                if (!drawn()) return;
                observer.disconnect();
                void document.querySelector('[data-testid=heatmap]')!.getBoundingClientRect();
                finish();
              });
              observer.observe(document.getElementById('main')!, { childList: true, subtree: true });
              window.location.hash = '#/compare/heatmap';
            }),
        ),
    },
  });
  results.push(result);
  // What was timed is the real map: 200 rows by 100 skills, only the rows in view in the page.
  const map = page.locator('[data-testid=heatmap]');
  expect(await map.getAttribute('aria-rowcount')).toBe(String(MEMBERS + 2));
  expect(await map.locator('[role=row][data-member]').first().locator('[role=cell][data-skill]').count()).toBe(SKILLS);
  const rendered = await map.locator('[role=row][data-member]').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(MEMBERS);
  const first = await map.locator('[role=row][data-member="Member 000"] [role=cell][data-skill]').allTextContents();
  expect(first).toEqual(cells[0]!.map(([text]) => text));
});

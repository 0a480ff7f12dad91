import react from '@vitejs/plugin-react';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../e2e/support/chromium';
import { startHost } from '../e2e/support/host';
import { tempDir } from '../support/temp-dir';
import { compareAsync, printTable, type AsyncSide, type ComparisonResult } from './support/compare';
import { serveFolder } from './support/static-server';

const ROUNDS = 5;
const ROOT = resolve(__dirname, '../..');
const results: ComparisonResult[] = [];
afterAll(() => printTable(results));

/** What "the first screen is there" means on a page: at least `count` elements match `selector`. */
interface FirstScreen {
  selector: string;
  count: number;
}
/** The planner opens on the Overview: the demo team's seven readiness rows. */
const PLANNER_FIRST_SCREEN: FirstScreen = { selector: '[data-testid="overview-readiness"] tbody tr', count: 7 };
const BARE_FIRST_SCREEN: FirstScreen = { selector: '#root li', count: 5 };

/**
 * Runs in the page before its own scripts: records (ms since navigation start) the moment the first screen is
 * in the document, has been drawn (the next animation frame) and the main thread is free for input again (a
 * task after that frame): rendered and interactive.
 */
function watchFirstScreen({ selector, count }: FirstScreen) {
  const w = window as unknown as { firstScreenAt?: number };
  let seen = false;
  const observer = new MutationObserver(() => {
    if (seen || document.querySelectorAll(selector).length < count) return;
    seen = true;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (w.firstScreenAt = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** One cold start per round: a fresh browser context (empty cache), the page loaded, the first screen timed. */
function side(browser: Browser, label: string, url: string, screen: FirstScreen): AsyncSide {
  return {
    label,
    prepare: async () => {},
    run: async () => {
      const context = await browser.newContext({ viewport: { width: 1360, height: 880 } });
      try {
        const page = await context.newPage();
        await page.addInitScript(watchFirstScreen, screen);
        await page.goto(url);
        await page.waitForFunction(() => (window as unknown as { firstScreenAt?: number }).firstScreenAt !== undefined, null, { timeout: 30_000 });
        return await page.evaluate(() => (window as unknown as { firstScreenAt: number }).firstScreenAt);
      } finally {
        await context.close();
      }
    },
  };
}

it.skipIf(!chromiumAvailable)('time to the first screen in Chromium: the planner against a bare React page, and against itself unsplit', async () => {
  if (!existsSync(join(ROOT, 'out/main/browser-host.js'))) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const tmp = tempDir('planner-bench-');
  // The baseline, bundled the same way as the renderer (Vite, the React plugin, minified).
  const bareOut = join(tmp.dir, 'bare');
  await build({ configFile: false, root: resolve(__dirname, 'bare-react'), base: './', plugins: [react()], logLevel: 'silent', build: { outDir: bareOut, emptyOutDir: true, minify: true } });
  // The renderer as it was built before start-up splitting: one chunk, not minified.
  const unsplitOut = join(tmp.dir, 'unsplit');
  await build({
    configFile: false,
    root: resolve(ROOT, 'src/renderer'),
    base: './',
    plugins: [react()],
    logLevel: 'silent',
    build: { outDir: unsplitOut, emptyOutDir: true, minify: false, rollupOptions: { output: { codeSplitting: false } } },
  });
  const bare = await serveFolder(bareOut);
  const host = await startHost(tmp.file('planner.sqlite'));
  const unsplitHost = await startHost(tmp.file('planner-unsplit.sqlite'), { rendererDir: unsplitOut });
  const chromium = await launchChromium();
  try {
    results.push(
      await compareAsync({
        name: 'time to first screen (ms)',
        baseline: side(chromium.browser, 'bare React 19 page', bare.url, BARE_FIRST_SCREEN),
        subject: side(chromium.browser, 'planner: Catalog with its roles (browser host)', host.url, PLANNER_FIRST_SCREEN),
        rounds: ROUNDS,
      }),
      await compareAsync({
        name: 'time to first screen (ms)',
        baseline: side(chromium.browser, 'planner unsplit: one chunk, not minified', unsplitHost.url, PLANNER_FIRST_SCREEN),
        subject: side(chromium.browser, 'planner as built (split, minified)', host.url, PLANNER_FIRST_SCREEN),
        rounds: ROUNDS,
      }),
    );
  } finally {
    await chromium.close();
    await host.stop();
    await unsplitHost.stop();
    bare.server.close();
    tmp.cleanup();
  }
  expect(results).toHaveLength(2);
});

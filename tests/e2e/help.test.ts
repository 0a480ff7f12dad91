import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import manifest from '../../resources/catalog/manifest.json';
import { tempDir } from '../support/temp-dir';
import { seriousViolations } from './support/axe';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';

describe.skipIf(!chromiumAvailable)('help: the shortcut sheet, help lines and About the data', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1360, height: 880 } });
    page.setDefaultTimeout(15_000);
    await page.goto(host.url);
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  it('? opens the keyboard-shortcut sheet; Escape closes it; typing ? into a field does not', async () => {
    await page.locator('body').press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    const text = (await sheet.textContent())!;
    expect(text).toContain('Save every new level at once');
    expect(text).toContain('Undo');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await seriousViolations(page)).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);

    await page.goto(`${host.baseUrl}#/catalog/roles`);
    const search = page.getByRole('searchbox', { name: 'Search roles' });
    await search.fill('what?');
    expect(await search.inputValue()).toBe('what?');
    expect(await sheet.count()).toBe(0);
  });

  it('screens whose first step is not obvious say it in a line', async () => {
    for (const [route, words] of [
      ['#/paths', 'Generate from gaps'],
      ['#/compare', 'pick the member or the role'],
      ['#/reports', 'export the PDF'],
    ] as const) {
      await page.goto(`${host.baseUrl}${route}`);
      await expect.poll(() => page.locator('.help-line').textContent()).toContain(words);
    }
  });

  it('About the data cites every framework of the embedded catalog with its version, and the course providers', async () => {
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'About the data' }).click();
    await page.getByRole('heading', { level: 1, name: 'About the data' }).waitFor();
    for (const f of manifest.frameworks) {
      expect(await page.locator(`tr[data-source="${f.code}"]`).textContent(), f.code).toContain(f.name);
    }
    const nice = (await page.locator('tr[data-source="NICE"]').textContent())!;
    expect(nice).toContain('v2.1.0');
    expect(await page.locator('tr[data-source="DCWF"]').textContent()).toContain('v5.1');
    expect(await page.locator('tr[data-source="MITRE-ATLAS"]').textContent()).toContain('v5.6.0');
    // A new data file is filled from the embedded catalog: both versions read the same.
    await expect.poll(() => page.locator('.about .facts dd').allTextContents()).toEqual([manifest.catalogVersion, manifest.catalogVersion, expect.stringContaining('US OPM')]);
    await expect.poll(() => page.getByTestId('providers').getByRole('listitem').allTextContents()).toContain('SANS Institute (9 courses)');
    // A provider opens its courses in the catalog: the list filtered to SANS's 9 (counted in the catalog above).
    await page.getByTestId('providers').getByRole('link', { name: 'SANS Institute' }).click();
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    await expect.poll(() => page.evaluate(() => new URLSearchParams(window.location.hash.split('?')[1]).get('provider'))).toBe('SANS Institute');
    await expect.poll(() => page.getByRole('combobox', { name: 'Provider' }).inputValue()).toBe('SANS Institute');
  });
});

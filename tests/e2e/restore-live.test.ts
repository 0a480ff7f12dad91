import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { api } from './support/api';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { watchPage } from './support/watch';

// Restoring a backup replaces everything; the screens show the restored data at once, without reloading the page
// (a marker left on the window survives, and no navigation happens).
describe.skipIf(!chromiumAvailable)('restoring a backup without a reload, in Chromium', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;
  const consoleErrors: string[] = [];
  let documentLoads = 0;

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(15_000);
    watchPage(page, { consoleErrors });
    await page.goto(`${host.url}#/settings/backups`);
    await page.getByRole('heading', { name: 'Copies of the data file' }).waitFor();
    // Moving between screens changes only the hash; a reload would load the document again.
    page.on('load', () => (documentLoads += 1));
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  const go = (hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
  const memberRow = (name: string) => page.getByRole('table', { name: 'Team members', exact: true }).getByRole('link', { name, exact: true });

  it('shows the restored team on the next screen and the restored copies in place, with the page never reloaded', async () => {
    await page.evaluate(() => ((window as unknown as { restoreMarker: string }).restoreMarker = 'still here'));

    // A copy of the store as it is now.
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByText(/^Copied the data file to /).waitFor();
    const copy = (await api(page, 'backups.list', {})).backups.find((b) => b.kind === 'manual')!;
    const before = (await api(page, 'members.list', {})).map((m) => m.name);

    // A member added after the copy, seen on the Team screen (so the team is in the renderer's cache).
    await api(page, 'members.create', { name: 'Zoe Added After The Copy' });
    await go('#/team');
    await memberRow('Zoe Added After The Copy').waitFor();

    // Restore the copy from the Backups screen.
    await go('#/settings/backups');
    await page.getByRole('button', { name: `Restore ${copy.name}` }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Replace everything with this backup?' });
    await dialog.getByRole('button', { name: 'Replace with this backup' }).click();
    await page.getByRole('status').filter({ hasText: `Restored from ${copy.name}` }).waitFor();
    // The copy made before the restore is listed at once, on the screen the user is on.
    await expect.poll(() => page.getByRole('cell', { name: 'Before a restore' }).count()).toBe(1);

    // The Team screen shows the restored team: the member added later is gone, the others are there.
    await go('#/team');
    await memberRow(before[0]!).waitFor();
    expect(await memberRow('Zoe Added After The Copy').count()).toBe(0);
    const shown = await page.getByRole('table', { name: 'Team members', exact: true }).locator('tbody th a.table__primary').allTextContents();
    expect([...shown].sort()).toEqual([...before].sort());

    // No reload happened: the window's marker survived, and the document was never loaded again.
    expect(await page.evaluate(() => (window as unknown as { restoreMarker?: string }).restoreMarker)).toBe('still here');
    expect(documentLoads).toBe(0);
  });

  it('logged no errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});

import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { api } from './support/api';
import { seriousViolations } from './support/axe';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { watchPage } from './support/watch';

// A course whose skill the catalog does not know; what the author meant is not among the closest entries.
const FILE = ['title,provider,hours,url,level,teaches', 'Injection basics,Acme,4,https://acme.example/inj,beginner,prompt-injection:3'].join('\n');

describe.skipIf(!chromiumAvailable)('an unknown value mapped to any catalog entry through the screen', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.setDefaultTimeout(15_000);
    watchPage(page, { consoleErrors });
    await page.goto(`${host.url}#/settings/import/csv`);
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  it('searches every skill by keyboard, maps the value to one that is not a suggestion, and imports the row with it', async () => {
    await page.locator('input[type=file]').setInputFiles({ name: 'courses.csv', mimeType: 'text/csv', buffer: Buffer.from(FILE) });
    const values = page.getByRole('table', { name: 'Values the catalog does not know' });
    await values.getByRole('rowheader', { name: /prompt-injection/ }).waitFor();
    const skills = await api(page, 'skills.list', {});
    // Not offered as a suggestion: only the picker reaches it.
    await expect.poll(() => values.getByRole('button', { name: 'Use “Threat modelling”' }).count()).toBe(0);

    const toggle = values.getByRole('button', { name: 'Map to another… for “prompt-injection”' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const picker = page.getByRole('group', { name: 'Map “prompt-injection” to any skill' });
    await picker.getByText(`Search all ${skills.length} skills`).waitFor();
    // The search has focus; case and punctuation are set aside as in matching.
    await page.keyboard.type('THREAT-model');
    const list = picker.getByRole('list', { name: 'skills to map “prompt-injection” to' });
    const names = await list.getByRole('button').allTextContents();
    const expected = skills.filter((s) => /threat.model/i.test(s.name) || /threat.model/i.test(s.id)).map((s) => s.name).sort();
    expect(names.map((n) => n.replace(/ [a-z0-9-]+$/, '')).sort()).toEqual(expected);
    if (process.env.SHOTS_DIR) await page.locator('.csv-values').screenshot({ path: resolve(process.env.SHOTS_DIR, 'csv-map-to-any-picker.png') });

    // Arrow down to the entry and pick it with Enter.
    const target = skills.find((s) => s.id === 'threat-modelling')!;
    for (let i = 0; i <= names.findIndex((n) => n.startsWith(target.name + ' ') || n === target.name); i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('combobox', { name: 'What “prompt-injection” means' }).textContent()).toContain('Use “Threat modelling”');
    await page.getByText('Every value has a choice.').waitFor();

    await page.getByRole('button', { name: 'Import 1 row' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Imported courses' });
    await result.waitFor();
    const course = (await api(page, 'courses.list', {})).find((c) => c.title === 'Injection basics')!;
    expect(course.teaches).toEqual([{ skill: 'threat-modelling', level: 3 }]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvText } from '../../src/shared/domain/csv-text';
import { tempDir } from '../support/temp-dir';
import { api } from './support/api';
import { seriousViolations } from './support/axe';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from './support/chromium';
import { startHost, type RunningHost } from './support/host';
import { watchPage } from './support/watch';

// A course list as a spreadsheet in a decimal-comma country saves it: a BOM, semicolons, a decimal comma with a
// dot for thousands, accents, a separator inside quotes, skills written as people write them, and bad rows
// (negative hours, a javascript: address, a duplicate row, a misspelt skill).
const MESSY = '\uFEFF' + [
  'Course name;Vendor;Duration (hours);Price;Currency;Link;Difficulty;Skills taught',
  'Défense contre l’injection;École Numérique;20,5;1.250;EUR;https://ecole.example/injection;beginner;prompt-injection',
  '"Red teaming; the hard parts";sans institute;12;;;https://red.example/hard;advanced;"AI red teaming:4; Threat Modeling"',
  'Agent forensics;Forensik GmbH;8;300;;https://forensik.example/agents;intermediate;Agent forensics',
  'Bad hours;Acme;-3;;;https://acme.example/bad;;prompt-injection',
  'Script link;Acme;2;;;javascript:alert(1);;',
  'Défense contre l’injection;École Numérique;20,5;1.250;EUR;https://ecole.example/injection;beginner;prompt-injection',
  'Typo skill;Acme;4;;;https://acme.example/typo;;Secure codng:2',
].join('\r\n');

describe.skipIf(!chromiumAvailable)('a messy courses CSV imported through the screen', () => {
  let tmp: ReturnType<typeof tempDir>;
  let host: RunningHost;
  let chromium: LaunchedBrowser;
  let page: Page;
  const consoleErrors: string[] = [];
  /** The screen scrolls inside its main area: each part of the preview is shot on its own. */
  async function shot(name: string, ...selectors: string[]) {
    if (!process.env.SHOTS_DIR) return;
    for (const selector of selectors) {
      await page.locator(selector).screenshot({ path: resolve(process.env.SHOTS_DIR, `${name}-${selector.replace(/\W+/g, '')}.png`) });
    }
  }

  beforeAll(async () => {
    tmp = tempDir();
    host = await startHost(tmp.file('planner.sqlite'));
    chromium = await launchChromium();
    page = await chromium.browser.newPage({ viewport: { width: 1360, height: 900 }, acceptDownloads: true });
    page.setDefaultTimeout(15_000);
    watchPage(page, { consoleErrors });
    await page.goto(`${host.url}#/settings/import/csv`);
  });

  afterAll(async () => {
    await chromium?.close();
    await host?.stop();
    tmp?.cleanup();
  });

  const problemRows = () => page.getByRole('table', { name: 'Problems in the file' }).getByRole('row').allTextContents();

  it('lists every problem of every row at once, and saves the list as CSV', async () => {
    await page.locator('input[type=file]').setInputFiles({ name: 'cours.csv', mimeType: 'text/csv', buffer: Buffer.from(MESSY) });
    await page.getByRole('region', { name: '9 problems' }).waitFor();
    await page.getByText('numbers with a decimal comma (1.234,5 or 1 234,5)').waitFor();
    expect((await problemRows()).slice(1)).toEqual([
      '2Skills taughtUnknown skill “prompt-injection”: did you mean “Prompt injection defence”?',
      '3Skills taughtUnknown skill “Threat Modeling”: did you mean “Threat modelling” or “AI and ML threat modelling”?',
      '4Skills taughtUnknown skill “Agent forensics”: did you mean “AI system forensics”?',
      '4CurrencyPick the currency of the cost.',
      '5Skills taughtUnknown skill “prompt-injection”: did you mean “Prompt injection defence”?',
      '5Duration (hours)Hours cannot be negative.',
      '6LinkURL must start with http:// or https://.',
      '7Skills taughtUnknown skill “prompt-injection”: did you mean “Prompt injection defence”?',
      '8Skills taughtUnknown skill “Secure codng”: did you mean “Secure coding”?',
    ]);
    // Each unknown value once, with how many rows name it.
    const values = page.getByRole('table', { name: 'Values the catalog does not know' });
    expect((await values.getByRole('rowheader').allTextContents()).map((t) => t.replace(/skill · .*$/, ''))).toEqual([
      'prompt-injection',
      'Agent forensics',
      'Secure codng',
      'Threat Modeling',
    ]);
    await page.getByText('4 values need a choice').waitFor();
    await shot('csv-messy-preview', '.csv-settings', '.csv-values', '.csv-problems');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the list as CSV' }).click()]);
    const saved = parseCsvText(readFileSync((await download.path())!, 'utf8'));
    expect(saved.headers).toEqual(['row', 'column', 'reason']);
    expect(saved.rows.map((r) => r.cells.slice(0, 2).join(' '))).toEqual([
      '2 Skills taught',
      '3 Skills taught',
      '4 Skills taught',
      '4 Currency',
      '5 Skills taught',
      '5 Duration (hours)',
      '6 Link',
      '7 Skills taught',
      '8 Skills taught',
    ]);
  });

  it('takes one suggestion in a click, creates one value, leaves one out, and imports the rows', async () => {
    const values = page.getByRole('table', { name: 'Values the catalog does not know' });
    await values.getByRole('button', { name: 'Use “Prompt injection defence”' }).click();
    await values.getByRole('button', { name: 'Using “Prompt injection defence”' }).waitFor();
    await values.getByRole('button', { name: 'Use “Threat modelling”' }).click();
    await values.getByRole('button', { name: 'Using “Threat modelling”' }).waitFor();
    await page.getByRole('combobox', { name: 'What “Agent forensics” means' }).click();
    await page.getByRole('option', { name: 'Create the skill “Agent forensics”' }).click();
    await page.getByRole('combobox', { name: 'New skills go in the category' }).waitFor();
    await page.getByRole('combobox', { name: 'What “Secure codng” means' }).click();
    await page.getByRole('option', { name: 'Leave those rows out' }).click();
    await page.getByRole('combobox', { name: 'Currency of a cost without one' }).click();
    await page.getByRole('option', { name: 'EUR', exact: true }).click();

    await page.getByRole('region', { name: '4 problems' }).waitFor();
    expect((await problemRows()).slice(1)).toEqual([
      '5Duration (hours)Hours cannot be negative.',
      '6LinkURL must start with http:// or https://.',
      '7Course nameDuplicate: row 2 already has course “Défense contre l’injection”.',
      '8Skills taughtLeft out, as chosen for the skill “Secure codng”.',
    ]);
    await page.getByText('Every value has a choice.').waitFor();
    await page.getByText('Creates the skill “Agent forensics” in the category “AI/ML foundations”.').waitFor();
    await shot('csv-messy-chosen', '.csv-values', '.csv-problems', '.imports__actions');

    await page.getByRole('button', { name: 'Import the 3 valid rows' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Imported courses' });
    await result.waitFor();
    await expect.poll(() => result.textContent()).toContain('3 added');
    await expect.poll(() => result.textContent()).toContain('4 rows with problems left out');

    const courses = await api(page, 'courses.list', {});
    type Course = (typeof courses)[number];
    const byTitle = (title: string) => courses.find((c) => c.title === title)!;
    const sorted = (c: Course) => [...c.teaches].sort((a, b) => a.skill.localeCompare(b.skill));
    expect(byTitle('Défense contre l’injection')).toMatchObject({ provider: 'École Numérique', hours: 20.5, cost: 1250, currency: 'EUR' });
    // A beginner course teaching a skill written without a level: Basic (2).
    expect(sorted(byTitle('Défense contre l’injection'))).toEqual([{ skill: 'prompt-injection-defence', level: 2 }]);
    expect(byTitle('Red teaming; the hard parts').provider).toBe('SANS Institute');
    expect(sorted(byTitle('Red teaming; the hard parts'))).toEqual([
      { skill: 'ai-red-teaming', level: 4 },
      { skill: 'threat-modelling', level: 4 },
    ]);
    expect(byTitle('Agent forensics')).toMatchObject({ cost: 300, currency: 'EUR', teaches: [{ skill: 'agent-forensics', level: 3 }] });
    const skills = await api(page, 'skills.list', {});
    expect(skills.find((s) => s.id === 'agent-forensics')).toMatchObject({ name: 'Agent forensics', category: 'ai-ml-foundations' });
    expect(courses.filter((c) => ['Bad hours', 'Script link', 'Typo skill'].includes(c.title))).toEqual([]);
  });

  it('shows the column guide and saves a template with an example row; no axe violations, no console errors', async () => {
    await page.goto(`${host.url}#/settings/import/csv`);
    await page.getByText('What each column of a courses file accepts').click();
    await page.getByRole('table', { name: 'Columns of a courses file' }).getByRole('cell', { name: 'Prompt injection defence:3; llm-guardrails:2' }).waitFor();
    await shot('csv-column-guide', '.csv-guide');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a courses template with an example row' }).click()]);
    const template = parseCsvText(readFileSync((await download.path())!, 'utf8'));
    expect(template.headers[1]).toBe('title');
    expect(template.rows).toHaveLength(1);
    const violations = await seriousViolations(page);
    expect(violations.map((v) => `${v.id} (${v.help})`)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

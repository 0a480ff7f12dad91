import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../e2e/support/pdf';
import { tempDir } from '../support/temp-dir';
import { electronAvailable, electronPath } from './runtime';

type Bridge = { call(name: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> };

const MAIN = resolve(__dirname, '../../out/main/index.js');

/**
 * The desktop flow of tests/desktop/desktop-app.test.ts under the real Electron runtime: GPU, the real sandbox,
 * the real app:// scheme. The OS dialogs cannot be clicked by a test, so the main process's dialog functions
 * are answered from here (electronApp.evaluate), as the double does.
 */
describe.skipIf(!electronAvailable)('the desktop app under real Electron', () => {
  let app: ElectronApplication;
  let page: Page;
  let tmp: ReturnType<typeof tempDir>;
  const MEMBER = 'Noor Haddad';

  const call = async <T>(name: string, input: unknown = {}): Promise<T> => {
    const result = await page.evaluate(([n, i]) => (window as unknown as { planner: Bridge }).planner.call(n, i), [name, input] as const);
    if (!result.ok) throw new Error(`${name}: ${result.error!.message}`);
    return result.value as T;
  };

  beforeAll(async () => {
    tmp = tempDir();
    app = await _electron.launch({
      executablePath: electronPath!,
      args: [MAIN, `--user-data-dir=${tmp.file('user-data')}`, '--no-sandbox'],
      env: { ...process.env, ELECTRON_RENDERER_URL: '' },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    tmp?.cleanup();
  });

  it('first start: the page is app://planner/ with window.planner; the store is filled', async () => {
    expect(page.url()).toBe('app://planner/index.html');
    expect(await page.evaluate(() => Object.keys((window as unknown as { planner: object }).planner).sort())).toEqual(['call', 'files', 'onBeforeClose', 'pdf']);
    expect((await call<unknown[]>('members.list')).length).toBe(7);
    expect(existsSync(join(tmp.file('user-data'), 'planner.sqlite'))).toBe(true);
  });

  it('adds a member, generates a plan and exports the PDF through the (answered) save dialog', async () => {
    const member = await call<{ id: string }>('members.create', { name: MEMBER, targetRoleId: 'ai-security-engineer', weeklyHours: 5 });
    await page.evaluate((r) => (location.hash = r), `#/paths/${member.id}`);
    await page.getByRole('toolbar', { name: 'Plan actions' }).getByRole('button', { name: 'Generate from gaps' }).click();
    await page.getByRole('dialog', { name: 'Generate from gaps' }).getByRole('button', { name: 'Generate', exact: true }).click();
    await page.getByText(/^Generated \d+ courses? for AI Security Engineer/).waitFor();

    const target = tmp.file('plan.pdf');
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
    }, target);
    await page.evaluate((r) => (location.hash = r), '#/reports');
    await page.getByRole('combobox', { name: 'Member' }).click();
    await page.getByRole('option', { name: MEMBER }).click();
    await page.getByRole('button', { name: 'Export plan as PDF' }).click();
    await page.getByRole('status').filter({ hasText: `Saved to ${target}` }).waitFor({ timeout: 60_000 });
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(target)).toContain(MEMBER);
  });

  it('navigation away is refused and the page stays', async () => {
    await page.evaluate(() => void setTimeout(() => (location.href = 'https://example.com/'), 0));
    await page.waitForTimeout(500);
    expect(page.url().startsWith('app://planner/')).toBe(true);
  });
});

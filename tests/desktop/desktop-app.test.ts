import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_CHANNEL, BEFORE_CLOSE_CHANNEL, READY_TO_CLOSE_CHANNEL } from '../../src/shared/api/bridge';
import { chromiumAvailable, launchChromium, type LaunchedBrowser } from '../e2e/support/chromium';
import { pdfText } from '../e2e/support/pdf';
import { tempDir } from '../support/temp-dir';
import { DesktopSystem } from './electron-double';
import { PAGE_ORIGIN } from './electron-double/chromium-pages';
import { launchDesktopApp, type LaunchedApp } from './launch';
import { userDataFolder } from './support';

type Bridge = { call(name: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> };

/**
 * The real renderer served the desktop way: the built main process answers app://planner/ through its protocol
 * handler, the page's window.planner is the built preload run as a sandbox runs it, and its IPC reaches the
 * main process's ipcMain handlers.
 */
describe.skipIf(!chromiumAvailable)('the desktop app end to end (built main + preload, electron double, Chromium)', () => {
  let chromium: LaunchedBrowser;
  let context: BrowserContext;
  let launched: LaunchedApp;
  let page: Page;
  let folder: ReturnType<typeof userDataFolder>;
  let files: ReturnType<typeof tempDir>;
  let memberId: string;
  const MEMBER = 'Noor Haddad';

  const call = async <T>(name: string, input: unknown = {}): Promise<T> => {
    const result = await page.evaluate(([n, i]) => (window as unknown as { planner: Bridge }).planner.call(n, i), [name, input] as const);
    if (!result.ok) throw new Error(`${name}: ${result.error!.message}`);
    return result.value as T;
  };
  const goto = (route: string) => page.evaluate((r) => (location.hash = r), route);

  beforeAll(async () => {
    chromium = await launchChromium();
    context = await chromium.browser.newContext({ viewport: { width: 1440, height: 900 } });
    folder = userDataFolder();
    files = tempDir();
    launched = launchDesktopApp(new DesktopSystem(context), folder.path);
    const window = await launched.mainWindow();
    page = window.webContents.page!;
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    if (launched && !launched.electron.app.exited) await launched.quit();
    await chromium?.close();
    folder?.remove();
    files?.cleanup();
  });

  it('first start: the sandboxed preload gives the page window.planner and nothing of Node; the store in userData is filled', async () => {
    expect(page.url()).toBe(`${PAGE_ORIGIN}/index.html`);
    const seen = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        loaded: w.__preloadLoaded === true,
        error: w.__preloadError ?? null,
        planner: Object.keys(w.planner as object).sort(),
        node: typeof w.require === 'undefined' && typeof w.process === 'undefined' && typeof w.ipcRenderer === 'undefined',
      };
    });
    expect(seen).toEqual({ loaded: true, error: null, planner: ['call', 'closeWindow', 'files', 'onBeforeClose', 'pdf'], node: true });
    expect(existsSync(join(folder.path, 'planner.sqlite'))).toBe(true);
    await goto('#/team');
    await page.getByRole('region', { name: 'Members' }).getByText('Priya Raman').first().waitFor();
    const info = await call<{ dataFile: string }>('app.info');
    expect(info.dataFile).toBe(join(folder.path, 'planner.sqlite'));
  });

  it('adds a member, rates them, generates a plan and moves a node, all over IPC', async () => {
    await page.getByRole('button', { name: 'Add member' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Add a team member' });
    await dialog.getByLabel('Name').fill(MEMBER);
    await dialog.getByRole('combobox', { name: 'Target role' }).click();
    await page.getByRole('option', { name: 'AI Security Engineer', exact: true }).click();
    await dialog.getByRole('button', { name: 'Add member' }).click();
    await page.getByRole('heading', { level: 1, name: MEMBER }).waitFor();
    memberId = (await call<{ id: string; name: string }[]>('members.list')).find((m) => m.name === MEMBER)!.id;

    await page.getByRole('gridcell', { name: /: new level/ }).first().focus();
    await page.keyboard.press('2');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: /^Saved 1 rating for/ }).waitFor();
    expect(await call<{ level: number }[]>('ratings.list', { memberId })).toMatchObject([{ level: 2 }]);

    await goto(`#/paths/${memberId}`);
    await page.getByRole('toolbar', { name: 'Plan actions' }).getByRole('button', { name: 'Generate from gaps' }).click();
    await page.getByRole('dialog', { name: 'Generate from gaps' }).getByRole('button', { name: 'Generate', exact: true }).click();
    await page.getByText(/^Generated \d+ courses? for AI Security Engineer/).waitFor();
    await page.getByRole('status').filter({ hasText: 'All changes saved' }).waitFor();
    // The full skill-level graph (the editor opens on the roadmap); the choice is remembered for the next visit.
    await page.getByRole('group', { name: 'Canvas view' }).getByRole('button', { name: 'Full graph' }).click();

    const node = page.locator('.react-flow__node-course').first();
    const id = await node.getAttribute('data-id');
    const before = await nodePosition(id!);
    const box = (await node.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 20 + 160, box.y + 10 + 90, { steps: 10 });
    await page.mouse.up();
    await expect.poll(async () => (await nodePosition(id!)).x, { timeout: 15_000 }).not.toBe(before.x);
  });

  async function nodePosition(nodeId: string) {
    const { plan } = await call<{ plan: { nodes: { id: string; x: number; y: number }[] } }>('plans.workspace', { memberId });
    const node = plan.nodes.find((n) => n.id === nodeId)!;
    return { x: node.x, y: node.y };
  }

  it('exports the member’s PDF through the save dialog and a hidden print window; Show in folder reveals only that file', async () => {
    const { electron } = launched;
    const target = files.file('noor-plan.pdf');
    electron.dialog.answerSave({ canceled: false, filePath: target });
    await goto('#/reports');
    await page.getByRole('combobox', { name: 'Member' }).click();
    await page.getByRole('option', { name: MEMBER }).click();
    await page.getByRole('button', { name: 'Export plan as PDF' }).click();
    await page.getByRole('status').filter({ hasText: `Saved to ${target}` }).waitFor({ timeout: 60_000 });
    const save = electron.dialog.calls.at(-1)!;
    expect(save.kind).toBe('save');
    expect(String(save.options.defaultPath)).toMatch(/\.pdf$/);
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(target)).toContain(MEMBER);
    // The print window was hidden and is gone.
    const printWindows = electron.harness.windows.filter((w) => w.options.show === false && !w.visible);
    expect(printWindows.length).toBeGreaterThan(0);
    expect(printWindows.every((w) => w.isDestroyed())).toBe(true);

    await page.getByRole('button', { name: 'Show in folder' }).click();
    await expect.poll(() => electron.shell.shownInFolder).toEqual([target]);
    await page.evaluate(() => (window as unknown as { planner: { pdf: { showInFolder(f: string): Promise<void> } } }).planner.pdf.showInFolder('/etc/passwd'));
    expect(electron.shell.shownInFolder).toEqual([target]);
  });

  it('imports a CSV file picked in the open dialog', async () => {
    const csv = files.file('courses.csv');
    writeFileSync(csv, '\uFEFFTitle;Provider;Hours;URL;Kind\r\nDesktop threat modelling clinic;Acme Academy;5;https://acme.example/clinic;course\r\n');
    launched.electron.dialog.answerOpen({ canceled: false, filePaths: [csv] });
    await goto('#/settings/import/csv');
    await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
    await page.getByRole('button', { name: 'Import 1 row' }).click();
    await page.getByRole('status').filter({ hasText: 'Imported courses' }).waitFor();
    const open = launched.electron.dialog.calls.at(-1)!;
    expect(open.kind).toBe('open');
    const courses = await call<{ title: string; hours: number }[]>('courses.list', {});
    expect(courses.find((c) => c.title === 'Desktop threat modelling clinic')).toMatchObject({ hours: 5 });
  });

  it('saves a JSON backup through the save dialog', async () => {
    const target = files.file('planner-backup.json');
    launched.electron.dialog.answerSave({ canceled: false, filePath: target });
    await goto('#/settings/export');
    await page.getByRole('button', { name: 'Save a backup file…' }).click();
    await expect.poll(() => existsSync(target)).toBe(true);
    const backup = JSON.parse(readFileSync(target, 'utf8')) as Record<string, unknown>;
    expect(JSON.stringify(backup)).toContain(MEMBER);
    expect(JSON.stringify(backup)).toContain('Desktop threat modelling clinic');
  });

  it('refuses navigation away, new windows and subframes in the live page; a foreign frame’s IPC is refused', async () => {
    const { electron } = launched;
    const mainWindow = electron.harness.windows.find((w) => w.visible)!;
    // Renderer-initiated, as a link would be (after this call returns, so the evaluation is not cut off).
    await page.evaluate(() => void setTimeout(() => (location.href = 'https://example.com/elsewhere'), 0));
    await expect.poll(() => electron.shell.openedExternally).toContain('https://example.com/elsewhere');
    expect(page.url().startsWith(PAGE_ORIGIN)).toBe(true);
    expect(mainWindow.webContents.blocked).toContainEqual({ kind: 'navigation', url: 'https://example.com/elsewhere' });

    const pagesBefore = context.pages().length;
    await page.evaluate(() => void window.open('https://example.com/new-window', '_blank'));
    await expect.poll(() => electron.shell.openedExternally).toContain('https://example.com/new-window');
    await expect.poll(() => context.pages().length).toBe(pagesBefore);

    // A frame of another origin: the page's CSP refuses it, and the shell's will-frame-navigate would too.
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = 'https://evil.example/frame.html';
      frame.id = 'evil-frame';
      document.body.append(frame);
    });
    await page.waitForTimeout(300);
    expect(page.frames().some((f) => f.url().includes('evil.example'))).toBe(false);

    // A frame that is not the app's page (about:blank) calls the IPC pipe directly: refused by the main process.
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.id = 'blank-frame';
      document.body.append(frame);
    });
    const blank = page.frames().find((f) => f !== page.mainFrame() && f.url() === 'about:blank')!;
    const answer = await blank.evaluate(
      ([channel]) => (window as unknown as { __electronIpc(m: unknown): Promise<{ ok: boolean; value: { ok: boolean; error: { code: string } } }> }).__electronIpc({ type: 'invoke', channel, args: ['members.list', {}] }),
      [API_CHANNEL] as const,
    );
    expect(answer.value).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    await page.evaluate(() => document.querySelectorAll('#evil-frame, #blank-frame').forEach((f) => f.remove()));
  });

  it('closing with unsaved ratings on the skill sheet asks in the page; Cancel keeps the window and the ratings', async () => {
    const { electron } = launched;
    await goto(`#/team/member/${memberId}/sheet`);
    await page.getByRole('gridcell', { name: /: new level/ }).first().focus();
    await page.keyboard.press('2');
    await expect.poll(() => page.locator('.sheet__row--changed').count()).toBe(1);
    const answers: unknown[] = [];
    const listen = (_event: unknown, answer: unknown) => answers.push(answer);
    electron.ipcMain.on(READY_TO_CLOSE_CHANNEL, listen);
    const window = electron.harness.windows.find((w) => w.visible)!;
    window.close();
    const dialog = page.getByRole('alertdialog', { name: 'Close without saving?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`1 new rating for ${MEMBER} on the skill sheet`);
    await expect.poll(() => answers).toEqual([{ close: false }]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await new Promise((r) => setTimeout(r, 4_500));
    expect(window.isDestroyed()).toBe(false);
    expect(await page.locator('.sheet__row--changed').count()).toBe(1);
    electron.ipcMain.removeListener(READY_TO_CLOSE_CHANNEL, listen);
    // Leaving the sheet and discarding, so the next close has nothing to ask about.
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('link', { name: 'Team', exact: true }).click();
    await page.getByRole('alertdialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave and discard' }).click();
    await page.getByRole('region', { name: 'Members' }).waitFor();
  });

  it('closing right after an edit: the close is held, the page flushes, the edit is in the file; will-quit closes the store', async () => {
    const { electron } = launched;
    await goto(`#/paths/${memberId}`);
    await page.locator('.react-flow__node-course').first().waitFor();
    // The course nearest the middle of the canvas, moved a little: it stays in view (only what is in view is drawn).
    const id = await page.evaluate(() => {
      const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
      const middle = { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 };
      const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node-course')];
      const distance = (el: HTMLElement) => {
        const r = el.getBoundingClientRect();
        return Math.hypot(r.left + r.width / 2 - middle.x, r.top + r.height / 2 - middle.y);
      };
      return nodes.sort((a, b) => distance(a) - distance(b))[0]!.dataset.id!;
    });
    const box = (await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 20 + 60, box.y + 10 + 40, { steps: 8 });
    await page.mouse.up();
    const shown = await page.evaluate((nodeId) => (document.querySelector(`.react-flow__node[data-id="${nodeId}"]`) as HTMLElement).style.transform, id);

    const answered: unknown[] = [];
    electron.ipcMain.on(READY_TO_CLOSE_CHANNEL, (event) => answered.push(event));
    const window = electron.harness.windows.find((w) => w.visible)!;
    window.close();
    expect(window.isDestroyed()).toBe(false);
    expect(window.webContents.sent.map((m) => m.channel)).toContain(BEFORE_CLOSE_CHANNEL);
    await electron.app.whenExited();
    await electron.harness.settle();
    expect(answered).toHaveLength(1);

    const file = join(folder.path, 'planner.sqlite');
    expect(existsSync(`${file}-wal`)).toBe(false);
    // The app ran long enough for its first daily copy (the control for the shell test that sees none after a quick quit).
    expect(readdirSync(join(folder.path, 'backups')).some((f) => /^planner-daily-\d{4}-\d{2}-\d{2}\.sqlite$/.test(f))).toBe(true);
    const db = new Database(file, { readonly: true });
    try {
      const row = db.prepare('SELECT x, y FROM plan_nodes WHERE id = ?').get(id) as { x: number; y: number };
      const [x, y] = /translate\(([-\d.]+)px, ([-\d.]+)px\)/.exec(shown)!.slice(1).map(Number);
      expect(row.x).toBeCloseTo(x!, 0);
      expect(row.y).toBeCloseTo(y!, 0);
    } finally {
      db.close();
    }
  });
});


import { BrowserWindow, dialog, ipcMain, shell } from 'electron';
import { dirname, join } from 'node:path';
import { EXPORT_PDF_CHANNEL, SHOW_IN_FOLDER_CHANNEL } from '../../shared/api/bridge';
import { pdfFileName, printRequest, printRoutePath, type PdfExportResult, type PrintRequest } from '../../shared/domain/print';
import type { Api } from '../api';
import type { Db } from '../db/open';
import { settingsRepository } from '../db/repositories/settings';
import { writeWhole } from '../files/write-whole';
import { APP_ORIGIN } from './protocol';
import { isTrustedSender } from './security';
import { baseWebPreferences } from './window';

const LAST_FOLDER_KEY = 'export.pdfFolder';
const READY_TIMEOUT_MS = 30_000;

/** Files this session wrote: the only ones "Show in folder" will reveal. */
const exported = new Set<string>();

function subjectOf(api: Api, request: PrintRequest): string {
  if (request.view === 'member') {
    const result = api.call('members.get', { id: request.memberId });
    return result.ok ? (result.value as { name: string }).name : 'member';
  }
  if (request.view === 'team-plan') return `${request.amount} ${request.currency} per ${request.per}`;
  if (!request.roleId) return 'all roles';
  const result = api.call('roles.get', { id: request.roleId });
  return result.ok ? (result.value as { name: string }).name : 'role';
}

/** Loads the print view in a hidden, sandboxed window and waits until it says it is ready. */
async function printView(request: PrintRequest, devServerUrl: string | undefined): Promise<Buffer> {
  const window = new BrowserWindow({ show: false, width: 1100, height: 1400, webPreferences: baseWebPreferences() });
  try {
    await window.loadURL(`${devServerUrl ?? `${APP_ORIGIN}/index.html`}${printRoutePath(request)}`);
    const started = Date.now();
    for (;;) {
      const state = (await window.webContents.executeJavaScript(
        `document.documentElement.getAttribute('data-print-ready') === 'true' ? 'ready' : (document.querySelector('.print-failure')?.textContent ?? '')`,
      )) as string;
      if (state === 'ready') break;
      if (state) throw new Error(state);
      if (Date.now() - started > READY_TIMEOUT_MS) throw new Error('The report took too long to prepare.');
      await new Promise((r) => setTimeout(r, 100));
    }
    return await window.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
  } finally {
    window.destroy();
  }
}

/**
 * PDF export in the desktop app: asks where to save (starting in the last folder used), prints the view with
 * printToPDF (the same Chromium printing path the tests drive with page.pdf), and writes the file whole.
 */
export function bindPdfExport(api: Api, db: Db, devServerUrl: string | undefined): void {
  const settings = settingsRepository(db);

  ipcMain.handle(EXPORT_PDF_CHANNEL, async (event, input: unknown): Promise<PdfExportResult> => {
    if (!isTrustedSender(event.senderFrame?.url, devServerUrl)) return { status: 'failed', message: 'Refused: not the planner’s own page.' };
    const parsed = printRequest.safeParse(input);
    if (!parsed.success) return { status: 'failed', message: 'That report does not exist.' };
    const request = parsed.data;
    const day = new Date().toISOString().slice(0, 10);
    const folder = (settings.get(LAST_FOLDER_KEY) as string | undefined) ?? '';
    const owner = BrowserWindow.fromWebContents(event.sender) ?? BrowserWindow.getAllWindows()[0]!;
    const picked = await dialog.showSaveDialog(owner, {
      title: request.view === 'member' ? 'Save the learning plan as PDF' : request.view === 'team-plan' ? 'Save the team plan as PDF' : 'Save the team report as PDF',
      defaultPath: join(folder, pdfFileName(request.view, subjectOf(api, request), day)),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (picked.canceled || !picked.filePath) return { status: 'cancelled' };
    try {
      const pdf = await printView(request, devServerUrl);
      await writeWhole(picked.filePath, pdf);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { status: 'failed', message: `The PDF was not saved: ${message}` };
    }
    settings.put(LAST_FOLDER_KEY, dirname(picked.filePath));
    exported.add(picked.filePath);
    return { status: 'saved', file: picked.filePath };
  });

  ipcMain.handle(SHOW_IN_FOLDER_CHANNEL, (event, file: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url, devServerUrl)) return;
    if (typeof file === 'string' && exported.has(file)) shell.showItemInFolder(file);
  });
}

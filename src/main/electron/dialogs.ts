import { BrowserWindow, dialog, ipcMain } from 'electron';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { OPEN_TEXT_FILE_CHANNEL, SAVE_TEXT_FILE_CHANNEL } from '../../shared/api/bridge';
import { bytesToSave, MAX_FILE_BYTES } from '../files/bytes-to-save';
import { isTrustedSender } from './security';


interface OpenOptions {
  title: string;
  extensions: string[];
}
interface SaveOptions extends OpenOptions {
  fileName: string;
  content: string;
  encoding?: 'utf8' | 'base64';
}

function filters(extensions: unknown) {
  const list = Array.isArray(extensions) ? extensions.filter((e): e is string => typeof e === 'string' && /^[a-z0-9]{1,8}$/i.test(e)) : [];
  return [{ name: list.map((e) => e.toUpperCase()).join(', ') || 'Files', extensions: list.length ? list : ['*'] }, { name: 'All files', extensions: ['*'] }];
}

/**
 * The desktop app's open and save dialogs for imports and exports. The renderer never names a path: the user
 * picks it in the system dialog, the main process reads or writes the file, and the text goes through the same
 * API operations the browser host uses.
 */
export function bindFileDialogs(devServerUrl: string | undefined): void {
  ipcMain.handle(OPEN_TEXT_FILE_CHANNEL, async (event, options: OpenOptions) => {
    if (!isTrustedSender(event.senderFrame?.url, devServerUrl)) return null;
    const window = BrowserWindow.fromWebContents(event.sender);
    const picked = await dialog.showOpenDialog(window ?? BrowserWindow.getAllWindows()[0]!, {
      title: String(options?.title ?? 'Choose a file'),
      properties: ['openFile'],
      filters: filters(options?.extensions),
    });
    const path = picked.filePaths[0];
    if (picked.canceled || !path) return null;
    if (statSync(path).size > MAX_FILE_BYTES) {
      throw new Error(`${basename(path)} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB.`);
    }
    return { name: basename(path), content: readFileSync(path, 'utf8') };
  });

  ipcMain.handle(SAVE_TEXT_FILE_CHANNEL, async (event, options: SaveOptions) => {
    if (!isTrustedSender(event.senderFrame?.url, devServerUrl)) return null;
    const bytes = bytesToSave(options);
    const window = BrowserWindow.fromWebContents(event.sender);
    const picked = await dialog.showSaveDialog(window ?? BrowserWindow.getAllWindows()[0]!, {
      title: String(options?.title ?? 'Save'),
      defaultPath: basename(String(options?.fileName ?? 'export.txt')),
      filters: filters(options?.extensions),
    });
    if (picked.canceled || !picked.filePath) return null;
    writeFileSync(picked.filePath, bytes);
    return picked.filePath;
  });
}

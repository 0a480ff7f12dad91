import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_CHANNEL } from '../../src/shared/api/bridge';
import type { ElectronDouble } from './electron-double';
import type { IpcEvent } from './electron-double/ipc-main';

export const APP_PAGE = 'app://planner/index.html';

/** A fresh userData folder per launch, removed at the end. */
export function userDataFolder(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'planner-userdata-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** An IPC event as Electron builds it for a message from a frame at `frameUrl`. */
export function ipcEventFrom(frameUrl: string | null, sender: unknown = {}): IpcEvent {
  return { sender, senderFrame: frameUrl === null ? null : { url: frameUrl, name: '', top: null }, processId: 1, frameId: 1 };
}

/** Calls the API over the app's IPC channel as a page at `frameUrl` would. */
export function callOverIpc(electron: ElectronDouble, frameUrl: string | null, name: string, input: unknown = {}) {
  return electron.ipcMain.invokeFromPage(API_CHANNEL, ipcEventFrom(frameUrl), [name, input]) as Promise<{
    ok: boolean;
    value?: unknown;
    error?: { code: string; message: string };
  }>;
}

export async function until<T>(read: () => T | undefined | false, what: string, timeoutMs = 20_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

import type { PdfExportResult, PrintRequest } from '../domain/print';
import type { ApiResult } from './errors';

/** The IPC channel of the one API call. */
export const API_CHANNEL = 'planner:call';

/** The IPC channels of the desktop app's file dialogs (import and export); the main process reads and writes. */
export const OPEN_TEXT_FILE_CHANNEL = 'planner:open-text-file';
export const SAVE_TEXT_FILE_CHANNEL = 'planner:save-text-file';

/** Open and save dialogs of the desktop app. The browser host has none: it uses a file input and downloads. */
export interface FileDialogs {
  /** Resolves to the picked file's name and UTF-8 text, or null when the user cancelled. */
  openTextFile(options: { title: string; extensions: string[] }): Promise<{ name: string; content: string } | null>;
  /**
   * Resolves to the path written, or null when the user cancelled. `encoding: 'base64'` writes the bytes the
   * content encodes (a PNG picture); default UTF-8 text.
   */
  saveTextFile(options: { title: string; fileName: string; content: string; extensions: string[]; encoding?: 'utf8' | 'base64' }): Promise<string | null>;
}

/** The IPC channels of PDF export in the desktop app (a hidden window prints the view; the user picks the file). */
export const EXPORT_PDF_CHANNEL = 'planner:export-pdf';
export const SHOW_IN_FOLDER_CHANNEL = 'planner:show-in-folder';

export interface PdfExporter {
  exportPdf(request: PrintRequest): Promise<PdfExportResult>;
  /** Opens the system file manager at a file this session exported. */
  showInFolder(file: string): Promise<void>;
}

/**
 * The main process asks the page before closing its window; the page answers when its pending saves are done,
 * with `{ close: false }` when it holds unsaved input and asks the user instead (who may then close with
 * CLOSE_WINDOW_CHANNEL).
 */
export const BEFORE_CLOSE_CHANNEL = 'planner:before-close';
export const READY_TO_CLOSE_CHANNEL = 'planner:ready-to-close';
export const CLOSE_WINDOW_CHANNEL = 'planner:close-window';
export interface CloseAnswer {
  close: boolean;
}

/** What the preload exposes as `window.planner`: one narrow, typed entry point and nothing else. */
export interface PlannerBridge {
  call(name: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Present in the desktop app only. */
  files?: FileDialogs;
  /** Present in the desktop app only; the browser host prints the view with the browser's own dialog. */
  pdf?: PdfExporter;
  /**
   * Desktop app only: `flush` runs when the window is about to close; the window closes once it settles, unless
   * it resolves to false (unsaved input: the page asks the user, and calls `closeWindow` if they discard it).
   */
  onBeforeClose?(flush: () => Promise<boolean | void>): void;
  /** Desktop app only: close this window (it asks `onBeforeClose` again). */
  closeWindow?(): void;
}

import { csvFileName, toCsv, type CsvCell } from '../../../../shared/domain/csv-text';
import { decodeTextFile, MAX_IMPORT_FILE_BYTES, MAX_IMPORT_FILE_LABEL, TextFileError } from '../../../../shared/domain/text-file';
import type { PickedFile } from '../../store/imports';

export interface FileKind {
  /** What the dialog asks for, e.g. "Choose a CSV file". */
  title: string;
  extensions: readonly string[];
  mime: string;
}

export const CSV_FILE: FileKind = { title: 'CSV file', extensions: ['csv', 'txt'], mime: 'text/csv' };
export const JSON_FILE: FileKind = { title: 'JSON file', extensions: ['json'], mime: 'application/json' };

/** The desktop app's own dialogs, when the preload offers them; the browser host uses an input and a download link. */
export function desktopFiles() {
  return typeof window !== 'undefined' ? window.planner?.files : undefined;
}

/**
 * Reads a file picked in an <input type=file>: its size is checked first (the limit the panels state), then
 * its bytes are decoded here, in the renderer: UTF-8 or UTF-16 when the bytes say so, else Windows-1252, so a
 * spreadsheet's accents arrive intact and the panel can say how the file was read. Throws TextFileError.
 */
export async function readPickedFile(file: File): Promise<PickedFile> {
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    throw new TextFileError(
      `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MiB; the planner reads files up to ${MAX_IMPORT_FILE_LABEL}. Split it into smaller files.`,
    );
  }
  const { text, encoding } = decodeTextFile(new Uint8Array(await file.arrayBuffer()), file.name);
  return { name: file.name, content: text, encoding };
}

/** Saves text as a file: the desktop app asks where; a browser downloads it. Returns false if the user cancelled. */
export async function saveTextFile(fileName: string, content: string, kind: FileKind): Promise<boolean> {
  const files = desktopFiles();
  if (files) {
    return (await files.saveTextFile({ title: `Save ${kind.title}`, fileName, content, extensions: [...kind.extensions] })) !== null;
  }
  downloadBlob(fileName, new Blob([content], { type: `${kind.mime};charset=utf-8` }));
  return true;
}

/** Saves bytes (a picture) as a file: the desktop app asks where (sent as base64); a browser downloads it. */
export async function saveBytesFile(fileName: string, bytes: Blob, kind: FileKind): Promise<boolean> {
  const files = desktopFiles();
  if (files) {
    const data = new Uint8Array(await bytes.arrayBuffer());
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    const content = btoa(binary);
    return (await files.saveTextFile({ title: `Save ${kind.title}`, fileName, content, extensions: [...kind.extensions], encoding: 'base64' })) !== null;
  }
  downloadBlob(fileName, bytes);
  return true;
}

function downloadBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Saves any table (a heatmap, a gap list) as a CSV file named after what it shows and today's date, in the
 * same spreadsheet-safe form as the planner's own exports. Returns false if the user cancelled.
 */
export function saveCsvTable(what: string, headers: readonly string[], rows: readonly (readonly CsvCell[])[]): Promise<boolean> {
  return saveTextFile(csvFileName(what), toCsv(headers, rows), CSV_FILE);
}

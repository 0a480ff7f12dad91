import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file whole or not at all: the bytes go to a hidden partial file beside the target, which is renamed
 * into place only once written. A failed write (read-only folder, full disk, a folder in the way) removes the
 * partial file and rethrows, so the user never finds half a PDF.
 */
export async function writeWhole(file: string, data: Uint8Array): Promise<void> {
  const partial = join(dirname(file), `.${basename(file)}.${process.pid}.partial`);
  try {
    await writeFile(partial, data);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

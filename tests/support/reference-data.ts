import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The team's shared reference data, beside the repository (`../shared/reference`); CI has it, a clone elsewhere may not. */
export const REFERENCE_DIR = resolve(__dirname, '../../../shared/reference');

/** A file of the reference data, by its path inside it (`nice/cprt_SP_800_181_2_1_0.json`). */
export const referencePath = (relative = '') => resolve(REFERENCE_DIR, relative);

/**
 * Whether the reference data a test needs is there. When it is not, the tests that need it are skipped LOUDLY
 * (a warning naming them and what is missing), and with REFERENCE_REQUIRED=1 (`.ci/run`) a missing file is an
 * error that fails the run instead of a skip.
 */
export function referenceAvailable(what: string, relative = ''): boolean {
  const path = referencePath(relative);
  if (existsSync(path)) return true;
  const message = `\n\n!!! ${what} SKIPPED: the reference data is not at ${path}.\n!!! Put ../shared/reference beside the repository (CI provides it).\n\n`;
  if (process.env.REFERENCE_REQUIRED === '1') throw new Error(`REFERENCE_REQUIRED=1 but the reference data is missing.${message}`);
  console.warn(message);
  return false;
}

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The Electron runtime `npm start` downloads (node_modules/electron/dist). Absent on machines without the
 * internet: the real-Electron tests are then skipped loudly, unless ELECTRON_REQUIRED=1 makes that a failure.
 */
function findElectron(): string | null {
  try {
    // The electron package's main export is the path of its binary; it throws when the binary was never fetched.
    const path = createRequire(__filename)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export const electronPath = findElectron();

export const electronAvailable: boolean = (() => {
  if (electronPath) return true;
  const message =
    '\n\n!!! REAL-ELECTRON TESTS SKIPPED: the Electron runtime is not installed (node_modules/electron/dist).\n' +
    '!!! Run `npm start` once on a machine with the internet (it downloads the runtime), then `npm run test:electron`.\n' +
    '!!! The same flow runs against the electron test double in `npm test` (tests/desktop).\n\n';
  if (process.env.ELECTRON_REQUIRED === '1') throw new Error(`ELECTRON_REQUIRED=1 but the Electron runtime is missing.${message}`);
  console.warn(message);
  return false;
})();

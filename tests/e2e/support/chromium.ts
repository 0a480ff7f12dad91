import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The Chromium the end-to-end tests drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    (p): p is string => Boolean(p),
  );
  return candidates.find((p) => existsSync(p)) ?? null;
}

const executablePath = findChromium();

/**
 * Whether the end-to-end tests can run. Without Chromium they are skipped loudly, unless E2E_REQUIRED=1
 * (CI), where a missing browser is a failure.
 */
export const chromiumAvailable: boolean = (() => {
  if (executablePath) return true;
  const message =
    '\n\n!!! END-TO-END TESTS SKIPPED: no Chromium at CHROMIUM_PATH or /usr/bin/chromium.\n' +
    '!!! Install it (apt-get install -y chromium) or set CHROMIUM_PATH.\n\n';
  if (process.env.E2E_REQUIRED === '1') throw new Error(`E2E_REQUIRED=1 but Chromium is missing.${message}`);
  console.warn(message);
  return false;
})();

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({
    executablePath: executablePath!,
    headless: true,
    // playwright gives each launch a fresh, temporary profile (--user-data-dir) of its own.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

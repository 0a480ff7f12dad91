import type { Page } from 'playwright-core';

/** Opens a print view and waits until it says it is ready, as the desktop exporter does. */
export async function openPrintView(page: Page, baseUrl: string, route: string): Promise<void> {
  // A fresh load: a hash change alone would keep the previous view's ready mark for a moment.
  await page.goto('about:blank');
  await page.goto(`${baseUrl}${route}`);
  await page.waitForSelector('html[data-print-ready="true"]', { timeout: 30_000 });
}

/** Prints the page with Chromium's printing path (page.pdf, as printToPDF), honouring the view's @page rules. */
export async function printToFile(page: Page, file: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
}

import type { Page } from 'playwright-core';

/**
 * Records what a page does that the tests forbid: a request leaving 127.0.0.1 (the app must work offline and
 * load no remote content), and console or page errors.
 */
export function watchPage(page: Page, into: { offMachineRequests?: string[]; consoleErrors?: string[] }): void {
  page.on('request', (request) => {
    const { hostname, protocol } = new URL(request.url());
    if (!(protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1')) into.offMachineRequests?.push(request.url());
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') into.consoleErrors?.push(msg.text());
  });
  page.on('pageerror', (error) => into.consoleErrors?.push(error.message));
}

import { protocol } from 'electron';
import { readRendererFile } from '../host/static-files';
import { SECURITY_HEADERS } from '../host/security-headers';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://planner`;

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from app://planner/, refusing paths outside it, with the app's CSP. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'planner') return new Response('Not found', { status: 404 });
    const path = url.pathname === '/' ? '/index.html' : url.pathname;
    const file = await readRendererFile(rendererDir, path);
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), { headers: { ...SECURITY_HEADERS, 'Content-Type': file.type } });
  });
}

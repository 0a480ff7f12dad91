import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Api } from '../api';
import { SECURITY_HEADERS } from './security-headers';
import { readRendererFile } from './static-files';

export const TOKEN_HEADER = 'x-planner-token';
const MAX_BODY_BYTES = 64 * 1024 * 1024;
/** Open connections at once; beyond this new ones are dropped (a browser tab needs a handful). */
export const MAX_CONNECTIONS = 64;
/** A client must send its request headers within this time, and the whole request (a 64 MiB upload) within the next. */
export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 120_000;

/**
 * The address the host prints: the token travels in the fragment, which the browser never sends to a server;
 * the page keeps it in sessionStorage for its tab and takes it out of the address bar.
 */
export function hostAddress(port: number, token: string): string {
  return `http://127.0.0.1:${port}/#token=${token}`;
}

export interface HostOptions {
  api: Api;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Required on every API call; given to the user in the printed address, never served. */
  token: string;
}

/**
 * The browser host's HTTP server: the built renderer and the API, for 127.0.0.1 only.
 * Requests whose Host header is not this machine's loopback are refused (no DNS rebinding), and every API
 * call must carry the per-run token (no other web page can call it).
 */
export function createHostServer(options: HostOptions): Server {
  const server = createServer({ headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS }, (req, res) => {
    handle(req, res, options, server).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `Internal error: ${String(error)}`);
      else res.end();
    });
  });
  server.maxConnections = MAX_CONNECTIONS;
  return server;
}

async function handle(req: IncomingMessage, res: ServerResponse, options: HostOptions, server: Server) {
  if (!isLoopbackHost(req.headers.host, server)) {
    return send(res, 421, 'text/plain; charset=utf-8', 'This planner only answers on 127.0.0.1.');
  }
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://127.0.0.1');
  } catch {
    return send(res, 400, 'text/plain; charset=utf-8', 'The address is not valid.');
  }
  if (url.pathname.startsWith('/api/')) return handleApi(req, res, url, options);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed.');

  if (url.pathname === '/' || url.pathname === '/index.html') {
    const file = await readRendererFile(options.rendererDir, 'index.html');
    if (!file) return send(res, 500, 'text/plain; charset=utf-8', 'The renderer is not built: run `npm run build`.');
    // Served as built: the token is not in the page, so a local process that fetches it learns nothing.
    return send(res, 200, file.type, file.body, { 'Cache-Control': 'no-store' });
  }
  const file = await readRendererFile(options.rendererDir, url.pathname);
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
  return send(res, 200, file.type, file.body);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, { api, token }: HostOptions) {
  const json = 'application/json; charset=utf-8';
  if (req.method !== 'POST') return send(res, 405, json, JSON.stringify(unauthorized('Use POST for API calls.')));
  if (!tokenMatches(req.headers[TOKEN_HEADER], token)) {
    return send(res, 401, json, JSON.stringify(unauthorized('This request did not carry the planner’s token.')));
  }
  let input: unknown;
  try {
    const text = await readBody(req);
    input = text.length ? JSON.parse(text) : {};
  } catch (error) {
    const message = error instanceof BodyTooLarge ? error.message : 'The request body is not valid JSON.';
    return send(res, 400, json, JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message } }));
  }
  let name: string;
  try {
    name = decodeURIComponent(url.pathname.slice('/api/'.length));
  } catch {
    return send(res, 400, json, JSON.stringify({ ok: false, error: { code: 'INVALID_INPUT', message: 'The operation name in the address is not valid (a broken % escape).' } }));
  }
  return send(res, 200, json, JSON.stringify(api.call(name, input)));
}

function unauthorized(message: string) {
  return { ok: false, error: { code: 'UNAUTHORIZED', message } };
}

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function isLoopbackHost(host: string | undefined, server: Server): boolean {
  const address = server.address();
  if (!host || !address || typeof address === 'string') return false;
  return host === `127.0.0.1:${address.port}` || host === `localhost:${address.port}`;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge(`The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB.`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

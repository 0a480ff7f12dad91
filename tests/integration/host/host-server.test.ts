import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../../src/main/api';
import { connect, type Socket } from 'node:net';
import { createHostServer, HEADERS_TIMEOUT_MS, hostAddress, MAX_CONNECTIONS } from '../../../src/main/host/server';
import { openPlannerStore, type PlannerStore } from '../../../src/main/planner-store';
import { tempDir } from '../../support/temp-dir';

const TOKEN = 'test-token-123';
let tmp: ReturnType<typeof tempDir>;
let store: PlannerStore;
let server: Server;
let port: number;

beforeAll(async () => {
  tmp = tempDir();
  const renderer = tmp.file('renderer');
  mkdirSync(`${renderer}/assets`, { recursive: true });
  writeFileSync(`${renderer}/index.html`, '<html><head><title>x</title></head><body></body></html>');
  writeFileSync(`${renderer}/assets/app.js`, 'console.log(1)');
  writeFileSync(tmp.file('secret.txt'), 'do not serve');
  store = openPlannerStore(tmp.file('planner.sqlite'));
  server = createHostServer({ api: createApi({ db: store.db, file: store.file }), rendererDir: renderer, token: TOKEN });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.close();
  store.db.close();
  tmp.cleanup();
});

function send(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const api = (name: string, body: unknown, token = TOKEN) =>
  send(`/api/${name}`, { method: 'POST', headers: { 'X-Planner-Token': token, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('the browser host', () => {
  it('serves the page without the token (any local process may fetch it), with a strict CSP', async () => {
    const res = await send('/');
    expect(res.status).toBe(200);
    expect(res.body).toBe('<html><head><title>x</title></head><body></body></html>');
    expect(res.body).not.toContain(TOKEN);
    expect((await send('/index.html')).body).not.toContain(TOKEN);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("object-src 'none'");
  });

  it('answers API calls that carry the token', async () => {
    const res = await api('roles.list', {});
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).value).toHaveLength(5);
  });

  it('refuses API calls without the right token, and writes nothing', async () => {
    const res = await api('members.create', { name: 'Mallory' }, 'wrong-token-12');
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body).error.code).toBe('UNAUTHORIZED');
    const none = await send('/api/members.create', { method: 'POST', body: '{"name":"Mallory"}' });
    expect(none.status).toBe(401);
    expect(store.db.prepare('SELECT COUNT(*) AS n FROM members WHERE is_demo = 0').get()).toEqual({ n: 0 });
  });

  it('refuses a request for another host name (DNS rebinding)', async () => {
    const res = await send('/', { headers: { Host: `evil.example:${port}` } });
    expect(res.status).toBe(421);
  });

  it('reports a malformed body and an unknown operation as typed errors', async () => {
    const bad = await send('/api/roles.list', { method: 'POST', headers: { 'X-Planner-Token': TOKEN }, body: '{nope' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('INVALID_INPUT');
    const unknown = await api('roles.nuke', {});
    expect(JSON.parse(unknown.body).error.code).toBe('UNKNOWN_OPERATION');
  });

  it('answers a broken % escape in an API path with a 400 JSON error, not a crash', async () => {
    for (const path of ['/api/%ZZ', '/api/%E0%A4%A', '/api/roles.list%']) {
      const res = await send(path, { method: 'POST', headers: { 'X-Planner-Token': TOKEN }, body: '{}' });
      expect(res.status, path).toBe(400);
      expect(res.headers['content-type']).toContain('application/json');
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect((await send('/%ZZ')).status).toBe(404);
  });

  it('prints an address carrying the token in its fragment (never sent to a server)', () => {
    expect(hostAddress(5180, 'abc_DEF-1')).toBe('http://127.0.0.1:5180/#token=abc_DEF-1');
    expect(new URL(hostAddress(5180, 'abc')).pathname).toBe('/');
  });

  it('caps open connections and gives up on a client that never finishes its headers', async () => {
    expect(server.maxConnections).toBe(MAX_CONNECTIONS);
    expect(server.headersTimeout).toBe(HEADERS_TIMEOUT_MS);
    // Beyond the cap a new connection is closed at once while the others stay open.
    const sockets: Socket[] = [];
    for (let i = 0; i < MAX_CONNECTIONS; i++) {
      const socket = connect(port, '127.0.0.1');
      sockets.push(socket);
      await new Promise((resolve) => socket.once('connect', resolve));
    }
    const extra = connect(port, '127.0.0.1');
    const closed = await new Promise<boolean>((resolve) => {
      extra.once('close', () => resolve(true));
      setTimeout(() => resolve(false), 3000);
    });
    expect(closed).toBe(true);
    for (const s of sockets) s.destroy();
    // With the connections gone, the host answers again.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await api('roles.list', {})).status).toBe(200);
  });

  it('serves renderer assets and nothing outside the renderer folder', async () => {
    expect((await send('/assets/app.js')).status).toBe(200);
    expect((await send('/../secret.txt')).status).toBe(404);
    expect((await send('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await send('/assets/%2e%2e%2f..%2fsecret.txt')).status).toBe(404);
  });
});

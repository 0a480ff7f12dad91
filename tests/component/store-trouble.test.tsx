import Database from 'better-sqlite3';
import { render, screen, waitFor } from '@testing-library/react';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { adoptTokenFromAddress, call, setTransport, TOKEN_STORAGE_KEY } from '../../src/renderer/src/api';
import { ErrorBanner } from '../../src/renderer/src/components/ErrorBanner';
import { useNotices } from '../../src/renderer/src/store/notices';
import { toApiError } from '../../src/main/api/errors';
import { tempDir } from '../support/temp-dir';

afterEach(() => {
  useNotices.setState({ notices: [] });
  setTransport(undefined);
  sessionStorage.clear();
});

describe('when the data file is in trouble', () => {
  it('the banner says so in plain words and offers the way to Backups', async () => {
    // A real SQLite refusal from a damaged file, turned into the API's answer.
    const tmp = tempDir();
    const file = tmp.file('broken.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x TEXT)');
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) db.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(40));
    })();
    db.close();
    const bytes = readFileSync(file);
    bytes.fill(0, 4096 * 3, 4096 * 4);
    writeFileSync(file, bytes);
    const broken = new Database(file);
    let failure: unknown;
    try {
      broken.prepare('SELECT COUNT(*), MAX(x) FROM t').get();
    } catch (error) {
      failure = error;
    }
    broken.close();
    tmp.cleanup();
    setTransport(async () => ({ ok: false, error: toApiError(failure) }));
    await call('members.list', {}).catch((error: unknown) => useNotices.getState().report('Loading the team', error));

    render(<ErrorBanner />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Loading the team failed. The data file is damaged');
    expect(alert.textContent).not.toMatch(/malformed|SQLITE_/);
    expect(screen.getByRole('link', { name: 'Open Backups' }).getAttribute('href')).toBe('#/settings/backups');
  });
});

describe('the browser host’s token', () => {
  it('is taken from the address, kept for the tab, and removed from the address bar', async () => {
    window.history.replaceState(null, '', '/#token=abc_DEF-123#/catalog/skills');
    adoptTokenFromAddress();
    expect(window.location.hash).toBe('#/catalog/skills');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('abc_DEF-123');
    const sent: (string | null)[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (_url: string, init: RequestInit) => {
      sent.push(new Headers(init.headers).get('X-Planner-Token'));
      return new Response(JSON.stringify({ ok: true, value: [] }));
    }) as typeof fetch;
    try {
      await call('members.list', {});
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(sent).toEqual(['abc_DEF-123']);
    await waitFor(() => expect(window.location.href).not.toContain('token'));
  });
});

import Database from 'better-sqlite3';
import { copyFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src/main/api';
import { openPlannerStore } from '../../src/main/planner-store';
import { startHost, type RunningHost } from '../e2e/support/host';
import { tempDir } from '../support/temp-dir';
import { KILLS, SEED } from './support/counts';
import { callHost, hostBuilt, runHostToExit, seededRandom } from './support/processes';
import { storeDump } from './support/store-dump';

const IMPORTED = 1500;

/** A members CSV big enough that its import takes a while: the window in which the process is killed. */
function membersCsv(): string {
  const rows = ['name,title,weekly_hours,notes'];
  for (let i = 0; i < IMPORTED; i++) rows.push(`Torture member ${String(i).padStart(4, '0')},Analyst,4,${'n'.repeat(200)}`);
  return rows.join('\n');
}

function integrityOf(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
  } finally {
    db.close();
  }
}

describe.skipIf(!hostBuilt)('processes: two on one file, and kill -9 in the middle of writes', () => {
  let tmp: ReturnType<typeof tempDir>;
  let template: string;
  let before: string;
  /** The store before, without the tables an import writes (members; settings, where the mapping is remembered). */
  let beforeOutsideImport: string;
  let afterRestore: string;
  let backupContent: string;
  const csv = membersCsv();
  let mapping: unknown;
  const tally = { imports: 0, restores: 0, importsApplied: 0, restoresApplied: 0 };

  beforeAll(() => {
    tmp = tempDir('planner-torture-');
    template = tmp.file('template.sqlite');
    const store = openPlannerStore(template);
    const api = createApi({ db: store.db, file: template });
    const preview = api.call('csv.preview', { entity: 'members', content: csv });
    if (!preview.ok) throw new Error(preview.error.message);
    mapping = (preview.value as { mapping: unknown }).mapping;
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    before = storeDump(store.db);
    beforeOutsideImport = storeDump(store.db, ['members', 'settings']);

    // The states a killed write may leave: before it, or wholly after it.
    const other = tmp.file('other.sqlite');
    store.db.close();
    copyFileSync(template, other);
    const second = openPlannerStore(other);
    const secondApi = createApi({ db: second.db, file: other });
    const imported = secondApi.call('csv.import', { entity: 'members', content: csv, mapping });
    if (!imported.ok) throw new Error(imported.error.message);
    const exported = secondApi.call('backup.export', {});
    if (!exported.ok) throw new Error(exported.error.message);
    backupContent = (exported.value as { content: string }).content;
    second.db.close();
    // A restore over the template lands on exactly the exported store's rows.
    const third = tmp.file('third.sqlite');
    copyFileSync(template, third);
    const thirdStore = openPlannerStore(third);
    const restored = createApi({ db: thirdStore.db, file: third }).call('backup.restore', { content: backupContent });
    if (!restored.ok) throw new Error(restored.error.message);
    afterRestore = storeDump(thirdStore.db);
    thirdStore.db.close();
  });

  afterAll(() => {
    tmp?.cleanup();
    console.log(
      `kill -9: ${tally.imports} imports (${tally.importsApplied} wholly applied, the rest wholly absent) and ` +
        `${tally.restores} restores (${tally.restoresApplied} applied); integrity ok after every one`,
    );
  });

  it('a second process on the same file is refused with the holder’s process id; the first goes on unaffected', async () => {
    const file = tmp.file('shared.sqlite');
    copyFileSync(template, file);
    const first = await startHost(file);
    try {
      const second = await runHostToExit(file);
      expect(second.code).toBe(1);
      expect(second.output).toContain(`The data file ${file} is open in another planner window (process ${first.pid}).`);
      expect(second.output).not.toMatch(/SQLITE_|database is locked/);
      // The same refusal for a planner in this process (the desktop app and a test alike).
      expect(() => openPlannerStore(file)).toThrow(`is open in another planner window (process ${first.pid})`);
      const added = await callHost(first, 'members.create', { name: 'Written by the first' });
      expect(added.ok).toBe(true);
      const listed = await callHost(first, 'members.list', { search: 'Written by the first' });
      expect((listed.value as unknown[]).length).toBe(1);
    } finally {
      await first.stop();
    }
    // Once the first has stopped, the file opens again.
    const reopened = openPlannerStore(file);
    expect(reopened.db.prepare("SELECT COUNT(*) AS n FROM members WHERE name = 'Written by the first'").get()).toEqual({ n: 1 });
    reopened.db.close();
  });

  it(`kill -9 at random moments during ${KILLS / 2} CSV imports and ${KILLS / 2} restores: intact, each write wholly present or absent`, async () => {
    const random = seededRandom(SEED);
    // How long a whole import and a whole restore take here, so kills land across their whole span.
    const span = { import: 0, restore: 0 };
    for (const kind of ['import', 'restore'] as const) {
      const file = tmp.file(`calibrate-${kind}.sqlite`);
      copyFileSync(template, file);
      const host = await startHost(file);
      const started = performance.now();
      const result = kind === 'import' ? await callHost(host, 'csv.import', { entity: 'members', content: csv, mapping }) : await callHost(host, 'backup.restore', { content: backupContent });
      span[kind] = performance.now() - started;
      expect(result.ok).toBe(true);
      await host.stop();
    }

    for (let round = 0; round < KILLS; round++) {
      const kind = round % 2 === 0 ? 'import' : 'restore';
      const file = tmp.file(`round-${round}.sqlite`);
      copyFileSync(template, file);
      const host: RunningHost = await startHost(file);
      const request =
        kind === 'import'
          ? callHost(host, 'csv.import', { entity: 'members', content: csv, mapping })
          : callHost(host, 'backup.restore', { content: backupContent });
      request.catch(() => undefined);
      await new Promise((r) => setTimeout(r, random() * span[kind] * 1.2));
      await host.kill();

      // The lock died with the process: the file opens at once, passes the checks, and holds one of two states.
      const store = openPlannerStore(file);
      const state = storeDump(store.db);
      const imported = store.db.prepare("SELECT name, title, notes FROM members WHERE name LIKE 'Torture member %' ORDER BY name").all() as { name: string; title: string; notes: string }[];
      const outsideImport = storeDump(store.db, ['members', 'settings']);
      store.db.close();
      expect(integrityOf(file), `round ${round}`).toBe('ok');
      if (kind === 'import') {
        tally.imports++;
        // Absent: the store exactly as before. Present: every row, whole, and nothing else changed.
        if (imported.length === 0) expect(state, `round ${round}: no members imported, yet the store changed`).toBe(before);
        else {
          expect(imported.length, `round ${round} (import) left a partial write`).toBe(IMPORTED);
          expect(imported.every((m, i) => m.name === `Torture member ${String(i).padStart(4, '0')}` && m.title === 'Analyst' && m.notes.length === 200)).toBe(true);
          expect(outsideImport).toBe(beforeOutsideImport);
          tally.importsApplied++;
        }
      } else {
        tally.restores++;
        expect([before, afterRestore], `round ${round} (restore) left a partial write`).toContain(state);
        if (state === afterRestore) tally.restoresApplied++;
      }
      for (const part of ['', '-wal', '-shm', '.lock']) rmSync(file + part, { force: true });
    }
    expect(tally.imports + tally.restores).toBe(KILLS);
  });
});

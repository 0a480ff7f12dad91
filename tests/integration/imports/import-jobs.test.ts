import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../../src/main/api';
import { openPlannerStore, type PlannerStore } from '../../../src/main/planner-store';
import type { OperationName, OperationOutput } from '../../../src/shared/api/contract';
import type { JobStart, JobStatus } from '../../../src/shared/api/operations/jobs';
import { buildImportWorker } from '../../support/import-worker';
import { tempDir } from '../../support/temp-dir';

/**
 * Imports and restores as jobs, read by the real import worker (built as the app builds it) on a real data
 * file: the main thread keeps answering other calls while a large file is read, and progress is reported.
 */
let tmp: ReturnType<typeof tempDir>;
let store: PlannerStore;
let api: Api;

beforeAll(async () => {
  const worker = await buildImportWorker();
  tmp = tempDir();
  store = openPlannerStore(tmp.file('planner.sqlite'));
  api = createApi({ db: store.db, file: store.file }, { checkOutputs: true, importWorker: worker });
}, 120_000);

afterAll(() => {
  store.db.close();
  tmp.cleanup();
});

function ok<N extends OperationName>(name: N, input: unknown): OperationOutput<N> {
  const result = api.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.value as OperationOutput<N>;
}

const count = (table: string) => (store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Polls a job until it ends, calling `meanwhile` on every tick (each tick is a turn of the main thread's loop). */
async function runJob(start: JobStart, meanwhile: (status: JobStatus) => void = () => {}): Promise<{ end: JobStatus; seen: JobStatus[] }> {
  const { job } = ok('jobs.start', start);
  const seen: JobStatus[] = [];
  for (;;) {
    const status = ok('jobs.progress', { job });
    seen.push(status);
    if (status.state !== 'running') return { end: status, seen };
    meanwhile(status);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A ratings CSV of the demo team: `rows` rows, every `futureEvery`-th dated 2999-01-01 (refused). */
function ratingsCsv(rows: number, futureEvery: number): string {
  const members = ok('members.list', {}).map((m) => m.id);
  const skills = ok('skills.list', {}).map((s) => s.id);
  const lines = ['member,skill,level,source,rated_on'];
  const perDay = members.length * skills.length;
  for (let i = 0; i < rows; i++) {
    // Each (member, skill, day) once: no row repeats another.
    const day = new Date(Date.UTC(2015, 0, 1 + Math.floor(i / perDay))).toISOString().slice(0, 10);
    const date = i % futureEvery === futureEvery - 1 ? '2999-01-01' : day;
    const member = members[i % members.length];
    const skill = skills[Math.floor(i / members.length) % skills.length];
    lines.push(`${member},${skill},${i % 6},self,${date}`);
  }
  return lines.join('\n');
}

describe('imports as jobs in the import worker', () => {
  it('ends a refused file as a failed job with the operation’s own message, the store unchanged', async () => {
    const before = count('ratings');
    const { end } = await runJob({ operation: 'backup.restore', input: { content: '{"format":"ai-security-path-planner.backup"' } });
    expect(end.state).toBe('failed');
    expect(end.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('not JSON') });
    expect(count('ratings')).toBe(before);
  }, 60_000);

  it('restores a JSON backup through the worker: staged and checked there, replaced on the main thread', async () => {
    const backup = ok('backup.export', {});
    ok('members.create', { name: 'Added after the backup' });
    const { end } = await runJob({ operation: 'backup.restore', input: { content: backup.content } });
    expect(end.error).toBeUndefined();
    expect(end.state).toBe('done');
    expect((end.result as OperationOutput<'backup.restore'>).summary.members).toBe(backup.summary.members);
    expect(store.db.prepare("SELECT COUNT(*) AS n FROM members WHERE name = 'Added after the backup'").get()).toEqual({ n: 0 });
  }, 60_000);

  it('answers other calls while a 150,000-row file is read, and reports rising percentages', async () => {
    const content = ratingsCsv(150_000, 3);
    const answeredWhileRunning: number[] = [];
    const { end, seen } = await runJob({ operation: 'csv.preview', input: { entity: 'ratings', content } }, (status) => {
      // Another operation, asked while the job runs: answered at once, with the store's members.
      const members = api.call('members.list', {});
      if (members.ok) answeredWhileRunning.push(status.percent);
    });
    expect(end.error).toBeUndefined();
    expect(end.state).toBe('done');
    const preview = end.result as OperationOutput<'csv.preview'>;
    expect(preview.rowCount).toBe(150_000);
    // Every third row is dated 2999-01-01: 50,000 problems, all one kind, the first 200 listed.
    expect(preview.problemCount).toBe(50_000);
    expect(preview.problems).toHaveLength(200);
    expect(preview.problems[0]).toMatchObject({ row: 4, column: 'rated_on' });
    expect(preview.problemKinds).toEqual([{ column: 'rated_on', example: expect.stringContaining('2999-01-01'), count: 50_000 }]);
    expect(preview.validRows).toBe(100_000);
    // The main thread answered several calls during the read, while the worker's percentage rose.
    expect(answeredWhileRunning.length).toBeGreaterThan(3);
    const percents = seen.filter((s) => s.state === 'running').map((s) => s.percent);
    expect(new Set(percents).size).toBeGreaterThan(2);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
  }, 120_000);

  it('imports a 150,000-row file read by the worker: every valid row written in one transaction', async () => {
    const before = count('ratings');
    const content = ratingsCsv(150_000, 1_000_000);
    const { end } = await runJob({ operation: 'csv.import', input: { entity: 'ratings', content, mapping: { member: 0, skill: 1, level: 2, source: 3, rated_on: 4, evidence: null } } });
    expect(end.error).toBeUndefined();
    expect(end.state).toBe('done');
    const result = end.result as OperationOutput<'csv.import'>;
    // Every row is valid; one the demo team already holds (same member, skill, day, level) counts as unchanged.
    expect(result.skipped).toBe(0);
    expect(result.added + result.unchanged).toBe(150_000);
    expect(result.added).toBeGreaterThan(149_000);
    expect(count('ratings')).toBe(before + result.added);
  }, 120_000);

  it('reads the file again inside the transaction when the store changed while the worker read it', async () => {
    const content = 'name,weekly_hours\nJob Member One,5\nJob Member Two,6\n';
    const { job } = ok('jobs.start', { operation: 'csv.import', input: { entity: 'members', content, mapping: { name: 0, weekly_hours: 1 } } });
    // Written on the main thread after the copy was taken: the same name, so the job must update, not add.
    ok('members.create', { name: 'Job Member One', weeklyHours: 2 });
    let status: JobStatus;
    do {
      await new Promise((r) => setTimeout(r, 10));
      status = ok('jobs.progress', { job });
    } while (status.state === 'running');
    expect(status.error).toBeUndefined();
    expect(status.state).toBe('done');
    expect(status.result).toMatchObject({ added: 1, updated: 1 });
    const rows = store.db.prepare("SELECT name, weekly_hours AS h FROM members WHERE name LIKE 'Job Member%' ORDER BY name").all();
    expect(rows).toEqual([
      { name: 'Job Member One', h: 5 },
      { name: 'Job Member Two', h: 6 },
    ]);
  }, 60_000);

  it('says plainly when a job id is unknown', () => {
    const result = api.call('jobs.progress', { job: 'no-such-job' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('no-such-job') } });
  });
});

describe('large files through the direct operations', () => {
  it('previews 150,000 skills that form one long prerequisite chain without “Maximum call stack size exceeded”', () => {
    const lines = ['id,name,category,prerequisites'];
    for (let i = 0; i < 150_000; i++) lines.push(`chain-${i},Chain ${i},AI/ML foundations,${i > 0 ? `chain-${i - 1}:1` : ''}`);
    const preview = api.call('csv.preview', { entity: 'skills', content: lines.join('\n') });
    expect(preview.ok ? preview.value : preview.error).toMatchObject({ rowCount: 150_000, validRows: 150_000, problemCount: 0 });
  }, 120_000);
});

import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { contract } from '../../shared/api/contract';
import type { ApiError } from '../../shared/api/errors';
import type { JobOperation, JobStart, JobStatus } from '../../shared/api/operations/jobs';
import { toApiError } from '../api/errors';
import { storeStateRepository } from '../db/repositories/store-state';
import type { Db } from '../db/open';
import { backupFilesService, restoreStaged } from '../services/imports/backup/backup-files';
import { stagedAt } from '../services/imports/backup/staging';
import { csvImportService } from '../services/imports/csv/csv-import-service';
import { DomainError } from '../services/errors';
import { niceImportService } from '../services/imports/nice/nice-import-service';
import type { WorkerMessage } from './import-worker';
import { runWork, type WorkRequest, type WorkResult } from './job-work';

/**
 * Where the import worker's script is: the built `import-worker.js` beside the main bundle, or "inline" (the
 * same work on the main thread, after the call has answered: component tests under jsdom, which cannot start
 * the built worker).
 */
export type ImportWorker = string | 'inline';

export function defaultImportWorker(): string {
  // This code may be bundled into a shared chunk (out/main/chunks/), one folder below the entries.
  const candidates = [join(__dirname, 'import-worker.js'), join(__dirname, '..', 'import-worker.js')];
  return candidates.find((c) => existsSync(c)) ?? candidates[0]!;
}

/** Jobs running at once; a further start is refused until one ends. */
const MAX_RUNNING = 4;
/** Finished jobs are kept this long for a late poll. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

interface Job {
  status: JobStatus;
  finishedAt: number | null;
}

export function createJobRunner(options: { db: Db; file: string; worker: ImportWorker; checkOutputs?: boolean }) {
  const { db, file } = options;
  const jobs = new Map<string, Job>();
  const state = storeStateRepository(db);
  const csv = csvImportService(db);
  const nice = niceImportService(db);
  const files = backupFilesService(db, file);

  function forgetOld(now: number) {
    for (const [id, job] of jobs) if (job.finishedAt !== null && now - job.finishedAt > KEEP_FINISHED_MS) jobs.delete(id);
  }

  /** The work request for the worker: what it needs and nothing of the live store but a copy. */
  function workRequest(start: JobStart): WorkRequest {
    const parsed = start as { operation: JobOperation; input: never };
    switch (parsed.operation) {
      case 'csv.preview':
      case 'csv.import':
      case 'nice.inspect':
        // The worker reads a copy of the store; inline work reads the store itself.
        return (options.worker === 'inline' ? parsed : { ...parsed, snapshot: db.serialize() }) as WorkRequest;
      case 'backups.restore':
        return { ...parsed, path: files.pathOf((parsed.input as { name: string }).name) } as WorkRequest;
      default:
        return parsed as WorkRequest;
    }
  }

  /** Finishes on the main thread what needs the live store: the writes, in one transaction each. */
  function finish(request: WorkRequest, result: WorkResult, stampAtCopy: string): unknown {
    switch (result.kind) {
      case 'result':
        return result.value;
      case 'csv-reading': {
        const input = request.input as Parameters<typeof csv.import>[0];
        // Written as read only if nothing changed since the copy; else read again inside the transaction.
        return state.stamp() === stampAtCopy ? csv.importRead(input, result.reading) : csv.import(input);
      }
      case 'nice-framework':
        return nice.importFramework(result.framework, request.input as Parameters<typeof nice.importFramework>[1]);
      case 'staged':
        return restoreStaged(db, file, stagedAt(result.file));
    }
  }

  function settle(id: string, outcome: { value: unknown } | { error: ApiError }) {
    const job = jobs.get(id);
    if (!job) return;
    job.finishedAt = Date.now();
    if ('error' in outcome) job.status = { ...job.status, state: 'failed', error: outcome.error };
    else {
      if (options.checkOutputs) contract[job.status.operation].output.parse(outcome.value);
      job.status = { ...job.status, state: 'done', percent: 100, stage: 'Done', result: outcome.value };
    }
  }

  function complete(id: string, request: WorkRequest, result: WorkResult, stamp: string) {
    try {
      settle(id, { value: finish(request, result, stamp) });
    } catch (error) {
      settle(id, { error: toApiError(error) });
    }
  }

  function progress(id: string, percent: number, stage: string) {
    const job = jobs.get(id);
    if (job && job.status.state === 'running') job.status = { ...job.status, percent: Math.max(job.status.percent, Math.min(99, percent)), stage };
  }

  function runInline(id: string, request: WorkRequest, stamp: string) {
    // After the call has answered (setTimeout, not setImmediate: jsdom has none).
    setTimeout(() => {
      let result: WorkResult;
      try {
        result = runWork(request, (percent, stage) => progress(id, percent, stage), db);
      } catch (error) {
        settle(id, { error: toApiError(error) });
        return;
      }
      complete(id, request, result, stamp);
    }, 0);
  }

  function runInWorker(id: string, script: string, request: WorkRequest, stamp: string) {
    const worker = new Worker(script);
    let ended = false;
    const end = (outcome: () => void) => {
      if (ended) return;
      ended = true;
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') progress(id, message.percent, message.stage);
      else if (message.type === 'done') end(() => complete(id, request, message.result, stamp));
      else end(() => settle(id, { error: message.error }));
    });
    worker.on('error', (error) => end(() => settle(id, { error: toApiError(error) })));
    worker.on('exit', (code) =>
      end(() =>
        settle(id, {
          error: { code: 'INTERNAL', message: `The import worker stopped (exit code ${code}) before it finished. Nothing was changed; try again.` },
        }),
      ),
    );
    const transfer = 'snapshot' in request && request.snapshot ? [request.snapshot.buffer as ArrayBuffer] : [];
    worker.postMessage(request, transfer);
  }

  return {
    start(start: JobStart): { job: string } {
      const now = Date.now();
      forgetOld(now);
      const running = [...jobs.values()].filter((j) => j.status.state === 'running').length;
      if (running >= MAX_RUNNING) {
        throw new DomainError('CONFLICT', `${running} imports or restores are still running. Wait for one to finish, then try again.`);
      }
      let script: string | null = null;
      if (options.worker !== 'inline') {
        script = options.worker;
        if (!existsSync(script)) throw new Error(`The import worker is missing (${script}): the app was built without it.`);
      }
      const id = randomUUID();
      const request = workRequest(start);
      const stamp = state.stamp();
      jobs.set(id, { status: { job: id, operation: start.operation, state: 'running', percent: 0, stage: 'Starting' }, finishedAt: null });
      if (script) runInWorker(id, script, request, stamp);
      else runInline(id, request, stamp);
      return { job: id };
    },
    progress(id: string): JobStatus {
      const job = jobs.get(id);
      if (!job) throw new DomainError('NOT_FOUND', `There is no job “${id}” (it ended more than ten minutes ago, or the app restarted).`, { id });
      return job.status;
    },
  };
}
export type JobRunner = ReturnType<typeof createJobRunner>;

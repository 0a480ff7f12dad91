import { contract, isOperationName, type Contract } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { invalidInput, toApiError } from './errors';
import { appHandlers } from './handlers/app';
import { catalogHandlers } from './handlers/catalog';
import { teamHandlers } from './handlers/team';
import { importsHandlers } from './handlers/imports';
import { backupsHandlers } from './handlers/backups';
import { plansHandlers } from './handlers/plans';
import { jobsHandlers } from './handlers/jobs';
import { overviewHandlers } from './handlers/overview';
import type { ApiContext, HandlersFor } from './handlers/types';
import { createJobRunner, defaultImportWorker, type ImportWorker, type JobRunner } from '../jobs/job-runner';

export type { ApiContext };

export interface Api {
  call(name: unknown, input: unknown): ApiResult<unknown>;
}

function createHandlers(context: ApiContext, jobs: JobRunner): HandlersFor<Contract> {
  return {
    ...appHandlers(context),
    ...catalogHandlers(context),
    ...teamHandlers(context),
    ...importsHandlers(context),
    ...backupsHandlers(context),
    ...plansHandlers(context),
    ...jobsHandlers(jobs),
    ...overviewHandlers(context),
  };
}

/**
 * The one entry point behind IPC and HTTP: refuses unknown operations, validates input with the contract's
 * schema (nothing runs on invalid input), and turns every failure into an ApiError the renderer can show.
 * Handlers are synchronous (better-sqlite3), so a call either wrote its whole transaction or nothing; imports
 * and restores also run as jobs (`jobs.start`), read by a worker thread and polled with `jobs.progress`.
 */
export function createApi(context: ApiContext, options: { checkOutputs?: boolean; importWorker?: ImportWorker } = {}): Api {
  const jobs = createJobRunner({ ...context, worker: options.importWorker ?? defaultImportWorker(), checkOutputs: options.checkOutputs });
  const handlers = createHandlers(context, jobs);
  return {
    call(name, input) {
      if (!isOperationName(name)) {
        return { ok: false, error: { code: 'UNKNOWN_OPERATION', message: `There is no operation named “${String(name)}”.` } };
      }
      const spec = contract[name];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
      try {
        const value = (handlers[name] as (input: unknown) => unknown)(parsed.data);
        if (options.checkOutputs) spec.output.parse(value);
        return { ok: true, value };
      } catch (error) {
        return { ok: false, error: toApiError(error) };
      }
    },
  };
}

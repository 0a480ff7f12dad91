import type { OperationInput, OperationOutput } from '../../shared/api/contract';
import type { JobOperation, JobStart } from '../../shared/api/operations/jobs';
import { ApiFailure, call } from './api';
import { invalidateAfter } from './data/client';

/** How far a job is, as the progress panel shows it. */
export type JobProgressReport = (percent: number, stage: string) => void;

const POLL_MS = 150;

/**
 * Runs an import or restore as a job: starts it (the main process's import worker reads the file), polls its
 * progress, and resolves with the operation's own result or rejects with its own refusal, as a direct call
 * would. Polling works the same over IPC and HTTP.
 */
export async function runJob<N extends JobOperation>(
  operation: N,
  input: OperationInput<N>,
  onProgress: JobProgressReport = () => {},
): Promise<OperationOutput<N>> {
  const { job } = await call('jobs.start', { operation, input } as JobStart);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const status = await call('jobs.progress', { job });
    if (status.state === 'running') {
      onProgress(status.percent, status.stage);
      continue;
    }
    if (status.state === 'failed') {
      throw new ApiFailure(status.error ?? { code: 'INTERNAL', message: 'The job failed without saying why.' });
    }
    // An import or restore that finished changed the store: what it touched is read afresh (data/invalidation.ts).
    await invalidateAfter(operation);
    return status.result as OperationOutput<N>;
  }
}

import type { jobsOperations } from '../../../shared/api/operations/jobs';
import type { JobRunner } from '../../jobs/job-runner';
import type { HandlersFor } from './types';

export function jobsHandlers(runner: JobRunner): HandlersFor<typeof jobsOperations> {
  return {
    'jobs.start': (start) => runner.start(start),
    'jobs.progress': ({ job }) => runner.progress(job),
  };
}

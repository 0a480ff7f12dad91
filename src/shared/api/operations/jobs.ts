import { z } from 'zod';
import { API_ERROR_CODES } from '../errors';
import { backupsOperations } from './backups';
import { op } from './define';
import { importsOperations } from './imports';

/**
 * Imports and restores as jobs: `jobs.start` answers at once with a job id while a worker thread in the main
 * process reads the file; `jobs.progress` is polled for the percentage and, at the end, the operation's own
 * result or refusal. Polling works the same over IPC and HTTP, and other calls are answered meanwhile.
 */
export const JOB_OPERATIONS = ['csv.preview', 'csv.import', 'nice.inspect', 'nice.import', 'backup.inspect', 'backup.restore', 'backups.restore'] as const;
export type JobOperation = (typeof JOB_OPERATIONS)[number];

const specs = { ...importsOperations, ...backupsOperations };
const startOf = <N extends JobOperation>(operation: N) => z.object({ operation: z.literal(operation), input: specs[operation].input }).strict();

export const jobStart = z.discriminatedUnion('operation', [
  startOf('csv.preview'),
  startOf('csv.import'),
  startOf('nice.inspect'),
  startOf('nice.import'),
  startOf('backup.inspect'),
  startOf('backup.restore'),
  startOf('backups.restore'),
]);
export type JobStart = z.input<typeof jobStart>;

export const JOB_STATES = ['running', 'done', 'failed'] as const;

export const jobStatus = z.object({
  job: z.string(),
  operation: z.enum(JOB_OPERATIONS),
  state: z.enum(JOB_STATES),
  /** 0–100: how much of the work is done. */
  percent: z.number().min(0).max(100),
  /** What it is doing, in the user's words ("Checking the rows"). */
  stage: z.string(),
  /** When done: the operation's own output (the same as calling it directly). */
  result: z.unknown().optional(),
  /** When failed: the operation's refusal, as the direct call would have answered. */
  error: z.object({ code: z.enum(API_ERROR_CODES), message: z.string(), details: z.record(z.string(), z.unknown()).optional() }).optional(),
});
export type JobStatus = z.infer<typeof jobStatus>;

export const jobsOperations = {
  'jobs.start': op(jobStart, z.object({ job: z.string() }), 'Start an import or restore in the background; answers with the job id to poll.'),
  'jobs.progress': op(
    z.object({ job: z.string().min(1).max(100) }).strict(),
    jobStatus,
    'How far a job is (percent, stage); when it ended, its result or refusal.',
  ),
};

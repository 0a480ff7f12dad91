/**
 * The import worker: a worker thread of the main process (the browser host's and Electron's alike) that reads
 * import and backup files, so a 30 MB file does not stop the main thread from answering other calls. Built as
 * its own entry (out/main/import-worker.js) by electron.vite.config.ts.
 */
import { parentPort } from 'node:worker_threads';
import { toApiError } from '../api/errors';
import { runWork, type WorkRequest } from './job-work';

export type WorkerMessage =
  | { type: 'progress'; percent: number; stage: string }
  | { type: 'done'; result: ReturnType<typeof runWork> }
  | { type: 'failed'; error: ReturnType<typeof toApiError> };

const port = parentPort;
if (!port) throw new Error('import-worker runs as a worker thread of the main process.');

port.once('message', (request: WorkRequest) => {
  const post = (message: WorkerMessage) => port.postMessage(message);
  try {
    const result = runWork(request, (percent, stage) => post({ type: 'progress', percent, stage }));
    post({ type: 'done', result });
  } catch (error) {
    post({ type: 'failed', error: toApiError(error) });
  }
});

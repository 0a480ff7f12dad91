import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const HOST_SCRIPT = resolve(__dirname, '../../../out/main/browser-host.js');

export interface RunningHost {
  /** The address the host printed, with this run's token in its fragment: `${url}#/route` opens a route. */
  url: string;
  /** The same address without the token: what a page opened by someone else would load. */
  baseUrl: string;
  token: string;
  /** The host's process id (the torture suite kills it with SIGKILL). */
  pid: number;
  output(): string;
  stop(): Promise<void>;
  /** Ends the host at once (SIGKILL, as a crash would) and resolves when it is gone. */
  kill(): Promise<void>;
}

/**
 * Starts the built browser host (`node out/main/browser-host.js`) on a data file and a free port; `rendererDir`
 * serves another build of the renderer (benchmarks); `today` (YYYY-MM-DD) is the date the app takes as today.
 */
export async function startHost(dataFile: string, options: { rendererDir?: string; today?: string } = {}): Promise<RunningHost> {
  if (!existsSync(HOST_SCRIPT)) throw new Error('The app is not built: run `npm run build` (npm run test:e2e does).');
  const rendererArgs = options.rendererDir ? ['--renderer', options.rendererDir] : [];
  const child = spawn(process.execPath, [HOST_SCRIPT, '--db', dataFile, '--port', '0', ...rendererArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // `today` fixes the app's date (src/main/services/team/clock.ts), so stale, due and behind are the same every run.
    env: options.today ? { ...process.env, PLANNER_TODAY: options.today } : process.env,
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (output += c));

  const url = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start within 20 s:\n${output}`)), 20_000);
    const check = () => {
      const match = /Planner is running at (http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited with ${code}:\n${output}`));
    });
  });
  const [baseUrl, token] = url.split('#token=') as [string, string];
  return { url, baseUrl, token, pid: child.pid!, output: () => output, stop: () => stopChild(child), kill: () => stopChild(child, 'SIGKILL') };
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolvePromise) => {
    child.once('exit', () => resolvePromise());
    child.kill(signal);
  });
}

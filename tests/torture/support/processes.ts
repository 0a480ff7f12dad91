import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RunningHost } from '../../e2e/support/host';

export const HOST_SCRIPT = resolve(__dirname, '../../../out/main/browser-host.js');

/** The torture tests that run the real host as a child process need the build (`npm run torture` builds). */
export const hostBuilt = existsSync(HOST_SCRIPT);
if (!hostBuilt) console.warn('\n!!! Process torture tests skipped: run `npx electron-vite build` first (npm run torture does).\n');

/** Calls the API of a running host as the page does (its token in the header). */
export async function callHost(host: RunningHost, name: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const response = await fetch(`${host.baseUrl}api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Planner-Token': host.token },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
}

/** Runs the host on a file and waits for it to end by itself (a refusal at start): its exit code and output. */
export function runHostToExit(dataFile: string, timeoutMs = 30_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [HOST_SCRIPT, '--db', dataFile, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The host did not exit within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output });
    });
  });
}

/** The same seeded generator as the benchmarks: the same kills at the same moments on every run. */
export { seeded as seededRandom } from '../../bench/support/random';

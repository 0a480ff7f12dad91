import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// One project per kind of test; `npm test` runs unit, integration and component, then e2e after a build.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 20_000, setupFiles: ['tests/support/fast-check-seed.ts'] },
      },
      {
        test: { name: 'integration', environment: 'node', include: ['tests/integration/**/*.test.ts'], testTimeout: 20_000 },
      },
      {
        plugins: [react()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
          // jsdom renders whole screens against the real API: seconds per test on a loaded 2-core machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // Each file starts its own host and browser; two cores, so one file at a time.
          fileParallelism: false,
          // Reads of the page are polled (expect.poll) until they match: the UI settles at its own pace on a busy machine.
          expect: { poll: { timeout: 10_000, interval: 100 } },
        },
      },
      {
        // The BUILT Electron shell (out/main, out/preload) run against a test double of electron; Chromium shows
        // its windows. Needs `electron-vite build` first (npm run test:desktop does it).
        test: {
          name: 'desktop',
          environment: 'node',
          include: ['tests/desktop/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          expect: { poll: { timeout: 10_000, interval: 100 } },
        },
      },
      {
        // The same flow under the real Electron runtime (playwright's _electron), where `npm start` has downloaded
        // it. Not part of `npm test`: these machines have no Electron runtime. `npm run test:electron`.
        test: {
          name: 'electron',
          environment: 'node',
          include: ['tests/electron/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
      {
        // The torture suite (issue 12): fuzzing from the contract, kill -9 during writes, bad data files, two
        // processes on one file. Small counts by default (CI); TORTURE_CASES / TORTURE_KILLS raise them.
        test: {
          name: 'torture',
          environment: 'node',
          include: ['tests/torture/**/*.torture.test.ts'],
          testTimeout: 900_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // Benchmarks are test files that time a subject against a baseline in the same run and print a table.
        test: { name: 'bench', environment: 'node', include: ['tests/bench/**/*.bench.test.ts'], testTimeout: 600_000, fileParallelism: false },
      },
    ],
  },
});

import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          // The Electron entry, and the browser host: the same API and store served over HTTP without Electron.
          index: resolve(__dirname, 'src/main/index.ts'),
          'browser-host': resolve(__dirname, 'src/main/browser-host.ts'),
          // The worker thread that reads import and backup files off the main thread (both hosts start it).
          'import-worker': resolve(__dirname, 'src/main/jobs/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      // electron-vite leaves the renderer unminified; the app starts from local files, but parsing 3 MB of
      // JavaScript still delays the first screen. Feature screens, print views and charts are split off with
      // dynamic import() (App.tsx, main.tsx, compare/RadarChart), so only the frame and the first screen load at start.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});

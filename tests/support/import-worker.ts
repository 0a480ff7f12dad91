import { existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(__dirname, '../..');
const OUT = resolve(ROOT, 'node_modules/.cache/planner-import-worker');

/**
 * Builds the import worker (src/main/jobs/import-worker.ts) the way the app's build does, as one CommonJS file
 * with its dependencies external, so integration tests run the real worker thread. A build less than a
 * minute old is reused (several test files in one run); anything older is rebuilt from the current sources.
 */
export async function buildImportWorker(): Promise<string> {
  const script = resolve(OUT, 'import-worker.js');
  if (existsSync(script) && statSync(script).mtimeMs > Date.now() - 60_000) return script;
  mkdirSync(OUT, { recursive: true });
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      ssr: resolve(ROOT, 'src/main/jobs/import-worker.ts'),
      outDir: OUT,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: 'cjs', entryFileNames: 'import-worker.js' } },
    },
  });
  return script;
}

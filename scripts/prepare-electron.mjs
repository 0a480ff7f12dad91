// Before `npm start`/`npm run dev`: make sure the Electron runtime is downloaded and better-sqlite3 is built
// for Electron's ABI. Both need the internet the first time; neither runs during `npm install`, so installing
// works offline, and `npm test` puts the Node build back (scripts/ensure-node-sqlite.mjs).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let electronPath;
try {
  electronPath = require('electron'); // downloads the runtime on first use (electron ≥ 42)
} catch (error) {
  console.error(`The Electron runtime is not available: ${error.message}`);
  console.error('It is downloaded on first start and needs the internet. On a machine without it, use `npm run web`.');
  process.exit(1);
}
if (typeof electronPath !== 'string' || !existsSync(electronPath)) {
  console.error('The Electron runtime could not be found after download. Use `npm run web` to run in a browser.');
  process.exit(1);
}

const probe = spawnSync(electronPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
  env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  encoding: 'utf8',
});
if (probe.status !== 0) {
  console.log('Building better-sqlite3 for Electron (downloads Electron headers once)…');
  execFileSync('npx', ['electron-builder', 'install-app-deps'], { stdio: 'inherit', shell: process.platform === 'win32' });
}

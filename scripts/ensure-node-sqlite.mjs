// Makes sure better-sqlite3 is built for this Node (tests and the browser host run under Node). After
// `npm start` it may be built for Electron's ABI instead; then rebuild it from source for Node.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function loads() {
  try {
    const Database = require('better-sqlite3');
    new Database(':memory:').close();
    return true;
  } catch (error) {
    console.warn(`better-sqlite3 does not load under Node ${process.version}: ${String(error.message).split('\n')[0]}`);
    return false;
  }
}

if (!loads()) {
  console.warn('Rebuilding better-sqlite3 for Node (from source; needs python3, make and a C++ compiler)…');
  execSync('npm rebuild better-sqlite3 --build-from-source', { stdio: 'inherit' });
  if (!loads()) {
    console.error('better-sqlite3 still does not load. See README → Troubleshooting.');
    process.exit(1);
  }
}

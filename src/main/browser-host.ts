/**
 * The browser host: `npm run web [-- --db FILE --port N]`. Serves the built renderer and the real API over
 * HTTP on 127.0.0.1, so the planner runs in any browser on machines without the Electron runtime.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApi } from './api';
import { defaultDataFile } from './data-location';
import { createHostServer, hostAddress } from './host/server';
import { openPlannerStore } from './planner-store';
import { startRollingBackups } from './services/imports/backup/rolling-backups';

function main() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '5180' },
      renderer: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535 (got “${values.port}”).`);
    process.exit(2);
  }
  const file = resolve(values.db ?? defaultDataFile());
  const rendererDir = resolve(values.renderer ?? resolve(__dirname, '../renderer'));

  let store;
  try {
    store = openPlannerStore(file);
  } catch (error) {
    console.error(`Could not open ${file}:\n${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (store.migration.backupFile) console.log(`Copied the data file before upgrading it: ${store.migration.backupFile}`);
  if (store.seed.seeded) console.log(`Filled the new data file with catalog ${store.seed.catalogVersion}.`);
  if (store.catalogUpdate) {
    const u = store.catalogUpdate;
    console.log(
      `Updated the catalog ${u.fromVersion ?? '(no version)'} → ${u.toVersion}: ${u.added.length} added, ` +
        `${u.updated.length} updated, ${u.keptEdited.length} kept because you edited them.`,
    );
  }

  const backups = startRollingBackups(store.db, file, { log: (message) => console.log(message) });
  const token = randomBytes(24).toString('base64url');
  const server = createHostServer({ api: createApi({ db: store.db, file }), rendererDir, token });
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is in use. Start with another one: npm run web -- --port ${port + 1}`
        : `The browser host failed: ${error.message}`,
    );
    store.db.close();
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`Data file: ${file}`);
    console.log(`Planner is running at ${hostAddress(actual, token)}  (Ctrl-C to stop)`);
    console.log('Open that address (it carries this run’s key); a page opened without it cannot reach the data.');
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections();
    backups.stop();
    store.db.close();
    console.log('Stopped; the data file is closed.');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();

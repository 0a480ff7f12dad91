import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreOpenError, StoreVersionError } from '../../src/main/db/errors';
import { openStore } from '../../src/main/db/open';
import { openPlannerStore } from '../../src/main/planner-store';
import { tempDir } from '../support/temp-dir';

/**
 * Damaged and wrong data files (tests/fixtures/bad-files/data-files/<name>.sqlite.gz with <name>.expect.json):
 * each is refused at open with its plain message, or opened when it should be, and a refused file is left
 * byte for byte as it was. MAKE_DATA_FILES=1 writes the corpus again from a fresh store.
 */
const CORPUS = resolve(__dirname, '../fixtures/bad-files/data-files');
/** What a user must never read: SQLite's own words. */
const RAW_SQLITE = /malformed|SQLITE_|readonly database|disk is full|file is not a database|disk I\/O/i;

interface Expectation {
  description: string;
  /** Done to the copy before opening it. */
  setup?: 'read-only' | 'stale-lock' | 'garbage-lock';
  opens: boolean;
  kind?: StoreOpenError['kind'] | 'newer';
  /** Parts of the message, in the user's words. */
  message?: string[];
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function makeCorpus(): void {
  const tmp = tempDir('planner-corpus-');
  const base = tmp.file('base.sqlite');
  const { db } = openStore(base);
  const insert = db.prepare("INSERT INTO members (id, name, title, notes) VALUES (?, ?, 'Analyst', ?)");
  db.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run(`member-${i}`, `Member ${i}`, 'n'.repeat(300));
  })();
  db.pragma('journal_mode = DELETE');
  db.close();
  const good = readFileSync(base);
  const pageSize = good.readUInt16BE(16);
  const pages = good.length / pageSize;
  const write = (name: string, bytes: Buffer, expectation: Expectation) => {
    writeFileSync(join(CORPUS, `${name}.sqlite.gz`), gzipSync(bytes, { level: 9 }));
    writeFileSync(join(CORPUS, `${name}.expect.json`), `${JSON.stringify(expectation, null, 2)}\n`);
  };
  const newer = (wal: boolean) => {
    const file = tmp.file(`newer-${wal}.sqlite`);
    writeFileSync(file, good);
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    if (wal) raw.pragma('journal_mode = WAL');
    raw.close();
    return readFileSync(file);
  };
  mkdirSync(CORPUS, { recursive: true });
  write('healthy', good, { description: 'A sound data file of the current version: it opens.', opens: true });
  write('truncated', good.subarray(0, Math.floor(pages * 0.6) * pageSize), {
    description: 'The file cut short (a copy interrupted, a full disk): its last pages are missing.',
    opens: false,
    kind: 'damaged',
    message: ['is damaged', 'did not change it', 'daily copy'],
  });
  const zeroed = Buffer.from(good);
  zeroed.fill(0, Math.floor(pages / 2) * pageSize, (Math.floor(pages / 2) + 1) * pageSize);
  write('zeroed-page', zeroed, {
    description: 'One page in the middle overwritten with zeros (a disk fault): not noticed by reading the header alone.',
    opens: false,
    kind: 'damaged',
    message: ['is damaged', 'did not change it', 'backups'],
  });
  const garbled = Buffer.from(good);
  for (let i = 0; i < 100; i++) garbled[i] = (i * 73 + 41) & 0xff;
  write('garbage-header', garbled, {
    description: 'The first 100 bytes overwritten with garbage.',
    opens: false,
    kind: 'not-a-store',
    message: ['is not a planner data file', 'did not change it'],
  });
  write('newer-version', newer(false), {
    description: 'Written by a newer planner (schema 99), not in WAL mode: setting WAL would change its header.',
    opens: false,
    kind: 'newer',
    message: ['newer version of the planner', 'The file was not changed'],
  });
  write('newer-version-wal', newer(true), {
    description: 'Written by a newer planner (schema 99), in WAL mode.',
    opens: false,
    kind: 'newer',
    message: ['newer version of the planner', 'The file was not changed'],
  });
  write('csv-named-sqlite', Buffer.from('name,title\nAda Lovelace,Engineer\n'), {
    description: 'A CSV file saved under the data file’s name.',
    opens: false,
    kind: 'not-a-store',
    message: ['is not a planner data file'],
  });
  write('too-short', Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(34)]), {
    description: 'Only the first 50 bytes of a SQLite file.',
    opens: false,
    kind: 'not-a-store',
    message: ['is not a planner data file'],
  });
  write('png-image', Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'), {
    description: 'An image saved under the data file’s name.',
    opens: false,
    kind: 'not-a-store',
    message: ['is not a planner data file'],
  });
  const schemaZeroed = Buffer.from(good);
  schemaZeroed.fill(0, 100, pageSize);
  write('zeroed-schema-page', schemaZeroed, {
    description: 'The first page after the header zeroed: the list of tables is gone.',
    opens: false,
    kind: 'damaged',
    message: ['is damaged'],
  });
  write('read-only', good, {
    description: 'A sound file marked read-only (no write permission).',
    setup: 'read-only',
    opens: false,
    kind: 'read-only',
    message: ['is read-only', 'Make the file and its folder writable', 'The file was not changed'],
  });
  write('stale-lock', good, {
    description: 'A sound file whose lock file was left by a planner killed with kill -9: the lock is not stuck.',
    setup: 'stale-lock',
    opens: true,
  });
  write('garbage-lock', good, {
    description: 'A sound file whose lock file was overwritten with garbage: the lock is made anew.',
    setup: 'garbage-lock',
    opens: true,
  });
  tmp.cleanup();
}

if (process.env.MAKE_DATA_FILES === '1') makeCorpus();

const cases = existsSync(CORPUS) ? readdirSync(CORPUS).filter((n) => n.endsWith('.expect.json')).map((n) => n.replace('.expect.json', '')) : [];

describe('bad data files: refused plainly, left byte for byte', () => {
  const tmp = tempDir('planner-bad-data-');
  let held = 0;
  afterAll(() => {
    tmp.cleanup();
    console.log(`data files: ${held} of ${cases.length} cases held (message and bytes)`);
  });

  it('has a corpus of at least ten cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s', (name) => {
    const expectation = JSON.parse(readFileSync(join(CORPUS, `${name}.expect.json`), 'utf8')) as Expectation;
    const bytes = gunzipSync(readFileSync(join(CORPUS, `${name}.sqlite.gz`)));
    const dir = join(tmp.dir, name);
    mkdirSync(dir);
    const file = join(dir, 'planner.sqlite');
    writeFileSync(file, bytes);
    if (expectation.setup === 'read-only') chmodSync(file, 0o444);
    if (expectation.setup === 'stale-lock') {
      const lock = new Database(`${file}.lock`);
      lock.exec("CREATE TABLE holder (pid INTEGER NOT NULL, since TEXT NOT NULL); INSERT INTO holder VALUES (999999, '2026-01-01')");
      lock.close();
    }
    if (expectation.setup === 'garbage-lock') writeFileSync(`${file}.lock`, 'not a lock at all, just bytes');
    const before = sha256(bytes);

    let thrown: unknown = null;
    try {
      const store = openPlannerStore(file);
      store.db.close();
    } catch (error) {
      thrown = error;
    }

    if (expectation.opens) {
      expect(thrown).toBeNull();
    } else {
      expect(thrown, 'the file should have been refused').not.toBeNull();
      const message = (thrown as Error).message;
      if (expectation.kind === 'newer') expect(thrown).toBeInstanceOf(StoreVersionError);
      else expect((thrown as StoreOpenError).kind).toBe(expectation.kind);
      for (const part of expectation.message ?? []) expect(message).toContain(part);
      expect(message).toContain(file);
      expect(message).not.toMatch(RAW_SQLITE);
      expect(sha256(readFileSync(file)), 'a refused file must be left byte for byte').toBe(before);
      // Nor does a refusal leave anything beside it (a lock file it made is removed again); reading a WAL-mode
      // file read-only makes SQLite's own -wal/-shm index files, which hold none of the data.
      const left = readdirSync(dir).filter((n) => !n.endsWith('-wal') && !n.endsWith('-shm')).sort();
      expect(left).toEqual(expectation.setup === 'stale-lock' || expectation.setup === 'garbage-lock' ? ['planner.sqlite', 'planner.sqlite.lock'] : ['planner.sqlite']);
    }
    held++;
  });
});

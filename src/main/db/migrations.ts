import { createHash } from 'node:crypto';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

// Bundled at build time, so the packaged app and the browser host carry their migrations with them.
const files = import.meta.glob('./migrations/*.sql', { query: '?raw', import: 'default', eager: true }) as Record<
  string,
  string
>;

/** The numbered migrations, in order. File names are `NNN_what_it_does.sql`; the number is the schema version. */
export const MIGRATIONS: readonly Migration[] = Object.entries(files)
  .map(([path, sql]) => {
    const match = /\/(\d{3})_([a-z0-9_]+)\.sql$/.exec(path);
    if (!match) throw new Error(`Migration file ${path} is not named NNN_name.sql`);
    return {
      version: Number(match[1]),
      name: match[2]!,
      sql,
      checksum: createHash('sha256').update(sql).digest('hex'),
    };
  })
  .sort((a, b) => a.version - b.version);

MIGRATIONS.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`Migrations must be numbered 001, 002, … without gaps; found ${m.version}.`);
});

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;

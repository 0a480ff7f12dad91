import type { Db } from '../open';

export function settingsRepository(db: Db) {
  const all = db.prepare('SELECT key, value FROM settings');
  const get = db.prepare('SELECT value FROM settings WHERE key = ?');
  const put = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    all(): Record<string, unknown> {
      const out: Record<string, unknown> = {};
      for (const row of all.all() as { key: string; value: string }[]) out[row.key] = JSON.parse(row.value);
      return out;
    },
    get(key: string): unknown {
      const row = get.get(key) as { value: string } | undefined;
      return row ? JSON.parse(row.value) : undefined;
    },
    put: (key: string, value: unknown) => put.run(key, JSON.stringify(value)),
  };
}

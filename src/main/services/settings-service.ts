import { DEFAULT_SETTINGS, settings as settingsSchema, type Settings, type SettingsPatch } from '../../shared/domain/settings';
import { settingsRepository } from '../db/repositories/settings';
import type { Db } from '../db/open';
import { DomainError } from './errors';

const PREFIX = 'app.';

export function settingsService(db: Db) {
  const repo = settingsRepository(db);

  function read(): Settings {
    const stored = repo.all();
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const key of Object.keys(DEFAULT_SETTINGS)) {
      if (`${PREFIX}${key}` in stored) merged[key] = stored[`${PREFIX}${key}`];
    }
    // A value that no longer fits the schema (hand-edited file, older app) falls back to its default.
    const parsed = settingsSchema.safeParse(merged);
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  }

  return {
    get: read,
    update(patch: SettingsPatch): Settings {
      return db.transaction(() => {
        const next = { ...read(), ...patch };
        if (next.nearlyReadyAt > next.readyAt) {
          throw new DomainError('INVALID_INPUT', '“Nearly ready” must be at or below “ready”.', {
            fields: [{ path: ['nearlyReadyAt'], message: 'Must be at or below the ready threshold.' }],
          });
        }
        for (const [key, value] of Object.entries(patch)) repo.put(`${PREFIX}${key}`, value);
        return read();
      })();
    },
  };
}

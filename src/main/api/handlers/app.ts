import type { appOperations } from '../../../shared/api/operations/app';
import { version as appVersion } from '../../../../package.json';
import { settingsRepository } from '../../db/repositories/settings';
import { CATALOG_VERSION_KEY } from '../../services/catalog/seed';
import { settingsService } from '../../services/settings-service';
import type { ApiContext, HandlersFor } from './types';

export function appHandlers({ db, file }: ApiContext): HandlersFor<typeof appOperations> {
  const settings = settingsService(db);
  const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    'app.info': () => ({
      appVersion,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      catalogVersion: (settingsRepository(db).get(CATALOG_VERSION_KEY) as string | undefined) ?? null,
      dataFile: file,
      counts: { roles: count('roles'), skills: count('skills'), courses: count('courses'), members: count('members') },
    }),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
  };
}

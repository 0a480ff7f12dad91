import type { appOperations } from '../../../shared/api/operations/app';
import { version as appVersion } from '../../../../package.json';
import { catalogChangesRepository } from '../../db/repositories/catalog-changes';
import { settingsRepository } from '../../db/repositories/settings';
import { CATALOG_VERSION_KEY } from '../../services/catalog/seed';
import { settingsService } from '../../services/settings-service';
import type { ApiContext, HandlersFor } from './types';

export function appHandlers({ db, file }: ApiContext): HandlersFor<typeof appOperations> {
  const settings = settingsService(db);
  const changes = catalogChangesRepository(db);
  return {
    'app.info': () => ({
      appVersion,
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      catalogVersion: (settingsRepository(db).get(CATALOG_VERSION_KEY) as string | undefined) ?? null,
      dataFile: file,
      counts: (({ roles, skills, courses, members }) => ({ roles, skills, courses, members }))(changes.summary()),
    }),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => settings.update(patch),
  };
}

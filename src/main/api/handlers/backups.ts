import type { backupsOperations } from '../../../shared/api/operations/backups';
import { version as appVersion } from '../../../../package.json';
import { backupFilesService } from '../../services/imports/backup/backup-files';
import { jsonBackupService } from '../../services/imports/backup/json-backup';
import type { ApiContext, HandlersFor } from './types';

export function backupsHandlers({ db, file }: ApiContext): HandlersFor<typeof backupsOperations> {
  const json = jsonBackupService(db, file, appVersion);
  const files = backupFilesService(db, file);
  return {
    'backup.export': () => json.export(),
    'backup.inspect': ({ content }) => json.inspect(content),
    'backup.restore': ({ content }) => json.restore(content),
    'backups.list': () => files.list(),
    'backups.create': () => files.createNow(),
    'backups.restore': ({ name }) => files.restore(name),
    'backups.schedule': (patch) => files.setSchedule(patch),
  };
}

import { z } from 'zod';
import { backupEntry, backupInspection, backupList, backupSchedule, restoreReport, storeSummary } from '../../domain/backup';
import { exportedFile } from '../../domain/csv-import';
import { none, op } from './define';
import { fileContent } from './imports';

export const backupsOperations = {
  'backup.export': op(none, exportedFile.extend({ summary: storeSummary }), 'Everything in the store as one JSON backup file.'),
  'backup.inspect': op(z.object({ content: fileContent }).strict(), backupInspection, 'Check a JSON backup and say what it holds.'),
  'backup.restore': op(
    z.object({ content: fileContent }).strict(),
    restoreReport,
    'Replace the store with a JSON backup, after copying the current store into the backups folder.',
  ),
  'backups.list': op(none, backupList, 'The copies of the data file in the backups folder, and the daily schedule.'),
  'backups.create': op(none, backupEntry, 'Copy the data file into the backups folder now.'),
  'backups.restore': op(
    z.object({ name: z.string().min(1).max(300) }).strict(),
    restoreReport,
    'Replace the store with a copy from the backups folder, after copying the current store.',
  ),
  'backups.schedule': op(
    backupSchedule.partial().strict().refine((p) => Object.keys(p).length > 0, 'Name a setting to change.'),
    backupSchedule,
    'Turn the daily backups on or off, and say how many to keep.',
  ),
};

import { z } from 'zod';
import { settings, settingsPatch } from '../../domain/settings';
import { none, op } from './define';

export const appInfo = z.object({
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  catalogVersion: z.string().nullable(),
  dataFile: z.string(),
  counts: z.object({ roles: z.number(), skills: z.number(), courses: z.number(), members: z.number() }),
});

export const appOperations = {
  'app.info': op(none, appInfo, 'Versions, the data file and row counts.'),
  'settings.get': op(none, settings, 'All settings.'),
  'settings.update': op(settingsPatch, settings, 'Change some settings; returns all of them.'),
};

import { z } from 'zod';

/** The JSON backup file: every table of the store, with counts and a checksum to catch damage. */
export const BACKUP_FORMAT = 'ai-security-path-planner.backup';
export const BACKUP_FORMAT_VERSION = 1;

export const backupTable = z.object({
  columns: z.array(z.string().min(1)).min(1),
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
});
export type BackupTable = z.infer<typeof backupTable>;

/** Everything but the tables: what a user is shown before restoring. */
export const backupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int().min(1),
  /** Rows per table. */
  counts: z.record(z.string(), z.number().int().min(0)),
  /** "sha256:<hex>" of the canonical JSON of `tables`. */
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});
export type BackupHeader = z.infer<typeof backupHeader>;

export const backupFile = backupHeader.extend({ tables: z.record(z.string(), backupTable) });
export type BackupFile = z.infer<typeof backupFile>;

/** The headline counts shown for a backup or the store. */
export const storeSummary = z.object({
  roles: z.number().int(),
  skills: z.number().int(),
  courses: z.number().int(),
  members: z.number().int(),
  ratings: z.number().int(),
  plans: z.number().int(),
});
export type StoreSummary = z.infer<typeof storeSummary>;

export const backupInspection = z.object({
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  summary: storeSummary,
  tables: z.number().int(),
});
export type BackupInspection = z.infer<typeof backupInspection>;

export const restoreReport = z.object({
  summary: storeSummary,
  /** The copy of the store taken just before it was replaced. */
  safetyBackup: z.string(),
});
export type RestoreReport = z.infer<typeof restoreReport>;

/** Copies of the database file: daily (rolling), made by hand, taken before a restore or a schema upgrade. */
export const BACKUP_KINDS = ['daily', 'manual', 'before-restore', 'before-upgrade'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export const backupEntry = z.object({
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: z.string(),
  bytes: z.number().int(),
  /** Null when the file cannot be read as a planner store. */
  summary: storeSummary.nullable(),
});
export type BackupEntry = z.infer<typeof backupEntry>;

export const backupSchedule = z.object({
  enabled: z.boolean(),
  /** How many daily copies to keep; older ones are deleted. */
  keep: z.number().int().min(1, 'Keep at least 1 daily backup.').max(90, 'Keep at most 90 daily backups.'),
});
export type BackupSchedule = z.infer<typeof backupSchedule>;
export const DEFAULT_BACKUP_SCHEDULE: BackupSchedule = { enabled: true, keep: 7 };

export const backupList = z.object({
  directory: z.string(),
  schedule: backupSchedule,
  backups: z.array(backupEntry),
});
export type BackupList = z.infer<typeof backupList>;

import { create } from 'zustand';
import type { BackupSchedule, RestoreReport } from '../../../shared/domain/backup';
import { write } from '../data/write';
import { runJob } from '../jobs';
import { useImports } from './imports';
import { useNotices } from './notices';

/** Survives the reload that follows a restore, so the user is told what happened. */
const RESTORED_KEY = 'planner.restored';

/** The backups' actions; the list of copies is server data (`dataKeys.backups`), refreshed after each of them. */
interface BackupsState {
  createNow(): Promise<string | null>;
  setSchedule(patch: Partial<BackupSchedule>): Promise<boolean>;
  /** Restores a copy from the backups folder, or a JSON backup's content; then reloads the whole app. */
  restore(what: { name: string } | { content: string; fileName: string }): Promise<void>;
  /** The message left by the last restore (read once). */
  takeRestoredMessage(): string | null;
}

function restoredMessage(from: string, report: RestoreReport): string {
  const s = report.summary;
  return `Restored from ${from}: ${s.roles} roles, ${s.skills} skills, ${s.courses} courses, ${s.members} members, ${s.ratings} ratings, ${s.plans} plans. What you had before is kept as ${report.safetyBackup}.`;
}

export const useBackups = create<BackupsState>()(() => ({
  async createNow() {
    try {
      const entry = await useImports.getState().withProgress('Copying the data file', () => write('backups.create', {}));
      return entry.name;
    } catch (error) {
      useNotices.getState().report('Backing up now', error);
      return null;
    }
  },
  async setSchedule(patch) {
    try {
      await write('backups.schedule', patch);
      return true;
    } catch (error) {
      useNotices.getState().report('Saving the backup schedule', error);
      return false;
    }
  },
  async restore(what) {
    const from = 'name' in what ? what.name : what.fileName;
    try {
      const report = await useImports
        .getState()
        .withProgress(`Restoring ${from}`, (report) =>
          'name' in what ? runJob('backups.restore', { name: what.name }, report) : runJob('backup.restore', { content: what.content }, report),
        );
      sessionStorage.setItem(RESTORED_KEY, restoredMessage(from, report));
      // Every screen's data changed: start the app afresh on this screen.
      window.location.reload();
    } catch (error) {
      useNotices.getState().report(`Restoring ${from}`, error);
    }
  },
  takeRestoredMessage() {
    const message = sessionStorage.getItem(RESTORED_KEY);
    if (message) sessionStorage.removeItem(RESTORED_KEY);
    return message;
  },
}));

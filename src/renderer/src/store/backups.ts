import { create } from 'zustand';
import type { BackupSchedule, RestoreReport } from '../../../shared/domain/backup';
import { replaceServerState } from '../data/client';
import { write } from '../data/write';
import { runJob } from '../jobs';
import { useImports } from './imports';
import { useNotices } from './notices';

/** The backups' actions; the list of copies is server data (`dataKeys.backups`), refreshed after each of them. */
interface BackupsState {
  /** What the last restore brought back, for the Backups screen to say (until the screen is left). */
  restored: string | null;
  createNow(): Promise<string | null>;
  setSchedule(patch: Partial<BackupSchedule>): Promise<boolean>;
  /**
   * Restores a copy from the backups folder, or a JSON backup's content; then every screen's data is read
   * afresh and the editors forget what they held (no reload: the user stays where they are).
   */
  restore(what: { name: string } | { content: string; fileName: string }): Promise<void>;
  /** The Backups screen was left: its restore message is said. */
  forgetRestored(): void;
}

function restoredMessage(from: string, report: RestoreReport): string {
  const s = report.summary;
  return `Restored from ${from}: ${s.roles} roles, ${s.skills} skills, ${s.courses} courses, ${s.members} members, ${s.ratings} ratings, ${s.plans} plans. What you had before is kept as ${report.safetyBackup}.`;
}

export const useBackups = create<BackupsState>()((set) => ({
  restored: null,
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
      // Every screen's data changed: the data layer reads it afresh, the editors drop the old data.
      await replaceServerState();
      set({ restored: restoredMessage(from, report) });
    } catch (error) {
      useNotices.getState().report(`Restoring ${from}`, error);
    }
  },
  forgetRestored() {
    set({ restored: null });
  },
}));

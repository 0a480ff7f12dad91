import { create } from 'zustand';
import type { BackupList, BackupSchedule, RestoreReport } from '../../../shared/domain/backup';
import { call } from '../api';
import { runJob } from '../jobs';
import { useImports } from './imports';
import { useNotices } from './notices';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** Survives the reload that follows a restore, so the user is told what happened. */
const RESTORED_KEY = 'planner.restored';

interface BackupsState {
  list: BackupList | null;
  status: LoadStatus;
  load(): Promise<void>;
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

export const useBackups = create<BackupsState>()((set, get) => ({
  list: null,
  status: 'idle',
  async load() {
    set({ status: 'loading' });
    try {
      set({ list: await call('backups.list', {}), status: 'ready' });
    } catch (error) {
      set({ status: 'failed' });
      useNotices.getState().report('Listing the backups', error);
    }
  },
  async createNow() {
    try {
      const entry = await useImports.getState().withProgress('Copying the data file', () => call('backups.create', {}));
      await get().load();
      return entry.name;
    } catch (error) {
      useNotices.getState().report('Backing up now', error);
      return null;
    }
  },
  async setSchedule(patch) {
    try {
      const schedule = await call('backups.schedule', patch);
      set((s) => ({ list: s.list && { ...s.list, schedule } }));
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

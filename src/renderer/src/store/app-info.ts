import { create } from 'zustand';
import type { OperationOutput } from '../../../shared/api/contract';
import type { Settings, SettingsPatch } from '../../../shared/domain/settings';
import { call } from '../api';
import { useNotices } from './notices';

interface AppInfoState {
  info: OperationOutput<'app.info'> | null;
  settings: Settings | null;
  load(): Promise<void>;
  updateSettings(patch: SettingsPatch): Promise<boolean>;
}

export const useAppInfo = create<AppInfoState>()((set) => ({
  info: null,
  settings: null,
  async load() {
    try {
      const [info, settings] = await Promise.all([call('app.info', {}), call('settings.get', {})]);
      set({ info, settings });
    } catch (error) {
      useNotices.getState().report('Loading settings', error);
    }
  },
  async updateSettings(patch) {
    try {
      set({ settings: await call('settings.update', patch) });
      return true;
    } catch (error) {
      useNotices.getState().report('Saving settings', error);
      return false;
    }
  },
}));

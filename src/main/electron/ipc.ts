import { ipcMain } from 'electron';
import type { Api } from '../api';
import { API_CHANNEL } from '../../shared/api/bridge';
import { isTrustedSender } from './security';

/** Binds the one API channel; calls from anything but the app's own page are refused. */
export function bindApi(api: Api, devServerUrl: string | undefined): void {
  ipcMain.handle(API_CHANNEL, (event, name: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url, devServerUrl)) {
      return { ok: false, error: { code: 'UNAUTHORIZED', message: 'Calls are accepted only from the planner’s own page.' } };
    }
    return api.call(name, input);
  });
}

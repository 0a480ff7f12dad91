import { homedir } from 'node:os';
import { join } from 'node:path';
import { productName } from '../../package.json';

export const DATA_FILE_NAME = 'planner.sqlite';

/**
 * Where Electron's app.getPath('userData') points for this app, computed without Electron so the browser
 * host opens the same file by default. The Electron shell asks Electron itself.
 */
export function defaultUserDataDir(platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', productName);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), productName);
}

export function defaultDataFile(): string {
  return join(defaultUserDataDir(), DATA_FILE_NAME);
}

import { EventEmitter } from 'node:events';
import type { DesktopSystem } from './system';

/** An Electron event: `preventDefault()` marks it handled, as Electron's `Event` does. */
export interface DoubleEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function electronEvent<T extends object>(fields?: T): DoubleEvent & T {
  const event = {
    ...(fields ?? ({} as T)),
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

export interface AppHooks {
  /** Windows still open, in creation order. */
  openWindows(): { close(): void; isDestroyed(): boolean }[];
}

/**
 * `app` as Electron documents it, for the parts the shell uses:
 * - `requestSingleInstanceLock()` is true for the first instance per userData folder (across launches in one
 *   `DesktopSystem`); the holder gets `second-instance` (event, argv, workingDirectory, additionalData).
 * - `ready` is emitted once by the harness after the main script has run (Electron does it after the entry file
 *   is evaluated); `whenReady()` resolves then.
 * - `quit()`: `before-quit` (preventable), then every window is asked to close (a window that prevents its
 *   `close` cancels the quit), then `will-quit` (preventable), then `quit`, and the app has exited.
 *   `window-all-closed` is not emitted while quitting.
 */
export class AppDouble extends EventEmitter {
  readonly isPackaged = false;
  private ready = false;
  private readyWaiters: (() => void)[] = [];
  private lockHeld = false;
  quitting = false;
  exited = false;
  exitCode: number | undefined;
  focusCount = 0;
  private readonly exitWaiters: (() => void)[] = [];

  constructor(
    private readonly system: DesktopSystem,
    private readonly userData: string,
    private readonly hooks: AppHooks,
    readonly argv: string[],
  ) {
    super();
  }

  getName(): string {
    return 'AI Security Path Planner';
  }

  getVersion(): string {
    return '0.0.0-test';
  }

  getPath(name: string): string {
    if (name === 'userData' || name === 'appData') return this.userData;
    if (name === 'temp') return this.system.tempDir;
    if (name === 'documents' || name === 'downloads' || name === 'home') return this.system.homeDir;
    throw new Error(`Failed to get '${name}' path`);
  }

  isReady(): boolean {
    return this.ready;
  }

  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Harness: what Electron does once the entry script has run. */
  becomeReady(): void {
    if (this.ready || this.exited) return;
    this.ready = true;
    this.emit('ready', electronEvent(), {});
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }

  requestSingleInstanceLock(additionalData?: unknown): boolean {
    const holder = this.system.lockHolder(this.userData);
    if (holder && holder !== this && !holder.exited) {
      // Electron tells the running instance, then this one is expected to quit.
      holder.emit('second-instance', electronEvent(), this.argv, this.system.homeDir, additionalData ?? {});
      return false;
    }
    this.system.takeLock(this.userData, this);
    this.lockHeld = true;
    return true;
  }

  hasSingleInstanceLock(): boolean {
    return this.lockHeld;
  }

  focus(): void {
    this.focusCount++;
  }

  quit(): void {
    if (this.exited || this.quitting) return;
    const beforeQuit = electronEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this.quitting = true;
    const windows = this.hooks.openWindows();
    if (windows.length === 0) {
      this.finishQuit();
      return;
    }
    // The last window to close finishes the quit (windowDestroyed).
    for (const window of windows) window.close();
    // A window held its close: the quit is cancelled (the shell quits again once it has closed).
    if (!this.exited && this.hooks.openWindows().length > 0) this.quitting = false;
  }

  /** Quits without asking windows or emitting before-quit, as `app.exit` does. */
  exit(code = 0): void {
    this.exitCode = code;
    this.terminate();
  }

  private finishQuit(): void {
    const willQuit = electronEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.emit('quit', electronEvent(), 0);
    this.exitCode = 0;
    this.terminate();
  }

  private terminate(): void {
    if (this.exited) return;
    this.exited = true;
    if (this.lockHeld) this.system.releaseLock(this.userData, this);
    for (const resolve of this.exitWaiters.splice(0)) resolve();
  }

  /** Harness: settles when the app has exited. */
  whenExited(): Promise<void> {
    if (this.exited) return Promise.resolve();
    return new Promise((resolve) => this.exitWaiters.push(resolve));
  }

  /** Called by a window that was destroyed: the last one gone emits window-all-closed (unless quitting). */
  windowDestroyed(): void {
    if (this.hooks.openWindows().length > 0) return;
    if (this.quitting) {
      this.finishQuit();
      return;
    }
    this.emit('window-all-closed');
  }
}

import { EventEmitter } from 'node:events';

/** What `event.senderFrame` carries for the shell: the URL of the frame that sent the message. */
export interface SenderFrame {
  url: string;
  name: string;
  top: SenderFrame | null;
}

export interface IpcEvent {
  sender: unknown;
  senderFrame: SenderFrame | null;
  processId: number;
  frameId: number;
  returnValue?: unknown;
}

type Handler = (event: IpcEvent, ...args: unknown[]) => unknown;

/**
 * `ipcMain` as Electron documents it: `handle` registers one handler per channel (a second registration throws,
 * as Electron's does), `invoke` from a page runs it and rejects with "Error invoking remote method" when it
 * throws or when nothing handles the channel; `on` listeners get `send` messages.
 */
export class IpcMainDouble extends EventEmitter {
  private readonly handlers = new Map<string, Handler>();

  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }

  handleOnce(channel: string, handler: Handler): void {
    this.handle(channel, (event, ...args) => {
      this.handlers.delete(channel);
      return handler(event, ...args);
    });
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** Harness: a page's `ipcRenderer.invoke`. */
  async invokeFromPage(channel: string, event: IpcEvent, args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`Error invoking remote method '${channel}': Error: No handler registered for '${channel}'`);
    try {
      return await handler(event, ...args);
    } catch (error) {
      throw new Error(`Error invoking remote method '${channel}': ${String(error)}`, { cause: error });
    }
  }

  /** Harness: a page's `ipcRenderer.send`. */
  sendFromPage(channel: string, event: IpcEvent, args: unknown[]): void {
    this.emit(channel, event, ...args);
  }

  hasHandler(channel: string): boolean {
    return this.handlers.has(channel);
  }
}

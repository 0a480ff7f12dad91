/**
 * The parts of the operating system the shell talks to: `dialog`, `shell`, `session.defaultSession` and `Menu`.
 * Dialogs answer from a script the test sets up (an unexpected dialog fails the test); everything else is
 * recorded for assertions.
 */
export interface OpenDialogResult {
  canceled: boolean;
  filePaths: string[];
}
export interface SaveDialogResult {
  canceled: boolean;
  filePath?: string;
}

type DialogCall = { kind: 'open' | 'save'; options: Record<string, unknown> };

export class DialogDouble {
  readonly calls: DialogCall[] = [];
  readonly errorBoxes: { title: string; content: string }[] = [];
  private readonly openAnswers: OpenDialogResult[] = [];
  private readonly saveAnswers: SaveDialogResult[] = [];

  /** Test: the next open dialog picks these files (or is cancelled). */
  answerOpen(answer: OpenDialogResult): void {
    this.openAnswers.push(answer);
  }

  /** Test: the next save dialog picks this path (or is cancelled). */
  answerSave(answer: SaveDialogResult): void {
    this.saveAnswers.push(answer);
  }

  async showOpenDialog(windowOrOptions: unknown, maybeOptions?: Record<string, unknown>): Promise<OpenDialogResult> {
    const options = (maybeOptions ?? windowOrOptions) as Record<string, unknown>;
    this.calls.push({ kind: 'open', options });
    const answer = this.openAnswers.shift();
    if (!answer) throw new Error(`Unexpected open dialog: ${JSON.stringify(options)}`);
    return answer;
  }

  async showSaveDialog(windowOrOptions: unknown, maybeOptions?: Record<string, unknown>): Promise<SaveDialogResult> {
    const options = (maybeOptions ?? windowOrOptions) as Record<string, unknown>;
    this.calls.push({ kind: 'save', options });
    const answer = this.saveAnswers.shift();
    if (!answer) throw new Error(`Unexpected save dialog: ${JSON.stringify(options)}`);
    return answer;
  }

  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }
}

export class ShellDouble {
  readonly openedExternally: string[] = [];
  readonly shownInFolder: string[] = [];

  async openExternal(url: string): Promise<void> {
    this.openedExternally.push(url);
  }

  showItemInFolder(path: string): void {
    this.shownInFolder.push(path);
  }
}

type PermissionRequestHandler = (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type PermissionCheckHandler = (webContents: unknown, permission: string, origin: string, details: unknown) => boolean;

export class SessionDouble {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;

  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }

  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }

  /**
   * Harness: a page asks for a permission. Electron grants every permission when no handler is set; with one,
   * the handler decides through its callback.
   */
  requestPermission(webContents: unknown, permission: string, requestingUrl: string): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => handler(webContents, permission, resolve, { requestingUrl, isMainFrame: true }));
  }

  checkPermission(webContents: unknown, permission: string, origin: string): boolean {
    return this.permissionCheckHandler ? this.permissionCheckHandler(webContents, permission, origin, {}) : true;
  }
}

export interface MenuItemTemplate {
  role?: string;
  label?: string;
  type?: string;
  submenu?: MenuItemTemplate[];
}

export class MenuDouble {
  constructor(readonly items: MenuItemTemplate[]) {}
}

export function menuFactory() {
  const state: { application: MenuDouble | null } = { application: null };
  return {
    state,
    Menu: {
      buildFromTemplate: (template: MenuItemTemplate[]) => new MenuDouble(template),
      setApplicationMenu: (menu: MenuDouble | null) => {
        state.application = menu;
      },
      getApplicationMenu: () => state.application,
    },
  };
}

import { contextBridge, ipcRenderer } from 'electron';
import {
  API_CHANNEL,
  BEFORE_CLOSE_CHANNEL,
  CLOSE_WINDOW_CHANNEL,
  EXPORT_PDF_CHANNEL,
  OPEN_TEXT_FILE_CHANNEL,
  READY_TO_CLOSE_CHANNEL,
  SAVE_TEXT_FILE_CHANNEL,
  SHOW_IN_FOLDER_CHANNEL,
  type CloseAnswer,
  type PlannerBridge,
} from '../shared/api/bridge';
import { isOperationName } from '../shared/api/operation-names';

// The renderer gets one call, allowed only for the contract's operation names, and two file dialogs; never
// ipcRenderer itself.
const planner = {
  call(name, input) {
    if (!isOperationName(name)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_OPERATION', message: `There is no operation named “${String(name)}”.` },
      });
    }
    return ipcRenderer.invoke(API_CHANNEL, name, input);
  },
  // Open and save dialogs for imports and exports: the main process reads or writes the file the user picks.
  files: {
    openTextFile: (options) => ipcRenderer.invoke(OPEN_TEXT_FILE_CHANNEL, options),
    saveTextFile: (options) => ipcRenderer.invoke(SAVE_TEXT_FILE_CHANNEL, options),
  },
  // PDF export: the main process prints the view in a hidden window and saves where the user picks.
  pdf: {
    exportPdf: (request) => ipcRenderer.invoke(EXPORT_PDF_CHANNEL, request),
    showInFolder: (file) => ipcRenderer.invoke(SHOW_IN_FOLDER_CHANNEL, file),
  },
  // Closing the window: the main process asks first, so pending saves reach the database before it goes.
  onBeforeClose(flush) {
    ipcRenderer.removeAllListeners(BEFORE_CLOSE_CHANNEL);
    ipcRenderer.on(BEFORE_CLOSE_CHANNEL, () => {
      let close = true;
      void flush()
        .then(
          (answer) => (close = answer !== false),
          () => undefined,
        )
        .finally(() => ipcRenderer.send(READY_TO_CLOSE_CHANNEL, { close } satisfies CloseAnswer));
    });
  },
  closeWindow: () => ipcRenderer.send(CLOSE_WINDOW_CHANNEL),
} satisfies PlannerBridge;

contextBridge.exposeInMainWorld('planner', planner);

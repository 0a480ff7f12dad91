import { contextBridge, ipcRenderer } from 'electron';
import { API_CHANNEL, type PlannerBridge } from '../shared/api/bridge';
import { isOperationName } from '../shared/api/contract';

// The renderer gets one function, allowed only for the contract's operation names; never ipcRenderer itself.
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
} satisfies PlannerBridge;

contextBridge.exposeInMainWorld('planner', planner);

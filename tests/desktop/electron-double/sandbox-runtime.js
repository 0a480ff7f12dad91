// The renderer side of a sandboxed preload, as Electron documents it, evaluated in the page before its scripts.
// Plain JavaScript: it is turned into text and injected, never imported. `runPreload` is the built preload
// wrapped as a CommonJS module body: function (require, module, exports, process, global).
(function sandboxRuntime(bindingName, runPreload) {
  'use strict';
  // Electron runs a preload in the main frame only (nodeIntegrationInSubFrames is off).
  if (window.top !== window) return;
  const binding = window[bindingName];
  const listeners = new Map();

  function listenersOf(channel) {
    let list = listeners.get(channel);
    if (!list) listeners.set(channel, (list = []));
    return list;
  }

  const ipcRenderer = {
    invoke(channel, ...args) {
      return binding({ type: 'invoke', channel: String(channel), args }).then((reply) => {
        if (!reply.ok) throw new Error(reply.message);
        return reply.value;
      });
    },
    send(channel, ...args) {
      void binding({ type: 'send', channel: String(channel), args });
    },
    on(channel, listener) {
      listenersOf(channel).push(listener);
      return ipcRenderer;
    },
    once(channel, listener) {
      const once = (...args) => {
        ipcRenderer.removeListener(channel, once);
        listener(...args);
      };
      return ipcRenderer.on(channel, once);
    },
    removeListener(channel, listener) {
      const list = listenersOf(channel);
      const at = list.indexOf(listener);
      if (at >= 0) list.splice(at, 1);
      return ipcRenderer;
    },
    removeAllListeners(channel) {
      if (channel === undefined) listeners.clear();
      else listeners.delete(channel);
      return ipcRenderer;
    },
  };

  // What webContents.send reaches (the harness calls it through page.evaluate).
  Object.defineProperty(window, '__electronIpcDeliver', {
    value(channel, args) {
      for (const listener of [...listenersOf(channel)]) listener({ sender: ipcRenderer, senderId: 0 }, ...args);
    },
  });

  // contextBridge copies what it exposes: the page gets frozen copies, functions as proxies, never the
  // preload's own objects.
  function copyForMainWorld(value) {
    if (typeof value === 'function') return (...args) => value(...args);
    if (Array.isArray(value)) return Object.freeze(value.map(copyForMainWorld));
    if (value && typeof value === 'object') {
      const copy = {};
      for (const key of Object.keys(value)) copy[key] = copyForMainWorld(value[key]);
      return Object.freeze(copy);
    }
    return value;
  }
  const contextBridge = {
    exposeInMainWorld(key, api) {
      if (Object.prototype.hasOwnProperty.call(window, key)) {
        throw new Error('Cannot bind an API on top of an existing property on the window object');
      }
      Object.defineProperty(window, key, { value: copyForMainWorld(api), enumerable: true });
    },
  };

  class EventEmitter {
    constructor() {
      this._events = new Map();
    }
    on(name, fn) {
      (this._events.get(name) || this._events.set(name, []).get(name)).push(fn);
      return this;
    }
    emit(name, ...args) {
      const list = this._events.get(name) || [];
      for (const fn of [...list]) fn(...args);
      return list.length > 0;
    }
  }

  // The modules a sandboxed preload may require: electron's renderer modules, events, timers, url.
  const modules = {
    electron: { contextBridge, ipcRenderer },
    events: { EventEmitter, default: EventEmitter },
    timers: { setTimeout, clearTimeout, setInterval, clearInterval },
    url: { URL, URLSearchParams },
  };
  function sandboxRequire(name) {
    if (Object.prototype.hasOwnProperty.call(modules, name)) return modules[name];
    throw new Error('module not found: ' + name);
  }

  const module = { exports: {} };
  const process = Object.freeze({ type: 'renderer', sandboxed: true, contextIsolated: true, platform: 'linux', env: {} });
  try {
    runPreload(sandboxRequire, module, module.exports, process, window);
    Object.defineProperty(window, '__preloadLoaded', { value: true });
  } catch (error) {
    // Electron logs this and goes on without the preload; the harness keeps the reason for the test.
    Object.defineProperty(window, '__preloadError', { value: String(error) });
    console.error('Unable to load preload script: ' + String(error));
  }
});

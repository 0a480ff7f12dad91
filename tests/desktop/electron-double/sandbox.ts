import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';

const runtime = readFileSync(resolve(__dirname, 'sandbox-runtime.js'), 'utf8').trim().replace(/;$/, '');

/** The modules a sandboxed preload may `require` (Electron's documentation, "Process Sandboxing"). */
export const SANDBOX_MODULES = ['electron', 'events', 'timers', 'url'] as const;

/**
 * The script a page runs before its own: the sandbox runtime with the built preload as a CommonJS module body.
 * Text only (no eval in the page), so the page's CSP applies to the page as it would in the app.
 */
export function sandboxedPreloadScript(preloadSource: string, bindingName: string): string {
  return `(${runtime})(${JSON.stringify(bindingName)}, function (require, module, exports, process, global) {\n${preloadSource}\n});`;
}

export interface SandboxRun {
  /** What the preload exposed with contextBridge, by key. */
  exposed: Record<string, unknown>;
  /** The error the preload threw, as Electron would log it; undefined when it loaded. */
  error: string | undefined;
  /** Messages the preload sent or invoked while loading. */
  messages: { type: string; channel: string; args: unknown[] }[];
}

/**
 * Runs a preload the way a sandboxed renderer does, without a browser: a fresh V8 context with a `window`, the
 * same runtime and the same `require` limited to the sandbox's modules.
 */
export function runPreloadInSandbox(preloadSource: string, reply: (channel: string, args: unknown[]) => unknown = () => undefined): SandboxRun {
  const messages: SandboxRun['messages'] = [];
  const binding = (message: { type: string; channel: string; args: unknown[] }) => {
    messages.push(message);
    return Promise.resolve({ ok: true, value: reply(message.channel, message.args) });
  };
  const window: Record<string, unknown> = { __binding: binding, console };
  window.window = window;
  window.top = window;
  const context = { window, URL, URLSearchParams, setTimeout, clearTimeout, setInterval, clearInterval, console, Promise };
  runInNewContext(sandboxedPreloadScript(preloadSource, '__binding'), context);
  const exposed: Record<string, unknown> = {};
  for (const key of Object.keys(window)) if (!['__binding', 'console', 'window', 'top'].includes(key)) exposed[key] = window[key];
  return { exposed, error: window.__preloadError as string | undefined, messages };
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_CHANNEL } from '../../src/shared/api/bridge';
import { OPERATION_NAMES } from '../../src/shared/api/operation-names';
import { contract } from '../../src/shared/api/contract';
import { PRELOAD_ENTRY } from './launch';
import { runPreloadInSandbox } from './electron-double/sandbox';

const preload = () => readFileSync(PRELOAD_ENTRY, 'utf8');

describe('the built preload, as a sandboxed renderer loads it', () => {
  it('requires nothing but electron', () => {
    const source = preload();
    const required = [...source.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(required).toEqual(['electron']);
    // Nor any other way of loading code: no ESM imports, no dynamic import().
    expect(source).not.toMatch(/^\s*import\s/m);
    expect(source).not.toMatch(/\bimport\(/);
  });

  it('a preload that requires anything else does not load in the sandbox, as Electron refuses it', () => {
    const run = runPreloadInSandbox('const z = require("zod");\nrequire("electron").contextBridge.exposeInMainWorld("planner", {});');
    expect(run.error).toBe('Error: module not found: zod');
    expect(run.exposed).toEqual({});
  });

  it('loads and exposes exactly one object, planner, with the narrow API', () => {
    const run = runPreloadInSandbox(preload());
    expect(run.error).toBeUndefined();
    expect(Object.keys(run.exposed)).toEqual(['planner']);
    const planner = run.exposed.planner as Record<string, unknown>;
    expect(Object.keys(planner).sort()).toEqual(['call', 'closeWindow', 'files', 'onBeforeClose', 'pdf']);
    expect(Object.keys(planner.files as object).sort()).toEqual(['openTextFile', 'saveTextFile']);
    expect(Object.keys(planner.pdf as object).sort()).toEqual(['exportPdf', 'showInFolder']);
    expect(Object.isFrozen(planner)).toBe(true);
    expect(planner).not.toHaveProperty('ipcRenderer');
  });

  it('passes contract operations to the API channel and refuses other names without sending anything', async () => {
    const run = runPreloadInSandbox(preload(), () => ({ ok: true, value: 'answered' }));
    const planner = run.exposed.planner as { call(name: string, input: unknown): Promise<unknown> };
    await expect(planner.call('members.list', {})).resolves.toEqual({ ok: true, value: 'answered' });
    expect(run.messages).toEqual([{ type: 'invoke', channel: API_CHANNEL, args: ['members.list', {}] }]);
    const refused = (await planner.call('db.exec', { sql: 'DROP TABLE members' })) as { ok: boolean; error: { code: string } };
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBe('UNKNOWN_OPERATION');
    expect(run.messages).toHaveLength(1);
  });

  it('its allow-list names exactly the contract’s operations', () => {
    expect([...OPERATION_NAMES].sort()).toEqual(Object.keys(contract).sort());
  });
});

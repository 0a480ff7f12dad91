import { afterEach, describe, expect, it } from 'vitest';
import { flushBeforeClose, installCloseHandshake, onAppClosing } from '../../src/renderer/src/app-closing';

afterEach(() => {
  delete window.planner;
});

describe('closing the desktop window', () => {
  it('answers the main process only after every pending flush has settled, even a failed one', async () => {
    const done: string[] = [];
    const removeSave = onAppClosing(() => new Promise((r) => setTimeout(() => r(done.push('plan saved')), 30)));
    const removeBroken = onAppClosing(() => Promise.reject(new Error('disk full')));
    let ask: (() => Promise<void>) | undefined;
    window.planner = { call: async () => ({ ok: true, value: null }), onBeforeClose: (flush) => (ask = flush) };

    installCloseHandshake();
    expect(ask).toBeDefined();
    await ask!();
    expect(done).toEqual(['plan saved']);

    removeSave();
    removeBroken();
    await flushBeforeClose();
    expect(done).toEqual(['plan saved']);
  });
});

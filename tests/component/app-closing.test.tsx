import { afterEach, describe, expect, it } from 'vitest';
import { flushBeforeClose, installCloseHandshake, onAppClosing } from '../../src/renderer/src/app-closing';
import { leaveAndDiscard, stay, unsavedWork, useUnsaved } from '../../src/renderer/src/unsaved';

afterEach(() => {
  delete window.planner;
  useUnsaved.setState({ sources: {}, pending: null });
});

describe('closing the desktop window', () => {
  it('answers the main process only after every pending flush has settled, even a failed one', async () => {
    const done: string[] = [];
    const removeSave = onAppClosing(() => new Promise((r) => setTimeout(() => r(done.push('plan saved')), 30)));
    const removeBroken = onAppClosing(() => Promise.reject(new Error('disk full')));
    let ask: (() => Promise<boolean | void>) | undefined;
    window.planner = { call: async () => ({ ok: true, value: null }), onBeforeClose: (flush) => (ask = flush) };

    installCloseHandshake();
    expect(ask).toBeDefined();
    expect(await ask!()).toBe(true);
    expect(done).toEqual(['plan saved']);

    removeSave();
    removeBroken();
    await flushBeforeClose();
    expect(done).toEqual(['plan saved']);
  });

  it('with unsaved input, answers “not now” and asks the user; “Close and discard” discards it and closes the window', async () => {
    let ask: (() => Promise<boolean | void>) | undefined;
    const closed: string[] = [];
    window.planner = {
      call: async () => ({ ok: true, value: null }),
      onBeforeClose: (flush) => (ask = flush),
      closeWindow: () => closed.push('closed'),
    };
    installCloseHandshake();
    const discarded: string[] = [];
    useUnsaved.setState({ sources: { a: { what: '2 new ratings for Ann', discard: () => discarded.push('ratings') } } });

    expect(await ask!()).toBe(false);
    expect(useUnsaved.getState().pending).toEqual({ kind: 'close' });
    stay();
    expect(useUnsaved.getState().pending).toBeNull();
    expect(unsavedWork()).toEqual(['2 new ratings for Ann']);

    expect(await ask!()).toBe(false);
    leaveAndDiscard();
    expect(discarded).toEqual(['ratings']);
    expect(closed).toEqual(['closed']);
    expect(unsavedWork()).toEqual([]);
    expect(await ask!()).toBe(true);
  });
});

import { holdDeparture, unsavedWork } from './unsaved';

/**
 * Work that must finish before the desktop app's window closes (a pending save). The main process asks before
 * it closes the window (preload: `planner.onBeforeClose`), waits for these to settle (up to a few seconds),
 * then closes. Under the browser host there is no such question; screens flush on `pagehide` instead.
 * Input the user has not saved (unsaved.ts) is not flushed: the page answers "not now" and asks the user.
 */
type Flush = () => Promise<unknown>;

const flushes = new Set<Flush>();

/** Registers a flush; returns its removal. */
export function onAppClosing(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/** Runs every registered flush and settles when all have (a failed one does not hold the others up). */
export async function flushBeforeClose(): Promise<void> {
  await Promise.allSettled([...flushes].map((f) => f()));
}

/** The answer to the main process's "may I close?": after flushing, yes, unless input is unsaved (then the user is asked). */
export async function answerBeforeClose(): Promise<boolean> {
  await flushBeforeClose();
  if (unsavedWork().length === 0) return true;
  holdDeparture({ kind: 'close' });
  return false;
}

/** Called once at start-up: in the desktop app, answer the main process's "may I close?". */
export function installCloseHandshake(): void {
  window.planner?.onBeforeClose?.(answerBeforeClose);
}

import { useEffect, useId } from 'react';
import { create } from 'zustand';

/**
 * No lost input. A screen with input not yet saved (ratings on the skill sheet, an open form that was edited)
 * registers it here while it lasts; then
 * - reloading or closing the browser tab asks first (the browser's own `beforeunload` prompt);
 * - moving to another screen (a link, a tab, Back) is held by the router (`router.ts`) and asked in the app
 *   (`components/LeaveGuard.tsx`): stay, or leave and discard;
 * - closing the desktop app's window: the main process asks the page before it closes (`app-closing.ts`); the
 *   page answers "not now" and asks the same question; "Close and discard" closes the window.
 */

interface Unsaved {
  /** What is unsaved, in the user's words ("3 ratings for Priya Raman"). */
  what: string;
  /** Throws the input away (when the user chose to leave without saving). */
  discard?: () => void;
}

export type Departure = { kind: 'navigate'; hash: string } | { kind: 'close' };

interface UnsavedState {
  sources: Record<string, Unsaved>;
  /** A departure held until the user answers. */
  pending: Departure | null;
}

export const useUnsaved = create<UnsavedState>(() => ({ sources: {}, pending: null }));

/** What is unsaved now, one line per source. */
export function unsavedWork(): string[] {
  return Object.values(useUnsaved.getState().sources).map((s) => s.what);
}

/** Registers unsaved input while `what` is not null (e.g. `dirty ? 'changes to the role' : null`). */
export function useUnsavedChanges(what: string | null, discard?: () => void): void {
  const id = useId();
  useEffect(() => {
    if (what === null) return undefined;
    useUnsaved.setState((s) => ({ sources: { ...s.sources, [id]: { what, discard } } }));
    return () =>
      useUnsaved.setState((s) => {
        const { [id]: _gone, ...sources } = s.sources;
        return { sources };
      });
  }, [id, what, discard]);
}

/** Holds a departure for the user's answer. */
export function holdDeparture(departure: Departure): void {
  useUnsaved.setState({ pending: departure });
}

/** "Stay": the departure is dropped, the input kept. */
export function stay(): void {
  useUnsaved.setState({ pending: null });
}

/** "Leave and discard": every source's input is thrown away, then the departure goes ahead. */
export function leaveAndDiscard(): void {
  const { sources, pending } = useUnsaved.getState();
  for (const s of Object.values(sources)) s.discard?.();
  useUnsaved.setState({ sources: {}, pending: null });
  if (pending?.kind === 'navigate') window.location.hash = pending.hash;
  else if (pending?.kind === 'close') window.planner?.closeWindow?.();
}

/** Installed once at start-up: the browser asks before a reload or a closed tab loses input. */
export function installUnloadPrompt(): void {
  window.addEventListener('beforeunload', (event) => {
    if (unsavedWork().length === 0) return;
    event.preventDefault();
    // Older Chromium (and Electron) want returnValue set as well.
    event.returnValue = '';
  });
}

import { create } from 'zustand';
import { ApiFailure } from '../api';
import { isApiError } from '../../../shared/api/errors';

export interface Notice {
  id: number;
  message: string;
  /** What the user tried to do, e.g. “Loading roles”. */
  action: string;
  /** The data file is damaged: the banner offers the way to the Backups screen. */
  offerRestore?: boolean;
}

interface NoticesState {
  notices: Notice[];
  report(action: string, error: unknown): void;
  dismiss(id: number): void;
}

let nextId = 1;

/** Failures from API calls, shown in the error banner until dismissed. */
export const useNotices = create<NoticesState>()((set) => ({
  notices: [],
  report(action, error) {
    const message = error instanceof ApiFailure || error instanceof Error ? error.message : String(error);
    const apiError = error instanceof ApiFailure ? error.error : isApiError(error) ? error : null;
    const offerRestore = apiError?.details?.restore === true;
    const text = apiError?.message ?? message;
    // The same failure again (a read retried as another part of the screen mounts) is already on show.
    set((s) =>
      s.notices.some((n) => n.action === action && n.message === text)
        ? s
        : { notices: [...s.notices, { id: nextId++, action, message: text, offerRestore }] },
    );
  },
  dismiss(id) {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
}));

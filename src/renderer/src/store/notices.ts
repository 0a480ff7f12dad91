import { create } from 'zustand';
import { ApiFailure } from '../api';

export interface Notice {
  id: number;
  message: string;
  /** What the user tried to do, e.g. “Loading roles”. */
  action: string;
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
    set((s) => ({ notices: [...s.notices, { id: nextId++, action, message }] }));
  },
  dismiss(id) {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
}));

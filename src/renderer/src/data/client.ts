import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { OperationName } from '../../../shared/api/contract';
import { onStoreChange } from '../api';
import { useNotices } from '../store/notices';
import { areasTouchedBy } from './invalidation';

/** What a read or write names itself in the error banner ("Loading roles failed. …"). */
export interface DataMeta extends Record<string, unknown> {
  action?: string;
  /** Informational reads: a failure is not reported (the screens report the store's trouble themselves). */
  quiet?: boolean;
}

/**
 * The renderer's one cache of server data. A failed read is reported once, in the error banner (the one error
 * style for reads; a form shows a refused write at its fields). Reads stay fresh until a change invalidates
 * them; the store has no other writer than this app, so nothing refetches on focus or on a timer.
 */
export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError(error, query) {
      const meta = query.meta as DataMeta | undefined;
      if (!meta?.quiet) useNotices.getState().report(meta?.action ?? 'Loading data', error);
    },
  }),
  mutationCache: new MutationCache(),
  defaultOptions: {
    queries: {
      staleTime: Infinity,
      gcTime: 10 * 60_000,
      retry: false,
      // A failed read is not asked again each time another part of the screen mounts (one report, one banner
      // line); it is asked again after a change or when the user moves to another area (retryFailedReads).
      retryOnMount: false,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    },
    mutations: { retry: false },
  },
});

/** Marks as stale every read a successful operation touched: shown ones refetch at once, the rest on next use. */
export async function invalidateAfter(name: OperationName): Promise<void> {
  const areas = areasTouchedBy(name);
  await Promise.all(areas.map((area) => queryClient.invalidateQueries({ queryKey: [area] })));
}

// Every change, by whatever part of the app makes the call (a dialog, the editor's autosave), invalidates what
// it touched. Reads and job polls touch nothing; a finished job is invalidated by runJob (jobs.ts).
onStoreChange((name) => void invalidateAfter(name));

/** Reads that failed are asked again the next time a screen shows them (the user moved to another area). */
export function retryFailedReads(): void {
  void queryClient.invalidateQueries({ predicate: (query) => query.state.status === 'error', refetchType: 'none' });
}

const replacedListeners = new Set<() => void>();

/**
 * Tells `listener` when the whole store was replaced (a backup restored), so an editor store drops what it held
 * from the old data; returns the way to stop listening.
 */
export function onStoreReplaced(listener: () => void): () => void {
  replacedListeners.add(listener);
  return () => replacedListeners.delete(listener);
}

/**
 * The store was replaced underneath the app (a restore): every editor store forgets its server-derived state,
 * reads nobody shows are dropped, and the shown ones are read afresh, so the screen shows the restored data at
 * once, without a reload.
 */
export async function replaceServerState(): Promise<void> {
  for (const listener of [...replacedListeners]) listener();
  queryClient.removeQueries({ type: 'inactive' });
  await queryClient.invalidateQueries();
}

const clearedListeners = new Set<() => void>();

/** Tells `listener` when the cache is emptied (followers stop); returns the way to stop listening. */
export function onCacheCleared(listener: () => void): () => void {
  clearedListeners.add(listener);
  return () => clearedListeners.delete(listener);
}

/** For tests: every screen starts from an empty cache. */
export function clearDataCache(): void {
  for (const listener of [...clearedListeners]) listener();
  queryClient.clear();
}

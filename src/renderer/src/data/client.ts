import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import type { OperationName } from '../../../shared/api/contract';
import { useNotices } from '../store/notices';
import { areasTouchedBy } from './invalidation';

/** What a read or write names itself in the error banner ("Loading roles failed. …"). */
export interface DataMeta extends Record<string, unknown> {
  action?: string;
}

/**
 * The renderer's one cache of server data. A failed read is reported once, in the error banner (the one error
 * style for reads; a form shows a refused write at its fields). Reads stay fresh until a change invalidates
 * them; the store has no other writer than this app, so nothing refetches on focus or on a timer.
 */
export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError(error, query) {
      const action = (query.meta as DataMeta | undefined)?.action ?? 'Loading data';
      useNotices.getState().report(action, error);
    },
  }),
  mutationCache: new MutationCache(),
  defaultOptions: {
    queries: { staleTime: Infinity, gcTime: 10 * 60_000, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    mutations: { retry: false },
  },
});

/** Marks as stale every read a successful operation touched: shown ones refetch at once, the rest on next use. */
export async function invalidateAfter(name: OperationName): Promise<void> {
  const areas = areasTouchedBy(name);
  await Promise.all(areas.map((area) => queryClient.invalidateQueries({ queryKey: [area] })));
}

/** For tests: every screen starts from an empty cache. */
export function clearDataCache(): void {
  queryClient.clear();
}

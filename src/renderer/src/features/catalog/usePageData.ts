import { useCallback } from 'react';
import type { OperationOutput } from '../../../../shared/api/contract';
import { queryClient } from '../../data/client';
import { readKey } from '../../data/keys';
import { useApiQuery } from '../../data/useApiQuery';

type PageOperation = 'roles.get' | 'skills.get';

/**
 * What a detail page shows, read by id through the data layer (so again after every catalog change).
 * Undefined while loading, null when it is not there (deleted) or could not be read (reported). The setter
 * puts a fresher copy in the cache (after a save).
 */
export function usePageData<N extends PageOperation>(name: N, id: string, label: string) {
  const query = useApiQuery<PageOperation>(name, { id }, { action: label });
  const replace = useCallback(
    (value: OperationOutput<N>) => queryClient.setQueryData(readKey<PageOperation>(name, { id }), value),
    [name, id],
  );
  const value = query.data ?? (query.isError ? null : undefined);
  return [value as OperationOutput<N> | null | undefined, replace] as const;
}

import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../../../shared/api/contract';
import { call } from '../api';
import { queryClient, type DataMeta } from './client';
import { readKey, type ReadOperation } from './keys';

export interface ReadOptions {
  /** What the user would call this read, for the error banner: "Loading roles". */
  action: string;
  /** False to wait (an id not chosen yet). */
  enabled?: boolean;
  /** Keep showing the previous input's answer while a new input's is on its way (filters being changed). */
  keepPrevious?: boolean;
  /** Do not report a failure (an informational read). */
  quiet?: boolean;
}

/** Reads an API operation through the shared cache: one request however many parts of the screen ask. */
export function useApiQuery<N extends ReadOperation>(
  name: N,
  input: OperationInput<N>,
  { action, enabled = true, keepPrevious = false, quiet = false }: ReadOptions,
): UseQueryResult<OperationOutput<N>> {
  // The app's one client, named here too, so a part of the app rendered on its own (a test) reads the same cache.
  return useQuery(
    {
      queryKey: readKey(name, input),
      queryFn: () => call(name, input),
      meta: { action, quiet } satisfies DataMeta,
      enabled,
      ...(keepPrevious ? { placeholderData: keepPreviousData } : {}),
    },
    queryClient,
  );
}

/** The same read outside React (a store's action): the cached answer while fresh, else the API's. */
export function fetchApiQuery<N extends ReadOperation>(name: N, input: OperationInput<N>): Promise<OperationOutput<N>> {
  return queryClient.fetchQuery({ queryKey: readKey(name, input), queryFn: () => call(name, input) });
}

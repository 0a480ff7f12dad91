import { QueriesObserver, type QueryObserverOptions } from '@tanstack/react-query';
import type { OperationInput, OperationOutput } from '../../../shared/api/contract';
import { call } from '../api';
import { onCacheCleared, queryClient, type DataMeta } from './client';
import { readKey, type ReadOperation } from './keys';

export interface Read<N extends ReadOperation = ReadOperation> {
  name: N;
  input: OperationInput<N>;
  /** For the error banner: "Loading skills". */
  action: string;
}

type Answers<R extends readonly Read[]> = { [K in keyof R]: R[K] extends Read<infer N> ? OperationOutput<N> : never };

/**
 * For a store outside React (the path editor's): keeps a set of reads live in the cache and hands their answers
 * to `apply` whenever all have one, now and again after every change that invalidates any of them. Following
 * the same set again hands over the current answers. Returns the way to stop following.
 */
export function followReads<const R extends readonly Read[]>(
  reads: R,
  apply: (answers: Answers<R>) => void,
  /** A read failed (already reported in the error banner) and nothing was there before. */
  onFailure: () => void = () => {},
): () => void {
  const observer = new QueriesObserver(
    queryClient,
    reads.map(
      (r): QueryObserverOptions => ({
        queryKey: readKey(r.name, r.input as never),
        queryFn: () => call(r.name, r.input as never),
        meta: { action: r.action } satisfies DataMeta,
      }),
    ),
  );
  const deliver = (results: { data: unknown; status: string }[]) => {
    if (results.every((r) => r.data !== undefined)) apply(results.map((r) => r.data) as Answers<R>);
    else if (results.some((r) => r.status === 'error')) onFailure();
  };
  const stopObserving = observer.subscribe(deliver);
  deliver(observer.getCurrentResult());
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    stopObserving();
    forget();
  };
  // An emptied cache (tests) leaves nothing to follow.
  const forget = onCacheCleared(stop);
  return stop;
}

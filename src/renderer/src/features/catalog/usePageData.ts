import { useCallback, useEffect, useState } from 'react';
import type { OperationInput, OperationOutput } from '../../../../shared/api/contract';
import { fetchForPage, useCatalog } from '../../store/catalog';

type PageOperation = 'roles.get' | 'skills.get';

/**
 * What a detail page shows, fetched by id and again after every catalog change. Undefined while loading,
 * null when it could not be loaded (the failure is reported). The setter takes a fresher copy (after a save).
 */
export function usePageData<N extends PageOperation>(name: N, id: string, label: string) {
  const revision = useCatalog((s) => s.revision);
  const [fetched, setFetched] = useState<{ id: string; value: OperationOutput<N> | null } | null>(null);

  useEffect(() => {
    let live = true;
    void fetchForPage(name, { id } as OperationInput<N>, label).then((value) => {
      if (live) setFetched({ id, value: value as OperationOutput<N> | null });
    });
    return () => {
      live = false;
    };
  }, [name, id, label, revision]);

  const replace = useCallback((value: OperationOutput<N>) => setFetched({ id, value }), [id]);
  return [fetched?.id === id ? fetched.value : undefined, replace] as const;
}

import { useEffect, useState } from 'react';
import { ApiFailure } from '../api';

/** Loads what a print view needs once; the view shows the failure in words when a call is refused. */
export function usePrintData<T>(load: () => Promise<T>, deps: readonly unknown[]): { data: T | null; failure: string | null } {
  const [state, setState] = useState<{ data: T | null; failure: string | null }>({ data: null, failure: null });
  useEffect(() => {
    let cancelled = false;
    load().then(
      (data) => !cancelled && setState({ data, failure: null }),
      (error: unknown) =>
        !cancelled &&
        setState({
          data: null,
          failure: `This report cannot be made: ${error instanceof ApiFailure || error instanceof Error ? error.message : String(error)}`,
        }),
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return state;
}

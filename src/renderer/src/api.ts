import type { OperationInput, OperationName, OperationOutput } from '../../shared/api/contract';
import type { ApiError, ApiResult } from '../../shared/api/errors';

/** A refused or failed API call, carrying the API's error for the UI to show. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

export interface CallOptions {
  /** Let the request outlive the page (a save flushed while the window closes); the body must stay under 64 KiB. */
  keepalive?: boolean;
}

type Transport = (name: string, input: unknown, options?: CallOptions) => Promise<ApiResult<unknown>>;

const TOKEN_META = 'planner-api-token';

function httpTransport(token: string): Transport {
  return async (name, input, options) => {
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Planner-Token': token },
        body: JSON.stringify(input ?? {}),
        keepalive: options?.keepalive ?? false,
      });
    } catch {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: 'The planner’s host is not answering. Is `npm run web` still running?' },
      };
    }
    return (await response.json()) as ApiResult<unknown>;
  };
}

/** IPC in the desktop app (the preload's bridge), HTTP under the browser host; nothing else needs to know. */
function pickTransport(): Transport {
  if (window.planner) return (name, input) => window.planner!.call(name, input);
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content;
  if (token) return httpTransport(token);
  return async () => ({
    ok: false,
    error: {
      code: 'INTERNAL',
      message: 'This page is not connected to a planner data file. Open it through the desktop app or `npm run web`.',
    },
  });
}

let transport: Transport | undefined;

export async function call<N extends OperationName>(
  name: N,
  input: OperationInput<N>,
  options?: CallOptions,
): Promise<OperationOutput<N>> {
  transport ??= pickTransport();
  const result = await transport(name, input, options);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value as OperationOutput<N>;
}

/** For tests: use a given transport. */
export function setTransport(next: Transport | undefined): void {
  transport = next;
}

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

/** Where the tab keeps the browser host's token: for this tab only, gone when it closes. */
export const TOKEN_STORAGE_KEY = 'planner.apiToken';
const TOKEN_IN_ADDRESS = /^#token=([A-Za-z0-9_-]+)(#.*)?$/;

/**
 * Under the browser host the address it printed carries the API token in its fragment (`/#token=…`, never sent
 * to a server; `/#token=…#/route` opens a route). The page keeps the token in sessionStorage for this tab and
 * takes it out of the address bar at once, so it is not bookmarked or shared with the link.
 */
export function adoptTokenFromAddress(): void {
  takeToken();
  // Also when the address changes in place (a link with a token followed in this tab). Installed before the
  // router subscribes, so the router reads the address without the token.
  window.addEventListener('hashchange', takeToken);
}

function takeToken(): void {
  const match = TOKEN_IN_ADDRESS.exec(window.location.hash);
  if (!match) return;
  const token = match[1]!;
  try {
    window.sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
  } catch {
    // Storage refused (a locked-down browser): the token is kept in memory for this page only.
  }
  if (memoryToken !== token) transport = undefined;
  memoryToken = token;
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${match[2] ?? '#/'}`);
}

let memoryToken: string | null = null;
let transport: Transport | undefined;

function storedToken(): string | null {
  try {
    return window.sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? memoryToken;
  } catch {
    return memoryToken;
  }
}

/**
 * The address of a route in a new tab (print views): a tab opened with `noopener` starts without this tab's
 * sessionStorage, so under the browser host the token goes with it in the fragment (and is removed there).
 */
export function newTabAddress(route: string): string {
  const token = window.planner ? null : storedToken();
  return token ? `${window.location.pathname}#token=${token}${route}` : `${window.location.pathname}${route}`;
}

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
  const token = storedToken();
  if (token) return httpTransport(token);
  return async () => ({
    ok: false,
    error: {
      code: 'UNAUTHORIZED',
      message:
        'This page is not connected to a planner data file. Open the address `npm run web` printed (it ends in #token=…), or use the desktop app.',
    },
  });
}

/**
 * Told of every call that changed the store or found its record changed elsewhere (the data layer invalidates
 * what it touched, whoever made the call).
 */
export type ChangeListener = (name: OperationName) => void;
const changeListeners = new Set<ChangeListener>();

export function onStoreChange(listener: ChangeListener): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

export async function call<N extends OperationName>(
  name: N,
  input: OperationInput<N>,
  options?: CallOptions,
): Promise<OperationOutput<N>> {
  transport ??= pickTransport();
  const result = await transport(name, input, options);
  if (!result.ok) {
    if (result.error.details?.changedElsewhere) for (const listener of changeListeners) listener(name);
    throw new ApiFailure(result.error);
  }
  for (const listener of changeListeners) listener(name);
  return result.value as OperationOutput<N>;
}

/** For tests: use a given transport. */
export function setTransport(next: Transport | undefined): void {
  transport = next;
}

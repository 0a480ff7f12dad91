import type { AppDouble } from './app';

type SchemeHandler = (request: Request) => Response | Promise<Response>;

interface CustomScheme {
  scheme: string;
  privileges?: Record<string, boolean>;
}

/**
 * `protocol` as Electron documents it: `registerSchemesAsPrivileged` only before `ready` (Electron ignores a
 * late call and the scheme is not standard; here it throws, so the mistake shows), `handle` answers real
 * `Request`s with `Response`s, one handler per scheme.
 */
export class ProtocolDouble {
  readonly privileged: CustomScheme[] = [];
  private readonly handlers = new Map<string, SchemeHandler>();

  constructor(private readonly app: AppDouble) {}

  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (this.app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged must be called before the app is ready');
    this.privileged.push(...schemes);
  }

  handle(scheme: string, handler: SchemeHandler): void {
    if (!this.app.isReady()) throw new Error('protocol.handle may only be called after the app is ready');
    if (this.handlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`);
    this.handlers.set(scheme, handler);
  }

  unhandle(scheme: string): void {
    this.handlers.delete(scheme);
  }

  isProtocolHandled(scheme: string): boolean {
    return this.handlers.has(scheme);
  }

  /** Harness: what a page's request for `url` gets. Unhandled schemes fail as Electron's net errors do. */
  async fetch(url: string, init?: RequestInit): Promise<Response> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = this.handlers.get(scheme);
    if (!handler) throw new Error(`net::ERR_UNKNOWN_URL_SCHEME (${url})`);
    return handler(new Request(url, init));
  }
}

import { contract, isOperationName, type Contract } from '../../shared/api/contract';
import type { ApiResult } from '../../shared/api/errors';
import { invalidInput, toApiError } from './errors';
import { appHandlers } from './handlers/app';
import { catalogHandlers } from './handlers/catalog';
import { teamHandlers } from './handlers/team';
import { importsHandlers } from './handlers/imports';
import { backupsHandlers } from './handlers/backups';
import { plansHandlers } from './handlers/plans';
import type { ApiContext, HandlersFor } from './handlers/types';

export type { ApiContext };

export interface Api {
  call(name: unknown, input: unknown): ApiResult<unknown>;
}

function createHandlers(context: ApiContext): HandlersFor<Contract> {
  return {
    ...appHandlers(context),
    ...catalogHandlers(context),
    ...teamHandlers(context),
    ...importsHandlers(context),
    ...backupsHandlers(context),
    ...plansHandlers(context),
  };
}

/**
 * The one entry point behind IPC and HTTP: refuses unknown operations, validates input with the contract's
 * schema (nothing runs on invalid input), and turns every failure into an ApiError the renderer can show.
 * Handlers are synchronous (better-sqlite3), so a call either wrote its whole transaction or nothing.
 */
export function createApi(context: ApiContext, options: { checkOutputs?: boolean } = {}): Api {
  const handlers = createHandlers(context);
  return {
    call(name, input) {
      if (!isOperationName(name)) {
        return { ok: false, error: { code: 'UNKNOWN_OPERATION', message: `There is no operation named “${String(name)}”.` } };
      }
      const spec = contract[name];
      const parsed = spec.input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
      try {
        const value = (handlers[name] as (input: unknown) => unknown)(parsed.data);
        if (options.checkOutputs) spec.output.parse(value);
        return { ok: true, value };
      } catch (error) {
        return { ok: false, error: toApiError(error) };
      }
    },
  };
}

import type { ApiError, ApiErrorCode } from '../../shared/api/errors';

/** A refusal the user should see: what went wrong and what to do, with optional structured details. */
export class DomainError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: ApiError['details'],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  toApiError(): ApiError {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export function notFound(what: string, id: string): DomainError {
  return new DomainError('NOT_FOUND', `${what} “${id}” does not exist (it may have been deleted).`, { id });
}

/**
 * A whole-record edit made from an older version of the record: someone changed it since the form was opened
 * (another window, an import, a restore). Saving would silently undo that change, so it is refused.
 */
export function checkUnchangedSince(what: string, name: string, current: number, edited: number): void {
  if (current === edited) return;
  throw new DomainError(
    'CONFLICT',
    `${what} “${name}” was changed elsewhere since you opened it (in another window, or by an import or a restore). ` +
      'Nothing was saved. Reload to see the current details, then make your change again.',
    { changedElsewhere: true, currentVersion: current, editedVersion: edited },
  );
}

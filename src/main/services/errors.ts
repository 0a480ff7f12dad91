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

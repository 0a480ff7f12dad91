import type { z } from 'zod';
import type { ApiError, FieldProblem } from '../../shared/api/errors';
import { storeFailureMessage } from '../db/errors';
import { DomainError } from '../services/errors';

export function fieldProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: i.message,
  }));
}

export function invalidInput(error: z.ZodError): ApiError {
  const fields = fieldProblems(error);
  return {
    code: 'INVALID_INPUT',
    message: fields.map((f) => (f.path.length ? `${f.path.join('.')}: ${f.message}` : f.message)).join(' '),
    details: { fields },
  };
}

/** Every thrown thing becomes an ApiError: the user's refusal as written, the store's as STORE_ERROR. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof DomainError) return error.toApiError();
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_')) {
    // SQLite's own words ("database disk image is malformed") mean nothing to a user: say what to do instead.
    const { message, restore } = storeFailureMessage(error.code);
    return { code: 'STORE_ERROR', message, details: restore ? { sqlite: error.code, restore: true } : { sqlite: error.code } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message: `Something went wrong inside the planner: ${message}`, details: {} };
}

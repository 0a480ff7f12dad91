/** Every failure the API reports, in one shape the renderer can show. */
export const API_ERROR_CODES = [
  'UNKNOWN_OPERATION',
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'STORE_ERROR',
  'UNAUTHORIZED',
  'INTERNAL',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** A problem with one field of the input: `path` is the field's location, e.g. ['hours'] or ['teaches', 2, 'level']. */
export interface FieldProblem {
  path: (string | number)[];
  message: string;
}

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  details?: { fields?: FieldProblem[] } & Record<string, unknown>;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}
